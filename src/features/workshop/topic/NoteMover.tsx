// Why: moving a note to another question is a choice from a list (nothing is drag-only),
// and can be undone from the notice that confirms it.
import type { TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { showNotice } from '../../../app/notices';
import type { QuestionId } from '../../../domain/ids';
import type { Note } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';
import { moveNote } from '../../../storage/notes-repo';
import { Button } from '../../../ui/Button';
import { usePackIndex } from '../workshop-context';

export function NoteMover({ note, onDone }: { note: Note; onDone: () => void }) {
  const { t, lang } = useT();
  const index = usePackIndex();
  const [target, setTarget] = useState('');
  const id = useId();
  const move = async () => {
    if (!target) return;
    const to = target as QuestionId;
    const r = await moveNote(note, to);
    if (!r.ok) return;
    onDone();
    showNotice({
      id: `note-moved-${note.id}`,
      text: t('workshop:notes.moved', { topic: index.question(to)?.topic.title[lang] ?? '' }),
      tone: 'info',
      dismissible: true,
      timeoutMs: 8000,
      actions: [{ label: t('actions.undo'), primary: true, run: () => void moveNote({ ...note, questionId: to }, note.questionId) }],
    });
  };
  return (
    <div class="note__move">
      <label class="utrecht-form-label" for={id}>
        {t('workshop:notes.moveTo')}
      </label>
      <select id={id} class="utrecht-select utrecht-select--html-select" value={target} onChange={(e: TargetedEvent<HTMLSelectElement>) => setTarget(e.currentTarget.value)}>
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
        <Button appearance="subtle" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
      </div>
    </div>
  );
}
