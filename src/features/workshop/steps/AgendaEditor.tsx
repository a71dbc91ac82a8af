// Why: the agenda of the session on the overview: the planned minutes per step (editable)
// beside the time each step's clock used, and how the session stands against its plan, so
// that the facilitator sees where time went and what is left for the rest.
import { agendaTotal, SESSION_MINUTES, type AgendaItem } from '../../../domain/agenda';
import { extraMinutes, runningStep, sessionTime, usedMs } from '../../../domain/clock';
import type { StepKey } from '../../../domain/steps';
import { useT } from '../../../i18n/use-t';
import { TableRegion } from '../../../ui/TableRegion';
import { updateAgenda } from '../../../storage/workshop-content-repo';
import { formatClock, scheduleText } from '../clock-texts';
import { stepsOfIndex, sectionLabel } from '../sections';
import { useNow } from '../use-now';
import { useWorkshopData } from '../workshop-context';

export function AgendaEditor() {
  const { t, lang } = useT();
  const { workshop, index } = useWorkshopData();
  const clocks = workshop.clocks;
  const now = useNow(runningStep(clocks) !== null);
  const steps = stepsOfIndex(index);
  const minutes = (s: string) => workshop.agenda.find((a) => a.step === s)?.minutes ?? 0;
  const set = (step: StepKey, value: number) => {
    const next: AgendaItem[] = steps.map((s) => ({ step: s, minutes: s === step ? value : minutes(s) }));
    void updateAgenda(workshop.id, next);
  };
  const total = agendaTotal(workshop.agenda);
  const hm = (m: number) => t('workshop:agenda.totalValue', { hours: Math.floor(m / 60), minutes: m % 60 });
  const session = sessionTime(
    steps.map((s) => ({ step: s, minutes: minutes(s) })),
    clocks,
    now,
  );
  return (
    <section class="panel" aria-labelledby="agenda-title">
      <h3 class="nl-heading nl-heading--level-2" id="agenda-title">
        {t('workshop:agenda.title')}
      </h3>
      <p class="nl-paragraph subtle">{t('workshop:agenda.hint', { hours: SESSION_MINUTES / 60 })}</p>
      <p class={`nl-paragraph agenda__session timer__schedule--${session.status.kind}`} data-testid="agenda-schedule">
        {t('workshop:agenda.session', { status: scheduleText(session.status), planned: hm(session.plannedMinutes), used: formatClock(session.usedMs) })}
      </p>
      <TableRegion label={t('workshop:overview.agendaTable')}>
      <table class="utrecht-table agenda">
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="col">
              {t('workshop:agenda.step')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t('workshop:agenda.minutes')}
            </th>
            <th class="utrecht-table__header-cell" scope="col">
              {t('workshop:agenda.used')}
            </th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          {steps.map((s) => {
            const used = usedMs(clocks, s, now);
            const over = used > (minutes(s) + extraMinutes(clocks, s)) * 60_000;
            return (
              <tr key={s} class="utrecht-table__row" data-step={s}>
                <th class="utrecht-table__cell" scope="row">
                  <label for={`agenda-${s}`}>{sectionLabel(s, index, lang)}</label>
                </th>
                <td class="utrecht-table__cell">
                  <input
                    id={`agenda-${s}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={240}
                    step={5}
                    class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--numeric agenda__minutes"
                    value={minutes(s)}
                    onChange={(e) => {
                      const v = Math.max(0, Math.min(240, Math.round(Number(e.currentTarget.value) || 0)));
                      set(s, v);
                    }}
                  />
                </td>
                <td class={`utrecht-table__cell agenda__used${over ? ' agenda__used--over' : ''}`}>
                  {used > 0 || runningStep(clocks) === s ? formatClock(used) : '–'}
                  {runningStep(clocks) === s && <span class="agenda__tag">{t('workshop:agenda.running')}</span>}
                  {over && <span class="agenda__tag agenda__tag--over">{t('workshop:timer.overFlag')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr class="utrecht-table__row">
            <th class="utrecht-table__cell" scope="row">
              {t('workshop:agenda.total')}
            </th>
            <td class="utrecht-table__cell">
              <strong>{hm(total)}</strong>
            </td>
            <td class="utrecht-table__cell agenda__used agenda__used--total">{formatClock(session.usedMs)}</td>
          </tr>
        </tfoot>
      </table>
      </TableRegion>
      <p class="nl-paragraph subtle">{t('workshop:agenda.scheduleRule')}</p>
    </section>
  );
}
