// Why: one question on the topic board: the question itself in large type, why it is asked
// (for the facilitator, on request), its status, its notes, and the one-tap way to add one.
// Each added note is announced politely, so a screen reader hears what was credited to whom.
// On the table poster (`board`) the card is one cell of the planned poster (its place comes from
// the board): a head (the question in the one to three lines the plan gives it, cut there with
// an ellipsis, whole on a tap and always whole for a screen reader; "+", status and "why" beside
// it or under it), then its post-its as tiles in one to three
// columns inside a labelled scroll region of their own, so a question with more notes than
// fit scrolls by itself and the page never does. The composer opens as a sheet over the poster's
// foot (or its head, for a question in the lower half), so writing takes no room from the post-its; the card reports its notes' shapes to the plan.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PackQuestion } from '../../../content/pack-types';
import type { QuestionId } from '../../../domain/ids';
import { NOTE_KINDS, type Note } from '../../../domain/note';
import { useT } from '../../../i18n/use-t';
import { readDraft } from '../../../storage/drafts';
import { draftNote, storeNote, type NewNote } from '../../../storage/notes-repo';
import { Button } from '../../../ui/Button';
import { speakerLabel } from '../../shared/labels';
import { useNotes } from '../use-workshop-data';
import { useWorkshopData } from '../workshop-context';
import { NoteCard } from './NoteCard';
import { composerDraftKey, NoteComposer } from './NoteComposer';
import { ROUGH_NOTES, type HeadPlan, type NotesShape, type PosterRect } from './poster-layout';
import { noteShape } from './use-poster-plan';
import { QuestionStatus } from './QuestionStatus';

interface Props {
  readonly question: PackQuestion;
  readonly number: number;
  readonly of: number;
  readonly board?: boolean;
  /** On the planned poster: where the card goes and in how many tile columns its notes run. */
  readonly cell?: { readonly rect: PosterRect; readonly tiles: number; readonly head: HeadPlan } | undefined;
  readonly onShape?: ((questionId: string, shape: NotesShape) => void) | undefined;
}

