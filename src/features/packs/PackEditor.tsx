// Why: an organisation makes its own pack without writing JSON: it starts from a pack on this
// device (the built-in one, say), changes, adds or removes questions and hints, gives the pack
// its own id, name, version, licence and source, and saves it. What is saved passes the very
// checks a pack file does (exchange/pack-file.ts), so the file it exports loads anywhere.
// One field per text and language, every field labelled, every control 44 px and reachable by
// keyboard; removing a question puts focus on the next sensible place (ui/focus-after).
import { useState } from 'preact/hooks';
import type { ContentPack, LocalizedText, PackQuestion } from '../../content/pack-types';
import { LICENCE_MAX, QUESTIONS_PER_TOPIC } from '../../content/validate-pack';
import type { Lang } from '../../domain/lang';
import { localized } from '../../domain/localized';
import { checkPackValue } from '../../exchange/pack-file';
import { currentLang } from '../../i18n/i18n';
import { useT } from '../../i18n/use-t';
import { storePack } from '../../storage/packs-repo';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { focusAfter, focusSoon } from '../../ui/focus-after';
import { TextField } from '../../ui/TextField';
import { conflictText, packRefusalText } from './pack-refusal';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? Mutable<U>[] : T[K] extends object ? Mutable<T[K]> : T[K] };
type Draft = Mutable<ContentPack>;

/** A question id not yet used in the pack: `<topic>.q<n>`. */
function freshQuestionId(draft: Draft, topicId: string): string {
  const used = new Set(draft.groups.flatMap((g) => g.topics.flatMap((t) => t.questions.map((q) => q.id))));
  let n = 1;
  while (used.has(`${topicId}.q${n}`)) n++;
  return `${topicId}.q${n}`;
}

const emptyText = (langs: readonly Lang[]): LocalizedText => Object.fromEntries(langs.map((l) => [l, ''])) as unknown as LocalizedText;

