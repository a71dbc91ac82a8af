// Why: the facilitator keeps time per step: a countdown that can be started, paused and
// extended, kept in the workshop so a reload does not reset it. It ticks visibly but is
// announced to screen readers only when the time is up, not every second.
import { useEffect, useState } from 'preact/hooks';
import { remainingMs, type StepTimer as Timer } from '../../domain/agenda';
import type { StepKey } from '../../domain/steps';
import { nowIso } from '../../domain/time';
import { useT } from '../../i18n/use-t';
import { updateTimer } from '../../storage/workshop-content-repo';
import { Button } from '../../ui/Button';
import { useWorkshopData } from './workshop-context';

export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.round(Math.abs(ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${sign}${m}:${String(s).padStart(2, '0')}`;
}

export function StepTimer({ step }: { step: StepKey }) {
  const { t } = useT();
  const { workshop } = useWorkshopData();
  const allotted = workshop.agenda.find((a) => a.step === step)?.minutes ?? 15;
  const timer: Timer = workshop.timer?.step === step ? workshop.timer : { step, runningSince: null, elapsedMs: 0, extraMinutes: 0 };
  const running = timer.runningSince !== null;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    if (!running) return undefined;
    const tick = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(tick);
  }, [running]);
  const left = remainingMs(timer, allotted, now);
  const over = left < 0;

  const save = (next: Timer) => void updateTimer(workshop.id, next);
  const start = () => save({ ...timer, runningSince: nowIso() });
  const pause = () => save({ ...timer, runningSince: null, elapsedMs: timer.elapsedMs + (Date.now() - Date.parse(timer.runningSince ?? nowIso())) });
  const extend = () => save({ ...timer, extraMinutes: timer.extraMinutes + 5 });
  const reset = () => save({ step, runningSince: null, elapsedMs: 0, extraMinutes: 0 });

  return (
    <div class={`timer${over ? ' timer--over' : ''}`} role="group" aria-label={t('workshop:timer.label')}>
      <span class="timer__clock" aria-hidden="true">
        {formatClock(left)}
      </span>
      <span class="visually-hidden">{t('workshop:timer.remaining', { minutes: Math.max(0, Math.ceil(left / 60000)) })}</span>
      <span class="visually-hidden" role="status">
        {over && running ? t('workshop:timer.over') : ''}
      </span>
      {running ? (
        <Button appearance="subtle" onClick={pause}>
          {t('workshop:timer.pause')}
        </Button>
      ) : (
        <Button appearance="subtle" onClick={start}>
          {timer.elapsedMs > 0 ? t('workshop:timer.resume') : t('workshop:timer.start')}
        </Button>
      )}
      <Button appearance="subtle" onClick={extend}>
        {t('workshop:timer.extend')}
      </Button>
      {(timer.elapsedMs > 0 || running || timer.extraMinutes > 0) && (
        <Button appearance="subtle" onClick={reset}>
          {t('workshop:timer.reset')}
        </Button>
      )}
    </div>
  );
}
