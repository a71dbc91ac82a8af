// Why: one post-it on the board: its text large enough to read across the table, its kind
// and who said it, and the actions a facilitator needs (edit, move to another question,
// delete with undo). A board can hold hundreds, so the card is light (plain buttons, the
// editor and mover mounted only when used) and only re-renders when its own note changed.
// On the table poster the card is a tile: kind and speaker in one line with "more", the text
// large below, and every action (also "make an action point") one tap behind "more".
import { useState } from 'preact/hooks';
import { showNotice } from '../../../shell/notices';
import type { Note } from '../../../domain/note';
import { i18n } from '../../../i18n/i18n';
import { label, labelWith } from '../../../i18n/labels-cache';
import { useT } from '../../../i18n/use-t';
import { deleteNote, restoreNote } from '../../../storage/notes-repo';
import { memo } from '../../../ui/memo';
import { FromNoteButton } from '../closing/FromNoteButton';
import { speakerLabel } from '../../shared/labels';
import { Link } from '../../../shell/Link';
import { sectionHref } from '../sections';
import { useNotesWithAction, useOnBoard, usePeople } from '../workshop-context';
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
  const tile = useOnBoard();
  const [mode, setMode] = useState<Mode>('view');
  const short = note.text.slice(0, 40);
  if (mode === 'edit')
    return (
      <li class={`note note--${note.kind} note--editing`}>
        <NoteEditor note={note} onDone={() => setMode('view')} />
      </li>
    );
  const more = (
    <button
      type="button"
      class={`utrecht-button utrecht-button--subtle note__more${mode === 'more' ? ' utrecht-button--pressed' : ''}`}
      aria-expanded={mode === 'more'}
      onClick={() => setMode(mode === 'more' ? 'view' : 'more')}
      aria-label={labelWith('workshop:notes.moreLabel', { text: short })}
    >
      {tile ? <span aria-hidden="true">⋯</span> : label('workshop:notes.more')}
    </button>
  );
  const rare =
    mode === 'more' ? (
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
    ) : null;
  const made = withAction && (
    <Link class="nl-link link-target note__made" href={sectionHref(note.workshopId, 'actions')}>
      <span aria-hidden="true">✓</span>
      {label('workshop:notes.actionMade')}
    </Link>
  );
  const speaker = speakerLabel(note.speaker, participants);
  return (
    <li class={`note note--${note.kind}${tile ? ' note--tile' : ''}${saving ? ' note--saving' : ''}`} data-note={note.id} data-state={saving ? 'saving' : 'stored'} aria-busy={saving || undefined}>
      {tile ? (
        <div class="note__head">
          <p class="note__kind">{label(`workshop:kinds.${note.kind}`)}</p>
          <p class="note__speaker">{speaker}</p>
          {!saving && mode !== 'move' && more}
        </div>
      ) : (
        <p class="note__kind">{label(`workshop:kinds.${note.kind}`)}</p>
      )}
      <p class="note__text">{note.text}</p>
      {!tile && <p class="note__speaker">— {speaker}</p>}
      {made}
      {saving ? (
        <p class="note__saving">{label('save.saving')}</p>
      ) : mode === 'move' ? (
        <NoteMover note={note} onDone={() => setMode('view')} />
      ) : tile ? (
        mode === 'more' && (
          <div class="note__actions">
            <FromNoteButton note={note} made={withAction} />
            {rare}
          </div>
        )
      ) : (
        <div class="note__actions">
          <FromNoteButton note={note} made={withAction} />
          {/* The rarer actions wait behind "more": a board of hundreds of notes stays light and
              calm to read, and each action is still one tap further, by touch or keyboard. */}
          {more}
          {rare}
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
