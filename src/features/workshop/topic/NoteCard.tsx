// Why: one post-it on the board: its text large enough to read across the table, its kind
// and who said it, and the actions a facilitator needs (edit, move to another question,
// delete with undo). A board can hold hundreds, so the card is light (plain buttons, the
// editor and mover mounted only when used) and only re-renders when its own note changed.
import { useState } from 'preact/hooks';
import { showNotice } from '../../../app/notices';
import type { Note } from '../../../domain/note';
import { i18n } from '../../../i18n/i18n';
import { label, labelWith } from '../../../i18n/labels-cache';
import { useT } from '../../../i18n/use-t';
import { deleteNote, restoreNote } from '../../../storage/notes-repo';
import { memo } from '../../../ui/memo';
import { FromNoteButton } from '../closing/FromNoteButton';
import { speakerLabel } from '../labels';
import { Link } from '../../../app/Link';
import { sectionHref } from '../sections';
import { useNotesWithAction, usePeople } from '../workshop-context';
import { NoteEditor } from './NoteEditor';
import { NoteMover } from './NoteMover';

type Mode = 'view' | 'more' | 'edit' | 'move';

async function remove(note: Note) {
  const r = await deleteNote(note);
  if (r.ok)
    showNotice({
      id: `note-${note.id}`,
      text: i18n.t('workshop:notes.deleted'),
      tone: 'info',
      dismissible: true,
      timeoutMs: 10000,
      actions: [{ label: i18n.t('actions.undo'), primary: true, run: () => void restoreNote(note) }],
    });
}

function NoteCardView({ note, saving = false }: { note: Note; saving?: boolean }) {
  // useT subscribes the card to a language switch; the labels themselves come from the cache.
  useT();
  const participants = usePeople();
  const withAction = useNotesWithAction().has(note.id);
  const [mode, setMode] = useState<Mode>('view');
  const short = note.text.slice(0, 40);
  if (mode === 'edit')
    return (
      <li class={`note note--${note.kind} note--editing`}>
        <NoteEditor note={note} onDone={() => setMode('view')} />
      </li>
    );
  return (
    <li class={`note note--${note.kind}${saving ? ' note--saving' : ''}`} data-note={note.id} data-state={saving ? 'saving' : 'stored'} aria-busy={saving || undefined}>
      <p class="note__kind">{label(`workshop:kinds.${note.kind}`)}</p>
      <p class="note__text">{note.text}</p>
      <p class="note__speaker">— {speakerLabel(note.speaker, participants)}</p>
      {withAction && (
        <Link class="nl-link link-target note__made" href={sectionHref(note.workshopId, 'actions')}>
          <span aria-hidden="true">✓</span>
          {label('workshop:notes.actionMade')}
        </Link>
      )}
      {saving ? (
        <p class="note__saving">{label('save.saving')}</p>
      ) : mode === 'move' ? (
        <NoteMover note={note} onDone={() => setMode('view')} />
      ) : (
        <div class="note__actions">
          <FromNoteButton note={note} made={withAction} />
          {/* The rarer actions wait behind "more": a board of hundreds of notes stays light and
              calm to read, and each action is still one tap further, by touch or keyboard. */}
          <button
            type="button"
            class={`utrecht-button utrecht-button--subtle${mode === 'more' ? ' utrecht-button--pressed' : ''}`}
            aria-expanded={mode === 'more'}
            onClick={() => setMode(mode === 'more' ? 'view' : 'more')}
            aria-label={labelWith('workshop:notes.moreLabel', { text: short })}
          >
            {label('workshop:notes.more')}
          </button>
          {mode === 'more' && (
            <>
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setMode('edit')} aria-label={labelWith('workshop:notes.editLabel', { text: short })}>
                {label('workshop:notes.edit')}
              </button>
              <button type="button" class="utrecht-button utrecht-button--subtle" onClick={() => setMode('move')} aria-label={labelWith('workshop:notes.moveLabel', { text: short })}>
                {label('workshop:notes.moveShort')}
              </button>
              <button type="button" class="utrecht-button utrecht-button--subtle utrecht-button--danger" onClick={() => void remove(note)} aria-label={labelWith('workshop:notes.deleteLabel', { text: short })}>
                {label('workshop:notes.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** A note re-renders when it was edited, moved or stored, not when a neighbour was added. */
export const NoteCard = memo(
  NoteCardView,
  (a, b) => a.note.id === b.note.id && a.note.updatedAt === b.note.updatedAt && a.note.questionId === b.note.questionId && a.saving === b.saving,
);
