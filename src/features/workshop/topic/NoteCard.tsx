// Why: one post-it on the board: its text large enough to read across the table, its kind
// and who said it, and the actions a facilitator needs (edit, move to another question,
// delete with undo). A board can hold hundreds, so the card is light (plain buttons, the
// editor and mover mounted only when used) and only re-renders when its own note changed.
// On the table poster the card is a tile: the kind and "more" in the corners of the large text,
// who said it below it, and every action (also "make an action point") one tap behind "more".
import { useState } from 'preact/hooks';
import { offerUndo } from '../../shared/offer-undo';
import type { Note } from '../../../domain/note';
import { i18n } from '../../../i18n/i18n';
import { label, labelWith } from '../../../i18n/labels-cache';
import { useT } from '../../../i18n/use-t';
import { deleteNote, restoreNote } from '../../../storage/notes-repo';
import { memo } from '../../../ui/memo';
import { focusAfter } from '../../../ui/focus-after';
import { FromNoteButton } from '../closing/FromNoteButton';
import { speakerLabel } from '../../shared/labels';
import { Link } from '../../../shell/Link';
import { sectionHref } from '../sections';
import { useContentLang, useNotesWithAction, useOnBoard, usePeople } from '../workshop-context';
import { NoteEditor } from './NoteEditor';
import { NoteMover } from './NoteMover';

type Mode = 'view' | 'more' | 'edit' | 'move';

async function remove(note: Note, lang: string) {
  // The card goes: focus goes to the next note (or the previous one, or the question).
  const stop = focusAfter();
  const r = await deleteNote(note);
  if (!r.ok) stop();
  if (r.ok)
    offerUndo({
      key: `note-${note.id}`,
      said: i18n.t('workshop:notes.deleted'),
      what: i18n.t('workshop:removed.note'),
      content: note.text,
      lang,
      restore: () => restoreNote(note),
    });
}

function NoteCardView({ note, saving = false }: { note: Note; saving?: boolean }) {
  // useT subscribes the card to a language switch; the labels themselves come from the cache.
  useT();
  const participants = usePeople();
  const withAction = useNotesWithAction().has(note.id);
  const tile = useOnBoard();
  const contentLang = useContentLang();
  const [mode, setModeState] = useState<Mode>('view');
  // Every change of mode replaces the focused control: focus goes to where the new mode starts
  // (the editor's text, the move choice) or back to "more" when the card shows itself again.
  const card = `[data-note="${note.id}"]`;
  const setMode = (next: Mode) => {
    const start = next === 'edit' ? `${card} textarea` : next === 'move' ? `${card} select` : `${card} .note__more`;
    focusAfter(start);
    setModeState(next);
  };
  const short = note.text.slice(0, 40);
  if (mode === 'edit')
    return (
      <li class={`note note--${note.kind} note--editing`} data-note={note.id}>
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
        <button type="button" class="utrecht-button utrecht-button--subtle utrecht-button--danger" onClick={() => void remove(note, contentLang)} aria-label={labelWith('workshop:notes.deleteLabel', { text: short })}>
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
  // A note written on a participant's own device says so (nobody read it out at the table):
  // a mark before the name that a narrow tile does not cut off, said in words to a screen reader.
  const via = note.via === 'contribution' && (
    <span class="note__via" title={label('workshop:notes.viaContribution')}>
      <span aria-hidden="true">⇄ </span>
      <span class="visually-hidden">{label('workshop:notes.viaContribution')}: </span>
    </span>
  );
  const speaker = speakerLabel(note.speaker, participants);
  return (
    <li class={`note note--${note.kind}${tile ? ' note--tile' : ''}${saving ? ' note--saving' : ''}`} data-note={note.id} data-via={note.via} data-state={saving ? 'saving' : 'stored'} aria-busy={saving || undefined}
      onKeyDown={(e) => {
        // Escape closes "more" and the move panel, back on the "more" button that opened them.
        if (e.key !== 'Escape' || (mode !== 'more' && mode !== 'move')) return;
        e.preventDefault();
        e.stopPropagation();
        setMode('view');
      }}
    >
      {/* On a tile the kind and "more" sit in the corners of the text's first line (floats), so
          a tile is as high as its text; who said it follows, unless it was the group (the
          default, then said only to a screen reader). A note handed over from a phone says so (⇄). */}
      <p class="note__kind">{label(`workshop:kinds.${note.kind}`)}</p>
      {tile && !saving && mode !== 'move' && more}
      <p class="note__text" lang={contentLang}>
        {note.text}
      </p>
      {tile ? (
        <p class={`note__speaker${note.speaker.kind === 'group' && !via ? ' visually-hidden' : ''}`}>
          {via}
          {speaker}
        </p>
      ) : (
        <p class="note__speaker">
          — {via}
          {speaker}
        </p>
      )}
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
  (a, b) => a.note.id === b.note.id && a.note.via === b.note.via && a.note.updatedAt === b.note.updatedAt && a.note.questionId === b.note.questionId && a.saving === b.saving,
);
