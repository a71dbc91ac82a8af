// Why: "Samenvoegen" must never drop anything silently. Before anything is written the person
// sees how many records come in, change and are deleted, and every conflict side by side
// (this device | the bundle) with a choice each; the provisional winner (the latest change)
// is chosen to begin with, and the version that loses is kept under Replaced versions.
import type { Choices, Conflict, Side, Winner } from '../../domain/merge';
import { isWorkshopPart } from '../../domain/merge';
import { useT } from '../../i18n/use-t';
import type { MergePreview } from '../../storage/merge-repo';

type Props = { preview: MergePreview; choices: Choices; onChoose: (key: Conflict['key'], w: Winner) => void };

/** The words of a side, as plain text (Preact shows it as text, never as markup). */
function wordsOf(side: Side, t: ReturnType<typeof useT>['t']): string {
  if (side.state === 'deleted') return t('exchange:import.merge.deleted');
  const leaves: string[] = [];
  const walk = (v: unknown, key: string): void => {
    if (leaves.length >= 12) return;
    if (typeof v === 'string') {
      // Ids, dates and times say nothing to a person reading the conflict.
      if (v.trim() !== '' && !/(^id$|Id$|At$|^at$)/.test(key) && !/^[0-9a-f-]{36}$/.test(v)) leaves.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object' && !(v instanceof Blob)) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(side.value, '');
  const text = leaves.join(' · ');
  return text.length > 400 ? `${text.slice(0, 400)}…` : text || t('exchange:import.merge.empty');
}

function subject(c: Conflict, t: ReturnType<typeof useT>['t']): string {
  if (c.kind === 'workshop') return isWorkshopPart(c.id) ? t(`exchange:import.merge.part.${c.id}`) : t('exchange:import.merge.kind.workshop');
  return t(`exchange:import.merge.kind.${c.kind}`);
}

export function MergePanel({ preview, choices, onChoose }: Props) {
  const { t } = useT();
  const { counts, conflicts } = preview;
  return (
    <section class="panel merge" aria-labelledby="merge-title">
      <h2 class="nl-heading nl-heading--level-2" id="merge-title">
        {t('exchange:import.merge.title')}
      </h2>
      <p class="nl-paragraph" data-merge-counts>
        {t('exchange:import.merge.counts', { ...counts, conflicts: conflicts.length })}
      </p>
      {conflicts.length === 0 ? (
        <p class="nl-paragraph subtle">{t('exchange:import.merge.noConflicts')}</p>
      ) : (
        <>
          <h3 class="nl-heading nl-heading--level-3">{t('exchange:import.merge.conflictsTitle')}</h3>
          <p class="nl-paragraph">{t('exchange:import.merge.conflictsIntro')}</p>
          <ul class="merge__conflicts">
            {conflicts.map((c, i) => {
              const chosen = choices[c.key] ?? c.provisional;
              return (
                <li key={c.key} class="merge__conflict" data-merge-conflict={c.key}>
                  <fieldset>
                    <legend>{subject(c, t)}</legend>
                    <div class="merge__sides">
                      {(['local', 'remote'] as const).map((w) => (
                        <label class={`choice merge__side${chosen === w ? ' merge__side--chosen' : ''}`} key={w}>
                          <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name={`merge-${i}`} value={w} checked={chosen === w} onChange={() => onChoose(c.key, w)} data-merge-side={w} />
                          <span>
                            <strong>{w === 'local' ? t('exchange:import.merge.mine') : t('exchange:import.merge.theirs')}</strong>
                            <span class="merge__words">{wordsOf(w === 'local' ? c.local : c.remote, t)}</span>
                            <span class="choice__hint">
                              {w === 'local' ? t('exchange:import.merge.keepMine') : t('exchange:import.merge.keepTheirs')}
                              {c.provisional === w ? ` (${t('exchange:import.merge.suggested')})` : ''}
                            </span>
                          </span>
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
