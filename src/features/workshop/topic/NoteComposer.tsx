// Why: adding a note must be as quick as sticking a post-it: one tap opens a large input with
// the keyboard up, Enter adds the note and leaves the field ready for the next one, and the
// next one starts again as "an answer from the group" unless the facilitator holds the kind or
// the speaker on purpose (a stale speaker used to credit a remark to the wrong person).
// What is typed is kept as a draft, so a reload or a closed composer loses nothing.
// On the table poster (`sheet`, which names the question) it is a low sheet over the poster's
// foot (the field and its buttons on one line, kind and speaker on the next), so writing takes
// no room from the post-its and hides little of the poster; it still follows its question in
// reading order.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuestionId } from '../../../domain/ids';
import { entryAfterAdd, FRESH_ENTRY, joinTexts, type NoteEntry } from '../../../domain/note-entry';
import { useT } from '../../../i18n/use-t';
import { dropDraft, keepDraft, readDraft } from '../../../storage/drafts';
import type { NewNote } from '../../../storage/notes-repo';
import type { WriteResult } from '../../../storage/write';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { useWorkshopData } from '../workshop-context';
import { KeepToggle } from './KeepToggle';
import { KindChoice } from './KindChoice';
import { SpeakerSelect } from './SpeakerSelect';

export function composerDraftKey(workshopId: string, questionId: string): string {
  return `${workshopId}:composer:${questionId}`;
}

interface Props {
  readonly questionId: QuestionId;
  readonly onAdd: (note: NewNote) => Promise<WriteResult<unknown>>;
  readonly onClose: () => void;
  /** On the poster: the sheet's title, saying which question the notes go to. */
  readonly sheet?: string | undefined;
  /** On the poster: the sheet docks at the head of the screen, not its foot. */
  readonly top?: boolean | undefined;
}

export function NoteComposer({ questionId, onAdd, onClose, sheet, top = false }: Props) {
  const { t } = useT();
  const { workshop, participants } = useWorkshopData();
  const draftKey = composerDraftKey(workshop.id, questionId);
  const [text, setText] = useState(() => readDraft(draftKey) ?? '');
  const [entry, setEntry] = useState<NoteEntry>(FRESH_ENTRY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  // What is in the field now, for a failed note that comes back while the next one is typed.
  const current = useRef(text);
  current.current = text;

  // As a sheet, its height is published (--sheet) so the question's post-its keep that much
  // room at their foot and the newest one can always be brought above it.
  const form = useRef<HTMLFormElement>(null);
  useLayoutEffect(() => {
    const el = form.current;
    if (!sheet || !el || typeof ResizeObserver !== 'function') return undefined;
    const root = document.documentElement;
    // Docked at the head it stays under the workshop's strip, so the clock is never covered; docked
    // at the foot it loses that place again (a sheet that opened at the head, for a question then
    // in the poster's lower half, was else held between the strip and the foot: 70% of the screen).
    el.style.insetBlockStart = top ? `${Math.ceil(document.querySelector('.wbar')?.getBoundingClientRect().bottom ?? 0)}px` : '';
    const watch = new ResizeObserver(() => root.style.setProperty('--sheet', `${Math.ceil(el.getBoundingClientRect().height)}px`));
    watch.observe(el);
    return () => {
      watch.disconnect();
      root.style.removeProperty('--sheet');
    };
  }, [sheet, top]);

  // Focus in the same task as the tap that opened the composer (not after the next paint), so
  // someone who types straight away does not lose the first letters.
  useLayoutEffect(() => {
    input.current?.focus();
  }, []);

  /** Adds what is typed. `close`: "Klaar" with text in the field adds it first, then closes. */
  const submit = async (close = false) => {
    if (busy) return;
    if (text.trim() === '') {
      if (close) return onClose();
      setError(t('workshop:notes.empty'));
      input.current?.focus();
      return;
    }
    // The field empties at once for the next note and kind and speaker go back to their
    // defaults (unless held); the draft stays until the note is stored, and the text comes
    // back if it could not be, in front of anything typed since.
    const typed = text;
    const used = entry;
    setBusy(true);
    setText('');
    setEntry(entryAfterAdd(used));
    setError(null);
    input.current?.focus();
    const r = await onAdd({ text: typed, kind: used.kind, speaker: used.speaker });
    setBusy(false);
    if (r.ok) {
      if (readDraft(draftKey) === typed) dropDraft(draftKey);
      if (close) onClose();
    } else {
      const back = joinTexts(typed, current.current);
      keepDraft(draftKey, back);
      setText(back);
      setEntry((e) => ({ ...e, kind: used.kind, speaker: used.speaker }));
      setError(t(`storage.problem.${r.problem}`));
    }
  };

  const field = (
    <TextField
      label={t('workshop:notes.text')}
      description={t('workshop:notes.enterHint')}
      value={text}
      onInput={(v) => {
        setText(v);
        keepDraft(draftKey, v);
        setError(null);
      }}
      error={error}
      multiline
      rows={sheet ? 1 : 3}
      inputRef={(el) => (input.current = el)}
      name="note"
      lang={workshop.lang}
    />
  );
  const buttons = (
    <div class="row">
      <Button appearance="primary" type="submit" busy={busy}>
        {t('workshop:notes.add')}
      </Button>
      {/* At the table "Klaar" means "that was the last one": what is typed is added, not dropped. */}
      <Button appearance="subtle" onClick={() => void submit(true)}>
        {t('workshop:notes.done')}
      </Button>
    </div>
  );

  return (
    <form
      ref={form}
      class={`composer${sheet ? ` composer--sheet${top ? ' composer--top' : ''}` : ''}`}
      aria-label={sheet}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        // Enter adds, Shift+Enter is a new line; a word still being composed (IME) is left alone.
        else if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.target instanceof HTMLTextAreaElement) {
          e.preventDefault();
          void submit();
        }
      }}
    >
      {sheet && (
        <p class="composer__for" aria-hidden="true">
          {sheet}
        </p>
      )}
      {sheet ? (
        // On the poster the sheet stays low: the field and its buttons on one line, kind and
        // speaker on the line under it.
        <div class="composer__line">
          {field}
          {buttons}
        </div>
      ) : (
        field
      )}
      <div class="composer__meta">
        <div class="composer__hold">
          <KindChoice value={entry.kind} onChange={(kind) => setEntry((e) => ({ ...e, kind }))} name={`kind-${questionId}`} />
          <KeepToggle on={entry.keepKind} onChange={(keepKind) => setEntry((e) => ({ ...e, keepKind }))} label={t('workshop:notes.keepKind')} />
        </div>
        <div class="composer__hold">
          <SpeakerSelect value={entry.speaker} onChange={(speaker) => setEntry((e) => ({ ...e, speaker }))} participants={participants} />
          <KeepToggle on={entry.keepSpeaker} onChange={(keepSpeaker) => setEntry((e) => ({ ...e, keepSpeaker }))} label={t('workshop:notes.keepSpeaker')} />
        </div>
      </div>
      {!sheet && buttons}
    </form>
  );
}
