// Why: the facilitator keeps time per step: a countdown that can be started, paused and
// extended. Every step keeps its own clock in the workshop (leaving a step, starting another
// step's clock or a reload never loses its time), and the session's standing against the
// agenda is in view beside it. An overrun is said in a word as well as in colour, calmly:
// nothing blinks or sounds. It ticks visibly but is announced to screen readers only when the
// time is up, not every second.
import { useEffect, useState } from 'preact/hooks';
import { extendClock, isRunning, pauseClock, remainingMs, resetClock, runningStep, sessionTime, startClock, startsOnOpen, usedMs, type WorkshopClocks } from '../../domain/clock';
import type { StepKey } from '../../domain/steps';
import { useT } from '../../i18n/use-t';
import { clockStartsOnOpen, saveClockStartsOnOpen } from '../../storage/clock-preference';
import { updateClocks } from '../../storage/workshop-content-repo';
import { Button } from '../../ui/Button';
import { formatClock, scheduleText } from './clock-texts';
import { sectionLabel } from './sections';
import { useNow } from './use-now';
import { useWorkshopData } from './workshop-context';

export function StepTimer({ step }: { step: StepKey }) {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const clocks = workshop.clocks;
  const planned = workshop.agenda.find((a) => a.step === step)?.minutes ?? 15;
  const running = isRunning(clocks, step);
  const elsewhere = runningStep(clocks);
  const now = useNow(elsewhere !== null);
  const [startsItself, setStartsItself] = useState(clockStartsOnOpen);

  const change = (f: (c: WorkshopClocks, at: Date) => WorkshopClocks) => void updateClocks(workshop.id, (c) => f(c, new Date()));

  // Opening a step starts its clock when the facilitator chose so (the running one pauses).
  // Decided on the stored clocks inside the write, so a quick second render changes nothing.
  useEffect(() => {
    if (clockStartsOnOpen()) change((c, at) => (startsOnOpen(c, step) ? startClock(c, step, at) : c));
  }, [workshop.id, step]);

  const used = usedMs(clocks, step, now);
  const left = remainingMs(clocks, step, planned, now);
  const over = left < 0;
  const allotted = planned + (clocks.steps.find((c) => c.step === step)?.extraMinutes ?? 0);
  const session = sessionTime(workshop.agenda, clocks, now);
  const toggleStartsItself = () => {
    saveClockStartsOnOpen(!startsItself);
    setStartsItself(!startsItself);
  };

  return (
    <div class={`timer${over ? ' timer--over' : ''}`} role="group" aria-label={t('workshop:timer.label')}>
      <div class="timer__row">
        <span class="timer__clock" aria-hidden="true">
          {formatClock(left)}
        </span>
        {over && <span class="timer__flag">{t('workshop:timer.overFlag')}</span>}
        <span class="visually-hidden">{t('workshop:timer.remaining', { minutes: Math.max(0, Math.ceil(left / 60000)) })}</span>
        <span class="visually-hidden" role="status">
          {over && running ? t('workshop:timer.over') : ''}
        </span>
        {running ? (
          <Button appearance="subtle" onClick={() => change((c, at) => pauseClock(c, at))}>
            {t('workshop:timer.pause')}
          </Button>
        ) : (
          <Button appearance="subtle" onClick={() => change((c, at) => startClock(c, step, at))}>
            {used > 0 ? t('workshop:timer.resume') : t('workshop:timer.start')}
          </Button>
        )}
        <Button appearance="subtle" onClick={() => change((c) => extendClock(c, step, 5))}>
          {t('workshop:timer.extend')}
        </Button>
        {(used > 0 || running || allotted > planned) && (
          <Button appearance="subtle" onClick={() => change((c) => resetClock(c, step))}>
            {t('workshop:timer.reset')}
          </Button>
        )}
      </div>
      <div class="timer__meta">
        <span class="timer__used" data-testid="step-used">
          {t('workshop:timer.used', { used: formatClock(used), minutes: allotted })}
        </span>
        {elsewhere !== null && elsewhere !== step && <span class="timer__elsewhere">{t('workshop:timer.runningElsewhere', { step: sectionLabel(elsewhere, index, lang) })}</span>}
        <span class={`timer__schedule timer__schedule--${session.status.kind}`} data-testid="schedule">
          {scheduleText(session.status)}
        </span>
        <Button appearance="subtle" class="timer__auto" aria-pressed={startsItself} aria-describedby="timer-auto-hint" onClick={toggleStartsItself}>
          {t('workshop:timer.startsOnOpen')}
        </Button>
        <span id="timer-auto-hint" class="visually-hidden">
          {t('workshop:timer.startsOnOpenHint')}
        </span>
      </div>
    </div>
  );
}
