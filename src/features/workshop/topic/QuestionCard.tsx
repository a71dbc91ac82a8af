// Why: one question on the topic board: the question itself in large type, why it is asked
// (for the facilitator, on request), its status, its notes, and the one-tap way to add one.
// Each added note is announced politely, so a screen reader hears what was credited to whom.
// On the table poster (`board`) the card is a column: the question clamped to two lines (one
// tap shows it whole), its post-its in a labelled scroll region of their own, so a column with
// many notes scrolls by itself and the page never does, and a foot with "+ Notitie", the
// question's number, status and "why". A column's width follows its number of post-its.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PackQuestion } from '../../../content/pack-types';
import type { QuestionId } from '../../../domain/ids';
import { NOTE_KINDS, type Note } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';
import { readDraft } from '../../../storage/drafts';
import { draftNote, storeNote, type NewNote } from '../../../storage/notes-repo';
import { Button } from '../../../ui/Button';
import { speakerLabel } from '../../shared/labels';
import { columnWeight } from '../board-mode';
import { useNotes } from '../use-workshop-data';
import { useWorkshopData } from '../workshop-context';
import { NoteCard } from './NoteCard';
import { composerDraftKey, NoteComposer } from './NoteComposer';
import { QuestionStatus } from './QuestionStatus';

