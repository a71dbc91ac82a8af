// Why: the same workshop is already here. The person sees which version is newer and what
// differs, and chooses: keep both, or replace (the current version stays recoverable).
// There is no default that overwrites.
import type { Counts, Existing, WorkshopSummary } from '../../storage/import-repo';
import { useT } from '../../i18n/use-t';
import { formatMoment } from '../../ui/format';

export type ConflictChoice = 'keep-both' | 'replace';

type Props = { existing: Extract<Existing, { kind: 'same-workshop' }>; incoming: WorkshopSummary; choice: ConflictChoice | null; onChoose: (c: ConflictChoice) => void };

const COUNT_ROWS: readonly (keyof Counts)[] = ['participants', 'notes', 'actionPoints', 'attachments', 'questionStates', 'values'];

export function ConflictPanel({ existing, incoming, choice, onChoose }: Props) {
  const { t, lang } = useT();
  const { current, newer } = existing;
  const newerText = newer === 'incoming' ? t('exchange:import.conflict.newerIncoming') : newer === 'current' ? t('exchange:import.conflict.newerCurrent') : t('exchange:import.conflict.newerSame');
  return (
    <section class="panel" aria-labelledby="conflict-title" data-conflict={newer}>
      <h2 class="nl-heading nl-heading--level-2" id="conflict-title">
        {t('exchange:import.conflict.title')}
      </h2>
      <p class="nl-paragraph">
        <strong>{newerText}</strong>
        {current.deleted && <> {t('exchange:import.conflict.deleted')}</>}
      </p>
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
          <Row label={t('exchange:import.conflict.row.title')} a={current.title} b={incoming.title} />
          <Row label={t('exchange:import.conflict.row.updatedAt')} a={formatMoment(current.updatedAt, lang)} b={formatMoment(incoming.updatedAt, lang)} />
          {COUNT_ROWS.map((k) => (
            <Row key={k} label={t(`exchange:import.conflict.row.${k}`)} a={String(current.counts[k])} b={String(incoming.counts[k])} />
          ))}
        </tbody>
      </table>
      {existing.differences.length === 0 && <p class="nl-paragraph subtle">{t('exchange:import.conflict.noDifference')}</p>}
      <fieldset class="choices">
        <legend>{t('exchange:import.conflict.choose')}</legend>
        {(['keep-both', 'replace'] as const).map((c) => (
          <label class="choice" key={c}>
            <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="conflict" value={c} checked={choice === c} onChange={() => onChoose(c)} />
            <span>
              <strong>{c === 'keep-both' ? t('exchange:import.conflict.keepBoth') : t('exchange:import.conflict.replace')}</strong>
              <span class="choice__hint">{c === 'keep-both' ? t('exchange:import.conflict.keepBothHint') : t('exchange:import.conflict.replaceHint')}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function Row({ label, a, b }: { label: string; a: string; b: string }) {
  const differs = a !== b;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{differs ? <strong>{a}</strong> : a}</td>
      <td>{differs ? <strong>{b}</strong> : b}</td>
    </tr>
  );
}
