// Why: the same workshop is already here. The person sees which version is newer and what
// would change (title, dates, decision, how many of each), and chooses: merge the two copies
// (MergePanel shows what that does), keep both, or replace (the current version stays
// recoverable). There is no default that overwrites.
import type { Existing, WorkshopSummary } from '../../storage/import-repo';
import { useT } from '../../i18n/use-t';
import { CompareTable } from './CompareTable';

export type ConflictChoice = 'merge' | 'keep-both' | 'replace';

const CHOICES = ['merge', 'keep-both', 'replace'] as const satisfies readonly ConflictChoice[];
const LABEL = { merge: 'merge', 'keep-both': 'keepBoth', replace: 'replace' } as const;

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
        {CHOICES.map((c) => (
          <label class="choice" key={c}>
            <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="conflict" value={c} checked={choice === c} onChange={() => onChoose(c)} />
            <span>
              <strong>{t(`exchange:import.conflict.${LABEL[c]}`)}</strong>
              <span class="choice__hint">{t(`exchange:import.conflict.${LABEL[c]}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