export function PackEditor({ base, onDone }: { base: ContentPack; onDone: (saved: ContentPack | null) => void }) {
  const { t } = useT();
  const [draft, setDraft] = useState<Draft>(() => JSON.parse(JSON.stringify(base)) as Draft);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const langs = draft.languages;
  const lang = currentLang();
  const langName = (l: Lang) => t(`packs:editor.langs.${l}`);

  const change = (fn: (d: Draft) => void) =>
    setDraft((d) => {
      const next = JSON.parse(JSON.stringify(d)) as Draft;
      fn(next);
      return next;
    });
  const setText = (get: (d: Draft) => Record<string, string>, l: Lang) => (value: string) => change((d) => void (get(d)[l] = value));

  const save = async () => {
    if (busy) return;
    setProblem(null);
    const { licence, ...rest } = draft;
    const candidate: unknown = licence && licence.trim() !== '' ? { ...rest, licence: licence.trim() } : rest;
    if (draft.id === base.id && draft.version === base.version) {
      setProblem(t('packs:editor.sameName'));
      focusSoon('[name="pack-id"]');
      return;
    }
    setBusy(true);
    const checked = await checkPackValue(candidate);
    if (!checked.ok) {
      setBusy(false);
      setProblem(t('packs:editor.problem', { reason: packRefusalText(checked.refusal) }));
      focusSoon('#pack-problem');
      return;
    }
    const stored = await storePack(checked.pack);
    setBusy(false);
    if (!stored.ok) return setProblem(t('packs:editor.problem', { reason: t('packs:load.storage') }));
    if (stored.value.kind === 'conflict') {
      setProblem(t('packs:editor.problem', { reason: conflictText(stored.value, checked.pack) }));
      focusSoon('#pack-problem');
      return;
    }
    onDone(checked.pack);
  };

  return (
    <section aria-labelledby="pack-editor-title" class="pack-editor">
      <h1 class="nl-heading nl-heading--level-1" id="pack-editor-title">
        {t('packs:editor.title')}
      </h1>
      <p class="nl-paragraph">{t('packs:editor.intro', { title: localized(base.title, lang) })}</p>

      <section class="panel" aria-labelledby="pack-about-title">
        <h2 class="nl-heading nl-heading--level-2" id="pack-about-title">
          {t('packs:editor.about')}
        </h2>
        {langs.map((l) => (
          <TextField key={`title-${l}`} label={t('packs:editor.name', { lang: langName(l) })} value={draft.title[l] ?? ''} lang={l} maxLength={2000} onInput={setText((d) => d.title, l)} />
        ))}
        <TextField label={t('packs:editor.id')} description={t('packs:editor.idHint')} value={draft.id} maxLength={100} name="pack-id" onInput={(v) => change((d) => void (d.id = v.trim()))} />
        <TextField label={t('packs:editor.version')} description={t('packs:editor.versionHint')} value={draft.version} maxLength={40} name="pack-version" onInput={(v) => change((d) => void (d.version = v.trim()))} />
        <TextField label={t('packs:editor.licence')} description={t('packs:editor.licenceHint')} value={draft.licence ?? ''} maxLength={LICENCE_MAX} name="pack-licence" onInput={(v) => change((d) => void (d.licence = v))} />
        {langs.map((l) => (
          <TextField key={`attr-${l}`} multiline label={t('packs:editor.attribution', { lang: langName(l) })} value={draft.attribution[l] ?? ''} lang={l} maxLength={2000} onInput={setText((d) => d.attribution, l)} />
        ))}
      </section>

      {draft.groups.map((g, gi) =>
        g.topics.map((topic, ti) => {
          const topicTitle = localized(topic.title, lang);
          const at = (d: Draft) => d.groups[gi]!.topics[ti]!;
          return (
            <section key={topic.id} class="pack-topic" aria-labelledby={`pack-topic-${topic.id}`}>
              <h2 class="nl-heading nl-heading--level-2" id={`pack-topic-${topic.id}`}>
                {t('packs:editor.topic', { title: topicTitle })}
              </h2>
              <ol class="pack-questions">
                {topic.questions.map((q: Mutable<PackQuestion>, qi) => (
                  <li key={q.id} class="pack-question" data-question={q.id}>
                    {langs.map((l) => (
                      <TextField key={`q-${l}`} multiline rows={2} label={t('packs:editor.question', { number: qi + 1, lang: langName(l) })} value={q.text[l] ?? ''} lang={l} maxLength={2000} name={`${q.id}.text.${l}`} onInput={setText((d) => at(d).questions[qi]!.text, l)} />
                    ))}
                    {langs.map((l) => (
                      <TextField key={`h-${l}`} multiline rows={2} label={t('packs:editor.hint', { number: qi + 1, lang: langName(l) })} value={q.hint[l] ?? ''} lang={l} maxLength={2000} name={`${q.id}.hint.${l}`} onInput={setText((d) => at(d).questions[qi]!.hint, l)} />
                    ))}
                    <Button
                      danger
                      disabled={topic.questions.length <= QUESTIONS_PER_TOPIC.min}
                      aria-describedby={topic.questions.length <= QUESTIONS_PER_TOPIC.min ? `pack-last-${topic.id}` : undefined}
                      onClick={() => {
                        focusAfter(`#pack-add-${topic.id}`);
                        change((d) => void at(d).questions.splice(qi, 1));
                      }}
                    >
                      {t('packs:editor.removeQuestion', { number: qi + 1 })}
                    </Button>
                  </li>
                ))}
              </ol>
              {topic.questions.length <= QUESTIONS_PER_TOPIC.min && (
                <p class="nl-paragraph subtle" id={`pack-last-${topic.id}`}>
                  {t('packs:editor.lastQuestion')}
                </p>
              )}
              <Button
                id={`pack-add-${topic.id}`}
                disabled={topic.questions.length >= QUESTIONS_PER_TOPIC.max}
                onClick={() => {
                  const id = freshQuestionId(draft, topic.id);
                  change((d) => void at(d).questions.push({ id, text: emptyText(langs) as Mutable<LocalizedText>, hint: emptyText(langs) as Mutable<LocalizedText> }));
                  focusSoon(() => document.querySelector(`[data-question="${id}"] textarea`));
                }}
              >
                {t('packs:editor.addQuestion', { title: topicTitle })}
              </Button>
            </section>
          );
        }),
      )}

      {problem && (
        <div id="pack-problem" tabIndex={-1}>
          <Alert type="error" live>
            {problem}
          </Alert>
        </div>
      )}
      <div class="pack-editor__actions">
        <Button appearance="primary" busy={busy} onClick={() => void save()}>
          {t('packs:editor.save')}
        </Button>
        <Button onClick={() => onDone(null)}>{t('packs:editor.cancel')}</Button>
      </div>
    </section>
  );
}