export function QuestionCard({ question, number, of, board = false }: { question: PackQuestion; number: number; of: number; board?: boolean }) {
  const { t, lang } = useT();
  const { workshop, states, participants } = useWorkshopData();
  const qid = question.id as QuestionId;
  const notes = useNotes(workshop.id, qid);
  const draftKey = composerDraftKey(workshop.id, qid);
  // A note half-typed before a reload reopens where it was.
  const [composing, setComposing] = useState(() => (readDraft(draftKey) ?? '') !== '');
  // Escape closes the composer without adding: the text waits as a draft, and the button says so.
  const waitingDraft = !composing && (readDraft(draftKey) ?? '').trim() !== '';
  const [announced, setAnnounced] = useState('');
  const [hint, setHint] = useState(false);
  const [whole, setWhole] = useState(false);
  const region = useRef<HTMLDivElement>(null);
  // When the composer closes, focus goes back to the button that opened it, not to <body>.
  const card = useRef<HTMLElement>(null);
  const closed = useRef(false);
  useEffect(() => {
    if (!composing && closed.current) card.current?.querySelector<HTMLButtonElement>('.add-note')?.focus();
    closed.current = false;
  }, [composing]);
  const close = () => {
    closed.current = true;
    setComposing(false);
  };
  // A note shows the moment it is added, marked as saving until IndexedDB confirmed it, and
  // disappears again (with its text back in the composer) if the write failed.
  const [pending, setPending] = useState<readonly { note: Note; stored: boolean }[]>([]);
  const stored = notes.status === 'ready' ? notes.value : [];
  const storedIds = new Set(stored.map((n) => n.id));
  useEffect(() => {
    if (pending.some((p) => storedIds.has(p.note.id))) setPending((ps) => ps.filter((p) => !storedIds.has(p.note.id)));
  }, [stored]);
  const waiting = pending.filter((p) => !storedIds.has(p.note.id));
  const list = waiting.length === 0 ? stored : [...stored, ...waiting.map((p) => p.note)];
  const saving = new Set(waiting.filter((p) => !p.stored).map((p) => p.note.id));
  const add = async (input: NewNote) => {
    const note = draftNote(workshop.id, qid, input);
    setPending((ps) => [...ps, { note, stored: false }]);
    const r = await storeNote(note);
    setPending((ps) => (r.ok ? ps.map((p) => (p.note.id === note.id ? { ...p, stored: true } : p)) : ps.filter((p) => p.note.id !== note.id)));
    // The count changes with every note, so two notes in a row are both announced.
    if (r.ok) setAnnounced(t('workshop:notes.added', { count: list.length + 1, kind: t(`workshop:kinds.${note.kind}`), speaker: speakerLabel(note.speaker, participants) }));
    return r;
  };
  const state = states.get(qid);
  const headingId = `q-${qid}`;
  // While notes are being added, the newest stays in view above the composer (on the poster
  // inside its column; in the list the page scrolls), so the focused field is never off screen.
  useEffect(() => {
    if (composing) region.current?.querySelector('.composer')?.scrollIntoView({ block: 'nearest' });
  }, [list.length]);
  // On the poster the column widens when the composer opens; once it has, the field is brought
  // wholly into the column's view (the page itself never scrolls).
  useEffect(() => {
    if (!composing || !board) return undefined;
    const frame = requestAnimationFrame(() => region.current?.querySelector('.composer textarea')?.scrollIntoView({ block: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [composing, board]);
  const status = <QuestionStatus questionId={qid} state={state} label={question.text[lang]} compact={board} />;
  const counts = NOTE_KINDS.map((k) => [k, list.filter((n) => n.kind === k).length] as const).filter(([, n]) => n > 0);

  // On the poster the question's number, status and "why" share the column's foot with "+ Notitie",
  // below its post-its, so the post-its start right under the question.
  const top = (
    <div class="question__top">
      <p class="question__number">
        {board ? (
          <>
            <span aria-hidden="true">
              {number}/{of}
            </span>
            <span class="visually-hidden">{t('workshop:question.number', { number, of })}</span>
          </>
        ) : (
          t('workshop:question.number', { number, of })
        )}
      </p>
      {board && status}
      <div class="hint">
        <Button appearance="subtle" aria-expanded={hint} aria-label={board ? t('workshop:hint.why') : undefined} onClick={() => setHint(!hint)}>
          {board ? (
            <span aria-hidden="true">?</span>
          ) : (
            <>
              <span aria-hidden="true">{hint ? '▾' : '▸'}</span> {t('workshop:hint.why')}
            </>
          )}
        </Button>
      </div>
    </div>
  );
  const addNote = !composing && (
    <Button
      appearance="primary"
      class="add-note"
      onClick={() => setComposing(true)}
      aria-label={t(waitingDraft ? 'workshop:notes.draftLabel' : 'workshop:notes.newLabel', { question: question.text[lang] })}
    >
      <span aria-hidden="true">+</span> <span class="add-note__word">{t(waitingDraft ? 'workshop:notes.draft' : 'workshop:notes.new')}</span>
    </Button>
  );

  return (
    <article
      class={`question question--${state?.status ?? 'open'}${composing ? ' question--composing' : ''}`}
      aria-labelledby={headingId}
      id={`vraag-${qid}`}
      ref={card}
      style={board ? { '--weight': columnWeight(list.length, composing) } : undefined}
    >
      {!board && top}
      {!board && hint && <p class="hint__text">{question.hint[lang]}</p>}
      <h3 class={`question__text${board && !whole ? ' question__text--clamped' : ''}`} id={headingId}>
        {board ? (
          <button type="button" class="question__whole" aria-expanded={whole} onClick={() => setWhole(!whole)}>
            {question.text[lang]}
          </button>
        ) : (
          question.text[lang]
        )}
      </h3>
      {!board && status}
      <div class="question__notes">
        <h4 class="visually-hidden">{t('workshop:notes.heading', { count: list.length })}</h4>
        <div
          class="question__scroll"
          ref={region}
          role={board ? 'region' : undefined}
          aria-label={board ? t('workshop:board.notesRegion', { number, count: list.length }) : undefined}
          tabIndex={board ? 0 : undefined}
        >
          {counts.length > 0 && (
            <p class="question__counts">
              {counts.map(([k, n]) => (
                <span key={k} class={`count count--${k}`}>
                  {t(`workshop:kinds.${k}`)}: {n}
                </span>
              ))}
            </p>
          )}
          {list.length > 0 && (
            <ul class="notes">
              {list.map((n) => (
                <NoteCard key={n.id} note={n} saving={saving.has(n.id)} />
              ))}
            </ul>
          )}
          {composing && <NoteComposer questionId={qid} onAdd={add} onClose={close} />}
        </div>
        {!board && addNote}
        <p class="visually-hidden" role="status">
          {announced}
        </p>
      </div>
      {board && hint && <p class="hint__text">{question.hint[lang]}</p>}
      {board && (
        <div class="question__foot">
          {addNote}
          {top}
        </div>
      )}
    </article>
  );
}
