// Why: editing a note in place: its text, kind and speaker, saved on "save", left as it was
// on "cancel". Mounted only while editing, so a board of hundreds of notes stays light.
import { useState } from 'preact/hooks';
import type { Speaker } from '../../../domain/author';
import type { Note, NoteKind } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';
import { updateNote } from '../../../storage/notes-repo';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { usePeople } from '../workshop-context';
import { KindChoice } from './KindChoice';
import { SpeakerSelect } from './SpeakerSelect';

export function NoteEditor({ note, onDone }: { note: Note; onDone: () => void }) {
  const { t } = useT();
  const participants = usePeople();
  const [text, setText] = useState(note.text);
  const [kind, setKind] = useState<NoteKind>(note.kind);
  const [speaker, setSpeaker] = useState<Speaker>(note.speaker);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    if (text.trim() === '') {
      setError(t('workshop:notes.empty'));
      return;
    }
    const r = await updateNote(note, { text: text.trim(), kind, speaker });
    if (r.ok) onDone();
    else setError(t(`storage.problem.${r.problem}`));
  };
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <TextField label={t('workshop:notes.text')} value={text} onInput={setText} error={error} multiline rows={3} />
      <KindChoice value={kind} onChange={setKind} name={`kind-${note.id}`} />
      <SpeakerSelect value={speaker} onChange={setSpeaker} participants={participants} />
      <div class="row">
        <Button appearance="primary" type="submit">
          {t('actions.save')}
        </Button>
        <Button appearance="subtle" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
      </div>
    </form>
  );
}
