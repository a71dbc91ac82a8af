// Why: "Samenvoegen" must never drop anything silently. Before anything is written the person
// sees how many records come in, change and are deleted, and every conflict side by side
// (this device | the bundle) with a choice each; the provisional winner (the latest change)
// is chosen to begin with, and the version that loses is kept under Replaced versions.
import type { Choices, Conflict, Side, Winner } from '../../domain/merge';
import { isWorkshopPart } from '../../domain/merge';
import { useT } from '../../i18n/use-t';
import type { MergePreview } from '../../storage/merge-repo';
import type { Lang } from '../../domain/lang';

type Props = { preview: MergePreview; /** The workshop's language: the conflicting words are in it. */ lang: Lang; choices: Choices; onChoose: (key: Conflict['key'], w: Winner) => void };

/** The texts in a record, by where they are in it (keys in a fixed order), ids and times left out. */
function leavesOf(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, path: string, key: string): void => {
    if (typeof v === 'string') {
      // Ids, dates and times say nothing to a person reading the conflict.
      if (v.trim() !== '' && !/(^id$|Id$|At$|^at$)/.test(key) && !/^[0-9a-f-]{36}$/.test(v)) out.set(path, v);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, key));
    else if (v && typeof v === 'object' && !(v instanceof Blob)) for (const k of Object.keys(v).sort()) walk((v as Record<string, unknown>)[k], `${path}.${k}`, k);
  };
  walk(value, '', '');
  return out;
}

/**
 * The words of each side of a conflict, as plain text (Preact shows it as text, never as
 * markup): only the texts that differ between the two sides, so the difference is what is read.
 */
function wordsOf(c: Conflict, which: Winner, t: ReturnType<typeof useT>['t']): { text: string; own: boolean } {
  const side: Side = which === 'local' ? c.local : c.remote;
  if (side.state === 'deleted') return { text: t('exchange:import.merge.deleted'), own: false };
  const other: Side = which === 'local' ? c.remote : c.local;
  const mine = leavesOf(side.value);
  const theirs = other.state === 'present' ? leavesOf(other.value) : new Map<string, string>();
  const differ = [...mine].filter(([path, text]) => theirs.get(path) !== text).map(([, text]) => text);
  const shown = (differ.length > 0 ? differ : [...mine.values()]).slice(0, 12);
  const text = shown.join(' · ');
  if (text.length > 400) return { text: `${text.slice(0, 400)}…`, own: true };
  if (text) return { text, own: true };
  return { text: c.kind === 'attachment' ? t('exchange:import.merge.photo') : t('exchange:import.merge.empty'), own: false };
}

/** A side's words: the workshop's own in its language, the app's placeholders in the reader's. */
function Words({ words, lang }: { words: { text: string; own: boolean }; lang: Lang }) {
  return (
    <span class="merge__words" lang={words.own ? lang : undefined}>
      {words.text}
    </span>
  );
}

function subject(c: Conflict, t: ReturnType<typeof useT>['t']): string {
  if (c.kind === 'workshop') return isWorkshopPart(c.id) ? t(`exchange:import.merge.part.${c.id}`) : t('exchange:import.merge.kind.workshop');
  return t(`exchange:import.merge.kind.${c.kind}`);
}

export function MergePanel({ preview, lang, choices, onChoose }: Props) {
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
                            <Words words={wordsOf(c, w, t)} lang={lang} />
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
