// Why: moving a note to another question is a choice from a list (nothing is drag-only),
// and can be undone from the notice that confirms it.
import { useState } from 'preact/hooks';
import { showNotice } from '../../../shell/notices';
import type { QuestionId } from '../../../domain/ids';
import type { Note } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';
import { moveNote } from '../../../storage/notes-repo';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { focusAfter } from '../../../ui/focus-after';
import { usePackIndex } from '../workshop-context';

export function NoteMover({ note, onDone }: { note: Note; onDone: () => void }) {
  const { t, lang } = useT();
  const index = usePackIndex();
  const [target, setTarget] = useState('');
  const move = async () => {
    if (!target) return;
    const to = target as QuestionId;
    // The note leaves this question: focus goes to its neighbour here, or the question itself.
    const stop = focusAfter();
    const r = await moveNote(note, to);
    if (!r.ok) return stop();
    onDone();
    showNotice({
      id: `note-moved-${note.id}`,
      text: t('workshop:notes.moved', { topic: index.question(to)?.topic.title[lang] ?? '' }),
      tone: 'info',
      dismissible: true,
      timeoutMs: 8000,
      // The move can be made again by hand, so this undo need not follow the user elsewhere.
      scope: 'screen',
      actions: [{ label: t('actions.undo'), primary: true, run: () => void moveNote({ ...note, questionId: to }, note.questionId) }],
    });
  };
  return (
    <div
      class="note__move"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onDone();
      }}
    >
      <SelectField
        label={t('workshop:notes.moveTo')}
        value={target}
        onChange={setTarget}
        empty={t('workshop:notes.chooseQuestion')}
        groups={index.topics.map((topic) => ({
          label: topic.title[lang],
          options: topic.questions.filter((q) => q.id !== note.questionId).map((q) => ({ value: q.id, label: q.text[lang] })),
        }))}
      />
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
