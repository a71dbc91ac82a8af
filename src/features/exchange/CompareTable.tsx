// Why: what would change if a file's version of a workshop took the place of the one here:
// title, dates, the decision and how much of everything each holds, side by side, every row
// that differs marked in words (not by weight alone). Used for a single bundle and for each
// workshop in a backup.
import type { Counts, Difference, WorkshopSummary } from '../../storage/import-repo';
import { useT } from '../../i18n/use-t';
import { formatDate } from '../../i18n/format';
import { formatMomentPair } from '../../i18n/moment-pair';
import { TableRegion } from '../../ui/TableRegion';

const COUNT_ROWS: readonly (keyof Counts)[] = ['participants', 'notes', 'actionPoints', 'attachments', 'questionStates', 'values'];

type Props = { current: WorkshopSummary; incoming: WorkshopSummary; differences: readonly Difference[] };

export function CompareTable({ current, incoming, differences }: Props) {
  const { t, lang } = useT();
  const outcome = (s: WorkshopSummary) => (s.outcome ? t(`decision:decision.outcomes.${s.outcome}`) : t('exchange:import.conflict.noOutcome'));
  const date = (s: WorkshopSummary) => (s.date ? formatDate(s.date, lang) : t('exchange:import.conflict.noDate'));
  // The title is the workshop's own words, in its own language on each side (WCAG 3.1.2).
  const own: Partial<Record<Difference, [string, string]>> = { title: [current.lang, incoming.lang] };
  const rows: [Difference, string, string, string][] = [
    ['title', t('exchange:import.conflict.row.title'), current.title, incoming.title],
    ['date', t('exchange:import.conflict.row.date'), date(current), date(incoming)],
    ['updatedAt', t('exchange:import.conflict.row.updatedAt'), ...formatMomentPair(current.updatedAt, incoming.updatedAt, lang)],
    ['outcome', t('exchange:import.conflict.row.outcome'), outcome(current), outcome(incoming)],
    ...COUNT_ROWS.map((k): [Difference, string, string, string] => [k, t(`exchange:import.conflict.row.${k}`), String(current.counts[k]), String(incoming.counts[k])]),
  ];
  // At 320 px three columns of Dutch words are wider than the screen: the table scrolls in its own region (1.4.10).
  return (
    <TableRegion label={t('exchange:import.conflict.tableRegion')}>
      <table class="compare">
        <caption class="visually-hidden">{t('exchange:import.conflict.differs')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange:import.conflict.column.what')}</th>
            <th scope="col">{t('exchange:import.conflict.column.current')}</th>
            <th scope="col">{t('exchange:import.conflict.column.incoming')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, a, b]) => {
            const differs = differences.includes(key);
            return (
              <tr key={key} data-differs={differs || undefined} data-row={key}>
                <th scope="row">
                  {label}
                  {differs && <span class="badge badge--warning compare__mark">{t('exchange:import.conflict.changed')}</span>}
                </th>
                <td lang={own[key]?.[0]}>{differs ? <strong>{a}</strong> : a}</td>
                <td lang={own[key]?.[1]}>{differs ? <strong>{b}</strong> : b}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
