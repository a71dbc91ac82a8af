// Why: the same workshop is already here. The person sees which version is newer and what
// would change (title, dates, decision, how many of each), and chooses: keep both, or
// replace (the current version stays recoverable). There is no default that overwrites.
import type { Existing, WorkshopSummary } from '../../storage/import-repo';
import { useT } from '../../i18n/use-t';
import { CompareTable } from './CompareTable';

export type ConflictChoice = 'keep-both' | 'replace';

type Props = { existing: Extract<Existing, { kind: 'same-workshop' }>; incoming: WorkshopSummary; choice: ConflictChoice | null; onChoose: (c: ConflictChoice) => void };

export function ConflictPanel({ existing, incoming, choice, onChoose }: Props) {
  const { t } = useT();
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
      <CompareTable current={current} incoming={incoming} differences={existing.differences} />
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
