// Why: the table poster is planned from what is on it (poster-layout.ts), so the screen has to
// tell the planner two things it cannot know by itself: how large the poster's box is now (it
// changes when the tablet turns or a strip wraps) and how wide each post-it's words are at poster
// size (and each question's words at question size). The box is watched with a ResizeObserver,
// the words measured once each on a canvas in the page's own font.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Note } from '../../../domain/note';
import { planPoster, textWidth, type NoteShape, type NotesShape, type PosterPlan, type QuestionShape, type QuestionText } from './poster-layout';

const widths = new Map<string, number>();
let canvas: CanvasRenderingContext2D | null | undefined;
/** The page's font family, read once: reading it per word made the browser recompute styles mid-render. */
let family: string | undefined;
let lastFont = '';
// Read while the browser is idle, before a board opens: the first read makes it compute the page's
// styles, which it would otherwise do in the middle of planning the board.
if (typeof document !== 'undefined' && typeof requestIdleCallback === 'function') requestIdleCallback(() => void (family ??= getComputedStyle(document.body).fontFamily), { timeout: 2000 });

/** The width in px of `text` in the page's font at `font` (e.g. "400 32px"); a rough figure without a canvas. */
function measure(text: string, font: string): number {
  const key = `${font}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  if (canvas === undefined) canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const size = parseFloat(font.split(' ')[1] ?? '32');
  let w = text.length * size * 0.52;
  if (canvas) {
    family ??= getComputedStyle(document.body).fontFamily;
    const full = `${font} ${family}`;
    // Setting the font parses it again, even when it is the same.
    if (full !== lastFont) canvas.font = lastFont = full;
    w = canvas.measureText(text).width;
  }
  widths.set(key, w);
  return w;
}

/**
 * The last shape made for each note, with what it was made from: a board of hundreds of notes
 * asks again for every note at each added one, and a note that did not change keeps its shape
 * (the same object, so the board can tell at a glance that nothing changed).
 */
const shapes = new Map<string, { readonly text: string; readonly kindWord: string; readonly speaker: boolean; readonly shape: NoteShape }>();
const MAX_SHAPES = 5000;

/** How the planner sees a note: its words (all, and each) at 32 px, its kind word at 18 px bold in capitals. */
export function noteShape(note: Note, kindWord: string): NoteShape {
  const speaker = note.speaker.kind !== 'group' || note.via === 'contribution';
  const known = shapes.get(note.id);
  if (known && known.text === note.text && known.kindWord === kindWord && known.speaker === speaker) return known.shape;
  const shape = measureNote(note.text, kindWord, speaker);
  // Bounded: a facilitator who opens one full board after another does not keep them all.
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(note.id, { text: note.text, kindWord, speaker, shape });
  return shape;
}

function measureNote(text: string, kindWord: string, speaker: boolean): NoteShape {
  const kind = measure(kindWord.toUpperCase(), '700 18px') + kindWord.length * 0.72 + 16;
  const words = text.split(/\s+/).filter((w) => w !== '').map((w) => measure(w, '400 32px'));
  const space = measure(' ', '400 32px');
  // The whole text's width as its words and spaces on one line: measuring each note's whole text
  // too (never the same twice) was most of the canvas's time when a board of hundreds opened.
  return { text: textWidth({ words, space }), words, space, kind, speaker };
}

/** Whether two reports of a question's notes are the same: the same shapes (objects) in the same order. */
export function sameNotesShape(a: NotesShape | undefined, b: NotesShape): boolean {
  return a !== undefined && a.reason === b.reason && a.notes.length === b.notes.length && a.notes.every((n, i) => n === b.notes[i]);
}

/** How the planner sees a question's words: each word's width at 36 px bold, and a space's. */
export function questionText(text: string): QuestionText {
  // The same object for the same question, so what the planner found for it is found again.
  const known = questionTexts.get(text);
  if (known) return known;
  const found = measureQuestion(text);
  questionTexts.set(text, found);
  return found;
}
const questionTexts = new Map<string, QuestionText>();

function measureQuestion(text: string): QuestionText {
  const words = text.split(/\s+/).filter((w) => w !== '');
  return { words: words.map((w) => measure(w, '700 36px')), space: measure(' ', '700 36px') };
}

/** The poster's box (watched) and the plan for the questions' shapes in it. */
export function usePosterPlan(shapes: readonly QuestionShape[], on: boolean): { ref: (el: HTMLElement | null) => void; plan: PosterPlan | null } {
  const [box, setBox] = useState<{ width: number; height: number } | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((el: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el || typeof ResizeObserver !== 'function') return;
    observer.current = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      setBox((b) => (b && Math.abs(b.width - width) < 1 && Math.abs(b.height - height) < 1 ? b : { width, height }));
    });
    observer.current.observe(el);
  }, []);
  useEffect(() => () => observer.current?.disconnect(), []);
  // `shapes` keeps its identity while nothing on the poster changed (TopicStep memoises it; a note's
  // shape is the same object while the note is the same): no need to compare hundreds of them.
  const plan = useMemo(() => (on && box && box.width > 0 && box.height > 0 ? planPoster(shapes, box) : null), [on, box?.width, box?.height, shapes]);
  return { ref, plan };
}
