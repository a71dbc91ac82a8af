// Why: one post-it on the board: its text large enough to read across the table, its kind
// and who said it, and the actions a facilitator needs (edit, move to another question,
// delete with undo). Nothing is drag-only: moving is a choice from a list.
import type { TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { showNotice } from '../../../app/notices';
import type { Speaker } from '../../../domain/author';
import type { QuestionId } from '../../../domain/ids';
import type { Note, NoteKind } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';
import { deleteNote, moveNote, restoreNote, updateNote } from '../../../storage/notes-repo';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { speakerLabel } from '../labels';
import { useWorkshopData } from '../workshop-context';
import { KindChoice } from './KindChoice';
import { SpeakerSelect } from './SpeakerSelect';

type Mode = 'view' | 'edit' | 'move';

export function NoteCard({ note }: { note: Note }) {
  const { t, lang } = useT();
  const { participants, index } = useWorkshopData();
  const [mode, setMode] = useState<Mode>('view');
  const [text, setText] = useState(note.text);
  const [kind, setKind] = useState<NoteKind>(note.kind);
  const [speaker, setSpeaker] = useState<Speaker>(note.speaker);
  const [target, setTarget] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const moveId = useId();

  const edit = () => {
    setText(note.text);
    setKind(note.kind);
    setSpeaker(note.speaker);
    setError(null);
    setMode('edit');
  };
  const save = async () => {
    if (text.trim() === '') {
      setError(t('workshop:notes.empty'));
      return;
    }
    const r = await updateNote(note, { text: text.trim(), kind, speaker });
    if (r.ok) setMode('view');
    else setError(t(`storage.problem.${r.problem}`));
  };
  const remove = async () => {
    const r = await deleteNote(note);
    if (r.ok)
      showNotice({
        id: `note-${note.id}`,
        text: t('workshop:notes.deleted'),
        tone: 'info',
        dismissible: true,
        timeoutMs: 10000,
        actions: [{ label: t('actions.undo'), primary: true, run: () => void restoreNote(note) }],
      });
  };
  const move = async () => {
    if (!target) return;
    const r = await moveNote(note, target as QuestionId);
    if (r.ok) {
      const where = index.question(target as QuestionId);
      showNotice({
        id: `note-moved-${note.id}`,
        text: t('workshop:notes.moved', { topic: where?.topic.title[lang] ?? '' }),
        tone: 'info',
        dismissible: true,
        timeoutMs: 8000,
        actions: [{ label: t('actions.undo'), primary: true, run: () => void moveNote({ ...note, questionId: target as QuestionId }, note.questionId) }],
      });
    }
  };

  if (mode === 'edit')
    return (
      <li class={`note note--${note.kind} note--editing`}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TextField label={t('workshop:notes.text')} value={text} onInput={setText} error={error} multiline rows={3} />
          <KindChoice value={kind} onChange={setKind} name={`kind-${note.id}`} />
          <SpeakerSelect value={speaker} onChange={setSpeaker} participants={participants} />
          <div class="row">
            <Button appearance="primary" type="submit">
              {t('actions.save')}
            </Button>
            <Button appearance="subtle" onClick={() => setMode('view')}>
              {t('actions.cancel')}
            </Button>
          </div>
        </form>
      </li>
    );

  return (
    <li class={`note note--${note.kind}`} data-note={note.id}>
      <p class="note__kind">{t(`workshop:kinds.${note.kind}`)}</p>
      <p class="note__text">{note.text}</p>
      <p class="note__speaker">— {speakerLabel(note.speaker, participants)}</p>
      {mode === 'move' && (
        <div class="note__move">
          <label class="utrecht-form-label" for={moveId}>
            {t('workshop:notes.moveTo')}
          </label>
          <select id={moveId} class="utrecht-select utrecht-select--html-select" value={target} onChange={(e: TargetedEvent<HTMLSelectElement>) => setTarget(e.currentTarget.value)}>
            <option value="">{t('workshop:notes.chooseQuestion')}</option>
            {index.topics.map((topic) => (
              <optgroup key={topic.id} label={topic.title[lang]}>
                {topic.questions
                  .filter((q) => q.id !== note.questionId)
                  .map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.text[lang]}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <div class="row">
            <Button appearance="primary" disabled={!target} onClick={() => void move()}>
              {t('workshop:notes.move')}
            </Button>
            <Button appearance="subtle" onClick={() => setMode('view')}>
              {t('actions.cancel')}
            </Button>
          </div>
        </div>
      )}
      {mode === 'view' && (
        <div class="note__actions">
          <Button appearance="subtle" onClick={edit} aria-label={t('workshop:notes.editLabel', { text: note.text.slice(0, 40) })}>
            {t('workshop:notes.edit')}
          </Button>
          <Button appearance="subtle" onClick={() => setMode('move')} aria-label={t('workshop:notes.moveLabel', { text: note.text.slice(0, 40) })}>
            {t('workshop:notes.moveShort')}
          </Button>
          <Button appearance="subtle" danger onClick={() => void remove()} aria-label={t('workshop:notes.deleteLabel', { text: note.text.slice(0, 40) })}>
            {t('workshop:notes.delete')}
          </Button>
        </div>
      )}
    </li>
  );
}
