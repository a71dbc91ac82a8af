// Why: adding a note must be as quick as sticking a post-it: one tap opens a large input,
// the note is stored the moment it is added, and the composer stays open for the next one.
// What is typed is kept as a draft, so a reload in mid-sentence loses nothing.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Speaker } from '../../../domain/author';
import type { QuestionId } from '../../../domain/ids';
import type { NoteKind } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';
import { dropDraft, keepDraft, readDraft } from '../../../storage/drafts';
import type { NewNote } from '../../../storage/notes-repo';
import type { WriteResult } from '../../../storage/write';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { useWorkshopData } from '../workshop-context';
import { KindChoice } from './KindChoice';
import { SpeakerSelect } from './SpeakerSelect';

export function composerDraftKey(workshopId: string, questionId: string): string {
  return `${workshopId}:composer:${questionId}`;
}

export function NoteComposer({ questionId, onAdd, onClose }: { questionId: QuestionId; onAdd: (note: NewNote) => Promise<WriteResult<unknown>>; onClose: () => void }) {
  const { t } = useT();
  const { workshop, participants } = useWorkshopData();
  const draftKey = composerDraftKey(workshop.id, questionId);
  const [text, setText] = useState(() => readDraft(draftKey) ?? '');
  const [kind, setKind] = useState<NoteKind>('answer');
  const [speaker, setSpeaker] = useState<Speaker>({ kind: 'group' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);

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
    // The field empties at once for the next note; the draft stays until the note is stored,
    // and the text comes back if it could not be.
    const typed = text;
    setBusy(true);
    setText('');
    setError(null);
    input.current?.focus();
    const r = await onAdd({ text: typed, kind, speaker });
    setBusy(false);
    if (r.ok) {
      if (readDraft(draftKey) === typed) dropDraft(draftKey);
      if (close) onClose();
    }
    else {
      setText(typed);
      setError(t(`storage.problem.${r.problem}`));
    }
  };

  return (
    <form
      class="composer"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <TextField
        label={t('workshop:notes.text')}
        value={text}
        onInput={(v) => {
          setText(v);
          keepDraft(draftKey, v);
          setError(null);
        }}
        error={error}
        multiline
        rows={3}
        inputRef={(el) => (input.current = el)}
        name="note"
      />
      <div class="composer__meta">
        <KindChoice value={kind} onChange={setKind} name={`kind-${questionId}`} />
        <SpeakerSelect value={speaker} onChange={setSpeaker} participants={participants} />
      </div>
      <div class="row">
        <Button appearance="primary" type="submit" busy={busy}>
          {t('workshop:notes.add')}
        </Button>
        {/* At the table "Klaar" means "that was the last one": what is typed is added, not dropped. */}
        <Button appearance="subtle" onClick={() => void submit(true)}>
          {t('workshop:notes.done')}
        </Button>
      </div>
    </form>
  );
}