export function QuestionCard({ question, number, of, board = false, cell, onShape }: Props) {
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
  // On the poster the sheet docks at the foot, or at the head of the screen when this question
  // stands in its lower half: the question written to, and its newest post-its, stay in view.
  const [top, setTop] = useState(false);
  useLayoutEffect(() => {
    if (!composing || !board || !card.current) return;
    const r = card.current.getBoundingClientRect();
    setTop(r.top + Math.min(r.height, 200) / 2 > innerHeight / 2);
  }, [composing, board]);
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
  const reasonShown = state?.status === 'parked' || state?.status === 'not-applicable';
  // Reported when the notes change, not at every render (on a board of hundreds this ran at each),
  // and a note once it is stored: re-planning the poster takes the main thread for some tens of
  // milliseconds on a full board, and the write's own steps waited behind it. Until then the new
  // post-it stands in its question's region as the plan left it.
  const kindWords = useMemo(() => Object.fromEntries(NOTE_KINDS.map((k) => [k, t(`workshop:kinds.${k}`)])), [lang]);
  useEffect(() => {
    if (onShape && notes.status === 'ready') onShape(qid, { notes: list.filter((n) => !saving.has(n.id)).map((n) => noteShape(n, kindWords[n.kind] ?? n.kind)), reason: reasonShown });
  }, [onShape, notes, pending, reasonShown, kindWords]);
  // While notes are being added, the newest stays in view: in the list the composer under it;
  // on the poster the last post-it, above the sheet (the region keeps that much room at its foot).
  useEffect(() => {
    if (!composing) return undefined;
    if (!board) {
      region.current?.querySelector('.composer')?.scrollIntoView({ block: 'nearest' });
      return undefined;
    }
    if (top) return undefined;
    // After the sheet has its size: the region scrolls by itself (never the page) until the last
    // post-it's foot is above the sheet's top.
    const frame = requestAnimationFrame(() => {
      const scroller = region.current;
      const last = scroller?.querySelector('.note:last-child');
      const sheetTop = card.current?.querySelector('.composer--sheet')?.getBoundingClientRect().top;
      if (!scroller || !last || sheetTop === undefined) return;
      const below = last.getBoundingClientRect().bottom - Math.min(sheetTop, scroller.getBoundingClientRect().bottom);
      if (below > 0) scroller.scrollTop += below + 4;
    });
    return () => cancelAnimationFrame(frame);
  }, [list.length, composing, top]);
  const status = <QuestionStatus questionId={qid} state={state} label={question.text[lang]} compact={board} />;
  const counts = NOTE_KINDS.map((k) => [k, list.filter((n) => n.kind === k).length] as const).filter(([, n]) => n > 0);

  const number_ = board ? <p class="visually-hidden">{t('workshop:question.number', { number, of })}</p> : <p class="question__number">{t('workshop:question.number', { number, of })}</p>;
  // In the list "why" is a toggle of its own; on the poster the question's own tap shows it with
  // the whole question, which leaves the head's first line 48 px more for the question's words.
  const why = (
    <div class="hint">
      <Button appearance="subtle" aria-expanded={hint} onClick={() => setHint(!hint)}>
        <span aria-hidden="true">{hint ? '▾' : '▸'}</span> {t('workshop:hint.why')}
      </Button>
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
  const heading = (
    <h3 class={`question__text${board && !whole ? ' question__text--clamped' : ''}${board && !whole && cell && cell.head.shown < 1 ? ' question__text--cut' : ''}`} id={headingId}>
      {board ? (
        <button type="button" class="question__whole" aria-expanded={whole} aria-describedby={`${headingId}-tap`} onClick={() => setWhole(!whole)}>
          <span class="question__words">{question.text[lang]}</span>
        </button>
      ) : (
        question.text[lang]
      )}
    </h3>
  );
  const composer = composing && <NoteComposer questionId={qid} onAdd={add} onClose={close} sheet={board ? t('workshop:notes.sheetFor', { number, question: question.text[lang] }) : undefined} top={board && top} />;
  const r = board ? cell?.rect : undefined;
  const head = board ? cell?.head : undefined;
  const place = r ? { position: 'absolute', left: `${r.x}px`, top: `${r.y}px`, width: `${r.width}px`, height: `${r.height}px`, '--tiles': cell!.tiles, '--lines': head?.lines ?? 1, '--cut': `${head?.cut ?? 0}px` } : undefined;

  return (
    <article
      class={`question question--${state?.status ?? 'open'}${composing ? ` question--composing${board && top ? ' question--sheet-top' : ''}` : ''}`}
      aria-labelledby={headingId}
      id={`vraag-${qid}`}
      ref={card}
      style={place}
    >
      {board ? (
        // The question in the lines the plan gives it (cut there, whole on a tap), then "+", its
        // status and "why" at the end of its first line (the words flowing on under them) or on
        // a line of their own.
        <div class={`question__head${head?.side ? ` question__head--side${head.lines === 1 ? ' question__head--one' : ''}` : ''}`}>
          {number_}
          {heading}
          {/* Outside the heading, so its name stays the question. */}
          <span class="visually-hidden" id={`${headingId}-tap`}>
            {t('workshop:board.wholeAndWhy')}
          </span>
          <div class="question__controls">
            {addNote}
            {status}
          </div>
        </div>
      ) : (
        <>
          <div class="question__top">
            {number_}
            {why}
          </div>
          {hint && <p class="hint__text">{question.hint[lang]}</p>}
          {heading}
          {status}
        </>
      )}
      {board && whole && <p class="hint__text">{question.hint[lang]}</p>}
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
            // Past a screenful, the tiles run in rows instead of balanced columns: balancing a
            // hundred tiles laid the region out again and again at each note added.
            <ul class={`notes${list.length > ROUGH_NOTES ? ' notes--many' : ''}`}>
              {list.map((n) => (
                <NoteCard key={n.id} note={n} saving={saving.has(n.id)} />
              ))}
            </ul>
          )}
          {!board && composer}
        </div>
        {!board && addNote}
        <p class="visually-hidden" role="status">
          {announced}
        </p>
      </div>
      {board && composer}
    </article>
  );
}
