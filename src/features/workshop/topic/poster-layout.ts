// Why: a topic on the table poster must show all its post-its at once (twelve realistic ones at
// 32 px on a 768 px tablet) without smaller type, and no single fixed arrangement does that:
// four equal columns waste the height of an empty question, a 2 by 2 grid wastes the width of a
// busy one. This plans the poster from what is on it: the questions in reading order, split into
// columns (landscape) or rows (portrait) where a quiet question may share a column or row with
// its neighbour, each question's share sized by the post-its it holds, and its post-its in one,
// two or three tile columns, whichever is shortest. The question itself must read from across
// the table too, so its head is part of the plan: its words in as many lines (up to three, whole
// where that fits) as its cell leaves beside its post-its. It tries every order-keeping split,
// estimates each question's height from its words' and its notes' text widths, and keeps the plan
// with the least overflow, then the one whose least legible question shows most of its first words.
// Pure: the screen passes the measured box and text widths; tests pass their own.

/** One post-it as the planner sees it: widths in px at poster size (text 32 px, kind word 18 px). */
export interface NoteShape {
  readonly text: number;
  /** Each word's width and a space's, where the screen measured them: the tile is then wrapped
   * word by word around its kind word and "more", as the browser does; else estimated from `text`. */
  readonly words?: readonly number[];
  readonly space?: number;
  readonly kind: number;
  /** Whether a speaker line shows under the text (it does not for "De groep"). */
  readonly speaker: boolean;
}

/** How many first words of a question make it recognisable across the table. */
export const LEAD_WORDS = 6;

/** A question's own words at poster size (36 px bold): each word's width in px, and a space's. */
export interface QuestionText {
  readonly words: readonly number[];
  readonly space: number;
}

/** One question: its words, its post-its, and whether a reason field shows under its status. */
export interface QuestionShape {
  readonly text: QuestionText;
  readonly notes: readonly NoteShape[];
  readonly reason: boolean;
}

/** What a question's card knows of it: its post-its and its reason field. */
export type NotesShape = Omit<QuestionShape, 'text'>;

/** How a question's head is drawn: its words in `lines` lines (cut there, whole on a tap), the
 * controls (+ and status) at the end of its first line, the words flowing on under them
 * (`side`), or on a line under them. */
export interface HeadPlan {
  readonly lines: number;
  readonly side: boolean;
  /** How many of the question's first words are in view (all: the question is whole). */
  readonly words: number;
  /** The share of the question's words in view (1: all of them). */
  readonly shown: number;
  /** Where on its last line the words in view end (px from the line's start; 0 where none of
   * them is on it): a cut question's ellipsis covers the line from there, so no part of a letter
   * after the last whole word shows. */
  readonly cut: number;
}

export type PosterDirection = 'columns' | 'rows';

export interface PosterPlan {
  /** `columns`: groups side by side, questions of a group stacked; `rows`: the other way round. */
  readonly direction: PosterDirection;
  /** The questions (indices, in order) of each group. */
  readonly groups: readonly (readonly number[])[];
  /** Each group's size along the direction (px). */
  readonly outer: readonly number[];
  /** Each question's size across it, within its group (px). */
  readonly inner: readonly (readonly number[])[];
  /** Tile columns per question. */
  readonly tiles: readonly number[];
  /** Each question's head. */
  readonly heads: readonly HeadPlan[];
  /** Where each question goes in the poster's box (px from its top left). */
  readonly rects: readonly PosterRect[];
  /** Estimated px of post-its that would not be in view (0: everything fits). */
  readonly overflow: number;
}

export interface PosterRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The poster's measures in px (board.css keeps the same figures). */
export const POSTER = {
  gap: 4,
  /** Padding and border of a question, each side on average: a 6 px edge and 4 px padding at its
   * start, 4 px padding and a 1 px border at its end (the planner took 6 and 6: every question's
   * words were planned 3 px wider than the screen draws them). */
  cellPad: 7.5,
  /** What a question takes in height besides its head and post-its: borders 1 + 1, padding 2 + 2,
   * the gap under the head 2, the region's padding 1 + 1 (its last post-it has no margin). */
  cellAlong: 10,
  tileGap: 3,
  line: 34.56,
  /** Tile padding and border, across and along. */
  tileAcross: 22,
  tileAlong: 4,
  speaker: 22,
  /** The first line of a tile also holds the kind word (with its margin) and "more". */
  firstLine: 58,
  /** "More" with its margins (44 px wide, 4 px from the text, 6 px into the padding), and the kind word's margin. */
  more: 42,
  kindMargin: 6,
  /** Where the first word does not fit beside the kind word, the text starts under it. */
  kindBand: 31,
  /** What a measured line of a tile keeps spare (the canvas and the page round apart). */
  tileSlack: 4,
  /** Room lost to words that wrap whole, per line. */
  wrapWaste: 36,
  /** A line of the question (36 px, line height 1.1), and (for a rough weight) what wrapping loses of it. */
  questionLine: 39.6,
  questionWrap: 64,
  /** The ellipsis that ends a question cut short, with some room to spare. */
  ellipsis: 48,
  /** The question's lines when it does not fit whole (more only where its first words need them). */
  questionLines: 3,
  /** The head's controls (+ 48 and status 112, 4 px apart; "why" is shown with the whole question
   * on its tap) and the gap to the question beside or above them. */
  controls: 164,
  controlsHeight: 44,
  headGap: 4,
  /** The controls go beside the question only where it keeps this much line. */
  sideText: 100,
  reason: 112,
  minWidth: 280,
  minTile: 260,
  minHeight: 72,
} as const;

/** Lines and height of one tile `width` px wide. Not kept: wrapping a post-it's words again costs
 * less than looking up what it gave before (a plan asks this tens of thousands of times). */
export function tileHeight(note: NoteShape, width: number): number {
  return tileHeightAt(note, width);
}

function tileHeightAt(note: NoteShape, width: number): number {
  const speaker = note.speaker ? POSTER.speaker : 0;
  if (note.words && note.words.length > 0) {
    // Word by word, as the browser wraps: the first line beside the kind word and "more".
    const inner = width - POSTER.tileAcross - POSTER.tileSlack;
    const first = inner - note.kind - POSTER.kindMargin - POSTER.more;
    const space = note.space ?? 0;
    if (first >= (note.words[0] ?? 0)) return linesOf(note.words, space, inner, first) * POSTER.line + POSTER.tileAlong + speaker;
    return POSTER.kindBand + linesOf(note.words, space, inner, inner) * POSTER.line + POSTER.tileAlong + speaker;
  }
  const usable = width - POSTER.tileAcross - POSTER.wrapWaste;
  const need = note.text + note.kind + POSTER.firstLine;
  const lines = Math.max(1, Math.ceil(need / Math.max(usable, 1)));
  return lines * POSTER.line + POSTER.tileAlong + speaker;
}

/** The height of `heights` in `k` balanced columns, kept in order (as CSS columns fill). */
export function balanced(heights: readonly number[], k: number): number {
  const n = heights.length;
  if (n === 0) return 0;
  const c = Math.min(k, n);
  const total = heights.reduce((a, b) => a + b, 0) + (n - 1) * POSTER.tileGap;
  // A board far past one screen scrolls anyway: a rough figure will do there.
  if (c === 1 || n > ROUGH_NOTES) return c === 1 ? total : total / c + Math.max(...heights);
  const prefix = [0];
  for (const h of heights) prefix.push(prefix[prefix.length - 1]! + h);
  const sum = (from: number, to: number) => prefix[to]! - prefix[from]! + (to - from - 1) * POSTER.tileGap;
  // best[c][i]: the lowest height of the first i tiles in c columns.
  let best = Array.from({ length: n + 1 }, (_, i) => (i === 0 ? 0 : sum(0, i)));
  for (let cols = 2; cols <= c; cols++) {
    const next = best.slice();
    for (let i = cols; i <= n; i++) {
      let low = Infinity;
      for (let j = cols - 1; j < i; j++) low = Math.min(low, Math.max(best[j]!, sum(j, i)));
      next[i] = low;
    }
    best = next;
  }
  return best[n]!;
}

/** The width of all of a question's words on one line. */
export function textWidth(text: QuestionText): number {
  return text.words.reduce((a, w) => a + w, 0) + Math.max(0, text.words.length - 1) * text.space;
}

/**
 * How a question wraps on lines `line` px long (the first `first` px long, where something stands
 * at its end), as the browser wraps it: word by word, a word that does not fit on the line going
 * to the next whole, one longer than a line broken over lines. For each word the line it ends on
 * (from 0) and where it ends on it; and the lines.
 */
export function wrapWords(text: QuestionText, line: number, first = line): { ends: { line: number; right: number }[]; lines: number } {
  const ends: { line: number; right: number }[] = [];
  return { ends, lines: linesOf(text.words, text.space, line, first, ends) };
}

/**
 * Only the number of lines `wrapWords` finds, without keeping where each word ends: a plan asks
 * this for every post-it at every width it tries (tens of thousands of times for a board of 400),
 * and the arrays `wrapWords` builds were most of the garbage of opening one.
 */
export function wrapLines(text: QuestionText, line: number, first = line): number {
  return linesOf(text.words, text.space, line, first);
}

/** The wrapping itself, once for both: the lines, and where each word ends if `ends` is given. */
function linesOf(words: readonly number[], space: number, line: number, first: number, ends?: { line: number; right: number }[]): number {
  let at = 0;
  let x = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (x > 0 && x + space + w <= (at === 0 ? first : line)) x += space + w;
    else if (x === 0 && at === 0 && w <= first) x = w;
    else {
      // The next line; a word that does not fit even the short first line starts on the second.
      if (x > 0 || (at === 0 && first < line)) at++;
      const over = Math.max(0, Math.ceil(w / Math.max(line, 1)) - 1);
      at += over;
      x = w - over * line;
    }
    ends?.push({ line: at, right: x });
  }
  return at + 1;
}

/** The lines a question takes on lines `line` px long (the first `first` px). */
export function questionLines(text: QuestionText, line: number, first = line): number {
  return wrapLines(text, line, first);
}

/** What of a question is in view in `lines` lines `line` px long (the first `first` px): its first
 * words wholly in view (on a last line that is cut, clear of the ellipsis) and their share of all its words. */
export function wordsInView(text: QuestionText, lines: number, line: number, first = line): { words: number; shown: number; cut: number } {
  return inView(text, wrapWords(text, line, first), lines, line, first);
}

/** `wordsInView` for a wrap already made: a head is tried at every number of lines of the same wrap. */
function inView(text: QuestionText, wrap: ReturnType<typeof wrapWords>, lines: number, line: number, first: number): { words: number; shown: number; cut: number } {
  if (lines >= wrap.lines) return { words: text.words.length, shown: 1, cut: 0 };
  let words = 0;
  while (words < text.words.length) {
    const end = wrap.ends[words]!;
    const long = end.line === 0 ? first : line;
    if (end.line > lines - 1 || (end.line === lines - 1 && end.right > long - POSTER.ellipsis)) break;
    words++;
  }
  const seen = text.words.slice(0, words).reduce((a, w) => a + w + text.space, 0);
  const last = words > 0 ? wrap.ends[words - 1]! : undefined;
  return { words, shown: Math.min(1, seen / Math.max(textWidth(text), 1)), cut: last && last.line === lines - 1 ? last.right : 0 };
}

/**
 * The ways to draw a question's head `inside` px wide, each with its height: the controls under
 * the question or (where its first line stays long enough) at the end of its first line, the
 * words flowing on under them, in one line up to the lines of the whole question (at most
 * `questionLines`, or the lines its first words need if that is more).
 */
export function headOptions(text: QuestionText, inside: number, reason = false): readonly (HeadPlan & { height: number })[] {
  let known = headsKnown.get(text);
  if (!known) headsKnown.set(text, (known = new Map()));
  const key = `${inside}|${reason}`;
  const seen = known.get(key);
  if (seen) return seen;
  const found = headOptionsAt(text, inside, reason);
  known.set(key, found);
  return found;
}
/** What `headOptions` found for a question's words at a width: the same question is asked at every plan. */
const headsKnown = new WeakMap<QuestionText, Map<string, readonly (HeadPlan & { height: number })[]>>();

function headOptionsAt(text: QuestionText, inside: number, reason: boolean): (HeadPlan & { height: number })[] {
  const out: (HeadPlan & { height: number })[] = [];
  for (const side of [false, true]) {
    const line = inside;
    const first = side ? inside - POSTER.controls - POSTER.headGap : inside;
    // A reason field takes the whole width under the status, so its controls stay under the question.
    if (side && (reason || first < POSTER.sideText)) continue;
    const wrap = wrapWords(text, line, first);
    const whole = wrap.lines;
    let before = 0;
    for (let lines = 1; lines <= whole; lines++) {
      const seen = inView(text, wrap, lines, line, first);
      // More than `questionLines` only while its first words still need them.
      if (lines > POSTER.questionLines && lines > 1 && before >= LEAD_WORDS) break;
      before = seen.words;
      // The question is a 44 px target even on one line.
      const px = Math.max(lines * POSTER.questionLine, POSTER.controlsHeight);
      const height = side ? Math.max(px, POSTER.controlsHeight) : px + POSTER.headGap + POSTER.controlsHeight;
      out.push({ lines, side, ...seen, height });
    }
  }
  return out;
}

/** How legible a head is: its first words in view, up to `LEAD_WORDS` (a whole question counts as that many). */
export function legible(h: HeadPlan): number {
  return h.shown >= 1 ? LEAD_WORDS : Math.min(h.words, LEAD_WORDS);
}

/** Orders heads: more first words (up to `LEAD_WORDS`), then more of the question, then lower. */
function clearer(a: HeadPlan & { height: number }, b: HeadPlan & { height: number }): boolean {
  const wa = legible(a);
  const wb = legible(b);
  if (wa !== wb) return wa > wb;
  if (Math.abs(a.shown - b.shown) > 0.001) return a.shown > b.shown;
  return a.height < b.height;
}

/**
 * The height a question needs at `width`, the tile columns that give it, and its head: of the
 * heads that leave its post-its room in `height` px, the clearest (most first words, then most
 * of the question, then the lowest); where none does, the lowest.
 */
export function questionNeed(q: QuestionShape, width: number, height = Infinity): { height: number; tiles: number; head: HeadPlan } {
  const inside = width - 2 * POSTER.cellPad;
  const notes = notesNeed(q, inside);
  const fixed = notes.height + POSTER.cellAlong + (q.reason ? POSTER.reason : 0);
  const options = headOptions(q.text, inside, q.reason);
  const fits = options.filter((o) => fixed + o.height <= height + 0.5);
  const pick = fits.length > 0 ? fits.reduce((a, b) => (clearer(b, a) ? b : a)) : options.reduce((a, b) => (b.height < a.height ? b : a));
  return { height: fixed + pick.height, tiles: notes.tiles, head: { lines: pick.lines, side: pick.side, words: pick.words, shown: pick.shown, cut: pick.cut } };
}

/** Past this many post-its a question's height is a rough figure (see `balanced`), found on a coarser grid of widths. */
export const ROUGH_NOTES = 24;
const ROUGH_STEP = 16;

/** What `notesNeed` found for a question at a width (whole px): a plan asks the same many times. */
const notesKnown = new WeakMap<QuestionShape, Map<number, { height: number; tiles: number }>>();

/** The post-its' height `inside` px wide (taken to the px below), in the tile columns that make it lowest. */
export function notesNeed(q: QuestionShape, inside: number): { height: number; tiles: number } {
  // A question with more post-its than a screen holds scrolls anyway: its need is found on a
  // grid of ROUGH_STEP px (taken narrower, so never less than it needs), not at every px: its
  // hundreds of post-its were wrapped again at each width a plan tried, some 0.5 s for a board of 400.
  const px = q.notes.length > ROUGH_NOTES ? Math.floor(inside / ROUGH_STEP) * ROUGH_STEP : Math.floor(inside);
  let known = notesKnown.get(q);
  if (!known) notesKnown.set(q, (known = new Map()));
  const seen = known.get(px);
  if (seen) return seen;
  const found = notesAt(q, px);
  known.set(px, found);
  return found;
}

function notesAt(q: QuestionShape, inside: number): { height: number; tiles: number } {
  let found = { height: Infinity, tiles: 1 };
  const most = Math.max(1, Math.min(3, q.notes.length, Math.floor((inside + POSTER.tileGap) / (POSTER.minTile + POSTER.tileGap))));
  for (let k = 1; k <= most; k++) {
    const w = (inside - (k - 1) * POSTER.tileGap) / k;
    const h = balanced(q.notes.map((n) => tileHeight(n, w)), k);
    if (h < found.height) found = { height: h, tiles: k };
  }
  return found;
}

/** Splits `total` px over `weights`, none below `min` (unless there is not room for that). */
export function share(total: number, weights: readonly number[], min: number): number[] {
  const n = weights.length;
  const room = total - (n - 1) * POSTER.gap;
  if (room <= n * min) return weights.map(() => room / n);
  const fixed = new Set<number>();
  for (;;) {
    const free = room - fixed.size * min;
    const weight = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    const sizes = weights.map((w, i) => (fixed.has(i) ? min : weight > 0 ? (free * w) / weight : free / (n - fixed.size)));
    const under = sizes.findIndex((s, i) => !fixed.has(i) && s < min);
    if (under < 0) return sizes;
    fixed.add(under);
  }
}

/** Every way to cut `n` questions into consecutive groups. */
function splits(n: number): number[][][] {
  const out: number[][][] = [];
  for (let mask = 0; mask < 1 << Math.max(n - 1, 0); mask++) {
    const groups: number[][] = [[0]];
    for (let i = 1; i < n; i++) {
      if (mask & (1 << (i - 1))) groups.push([i]);
      else groups[groups.length - 1]!.push(i);
    }
    out.push(groups);
  }
  return out;
}

/** A rough area a question asks for: its controls, its words (up to three lines of a column, counted by `words`: plans try more and less) and its post-its on one long line. */
function weight(q: QuestionShape, words: number): number {
  // The same for a question at every plan tried (and, while it is unchanged, at every re-plan).
  let parts = weights.get(q);
  if (!parts) {
    const notes = q.notes.reduce((a, n) => a + (n.text + n.kind + POSTER.firstLine + POSTER.wrapWaste * 2) * POSTER.line * 1.1 + (n.speaker ? POSTER.speaker * 300 : 0), 0);
    const head = Math.min(textWidth(q.text) + 2 * POSTER.questionWrap, 3 * 300) * POSTER.questionLine;
    weights.set(q, (parts = { base: 300 * (POSTER.controlsHeight + (q.reason ? POSTER.reason : 0)), notes, head }));
  }
  return parts.base + words * parts.head + parts.notes;
}
const weights = new WeakMap<QuestionShape, { readonly base: number; readonly notes: number; readonly head: number }>();

/** Sizes shared by weight: each question's rough area (`weight`), flattened by `power`. */
function byWeight(qs: readonly QuestionShape[], box: { width: number; height: number }, direction: PosterDirection, groups: number[][], power: number, words: number): { outer: number[]; inner: number[][] } {
  const along = direction === 'columns' ? box.width : box.height;
  const across = direction === 'columns' ? box.height : box.width;
  const w = qs.map((q) => weight(q, words) ** power);
  const outer = share(along, groups.map((g) => g.reduce((a, i) => a + w[i]!, 0)), direction === 'columns' ? POSTER.minWidth : POSTER.minHeight);
  const inner = groups.map((g) => share(across, g.map((i) => w[i]!), direction === 'columns' ? POSTER.minHeight : POSTER.minWidth));
  return { outer, inner };
}

/** The widths the sizing by need tries a question at (px, from the narrowest a question may be). */
const STEP = 16;

/**
 * For each question, for each width on a grid of `STEP` px, the least height that shows its
 * first `level` words (0..LEAD_WORDS) with all its post-its in view (Infinity where none does).
 */
function needTable(qs: readonly QuestionShape[], widest: number): number[][][] {
  const widths = Math.max(1, Math.floor((widest - POSTER.minWidth) / STEP) + 1);
  return qs.map((q) =>
    Array.from({ length: widths }, (_, k) => {
      const inside = POSTER.minWidth + k * STEP - 2 * POSTER.cellPad;
      const fixed = notesNeed(q, inside).height + POSTER.cellAlong + (q.reason ? POSTER.reason : 0);
      const heads = headOptions(q.text, inside, q.reason);
      return Array.from({ length: LEAD_WORDS + 1 }, (_, level) => {
        const low = heads.filter((h) => legible(h) >= level).reduce((a, h) => Math.min(a, h.height), Infinity);
        return fixed + low;
      });
    }),
  );
}

/** Every way to cut `steps` into `parts` positive parts. */
function compositions(steps: number, parts: number): number[][] {
  if (parts === 1) return [[steps]];
  const out: number[][] = [];
  for (let first = 1; first <= steps - parts + 1; first++) for (const rest of compositions(steps - first, parts - 1)) out.push([first, ...rest]);
  return out;
}

/**
 * Sizes found from need rather than weight: the groups' sizes along the direction tried on a
 * grid, and in each group every question given what it needs to show its first `level` words
 * (at its width, in columns; the least width that does it at the row's height, in rows), the room
 * left over shared by that need. Of the ways that fit, the one with most room left over; none
 * where none fits.
 */
function byNeed(table: number[][][], box: { width: number; height: number }, direction: PosterDirection, groups: number[][], level: number): { outer: number[]; inner: number[][] } | null {
  const along = direction === 'columns' ? box.width : box.height;
  const across = direction === 'columns' ? box.height : box.width;
  const room = along - (groups.length - 1) * POSTER.gap;
  const steps = 12;
  const at = (qi: number, width: number) => table[qi]![Math.min(table[qi]!.length - 1, Math.floor((width - POSTER.minWidth) / STEP))]![level]!;
  let best: { outer: number[]; inner: number[][]; spare: number } | null = null;
  for (const parts of compositions(steps, groups.length)) {
    const outer = parts.map((p) => (room * p) / steps);
    if (direction === 'columns' && outer.some((o) => o < POSTER.minWidth)) continue;
    let spare = Infinity;
    const inner: number[][] = [];
    for (const [gi, g] of groups.entries()) {
      const size = outer[gi]!;
      const free = across - (g.length - 1) * POSTER.gap;
      let needs: number[];
      if (direction === 'columns') needs = g.map((qi) => at(qi, size));
      else
        needs = g.map((qi) => {
          for (let k = 0; k < table[qi]!.length; k++) if (table[qi]![k]![level]! <= size) return POSTER.minWidth + k * STEP;
          return Infinity;
        });
      const total = needs.reduce((a, b) => a + b, 0);
      if (!(total <= free)) {
        spare = -1;
        break;
      }
      spare = Math.min(spare, (free - total) / free);
      inner.push(needs.map((n) => n + ((free - total) * n) / total));
    }
    if (spare >= 0 && (!best || spare > best.spare)) best = { outer, inner, spare };
  }
  return best && { outer: best.outer, inner: best.inner };
}

/** The plan for these sizes, and the smallest share of its room a question leaves free (0..1), so plans can be compared. */
function evaluate(qs: readonly QuestionShape[], direction: PosterDirection, groups: number[][], { outer, inner }: { outer: number[]; inner: number[][] }): { plan: PosterPlan; spare: number } {
  const tiles: number[] = [];
  const heads: HeadPlan[] = [];
  const rects: PosterRect[] = [];
  let overflow = 0;
  let spare = Infinity;
  let a = 0;
  groups.forEach((g, gi) => {
    let b = 0;
    g.forEach((qi, k) => {
      const width = direction === 'columns' ? outer[gi]! : inner[gi]![k]!;
      const height = direction === 'columns' ? inner[gi]![k]! : outer[gi]!;
      rects[qi] = direction === 'columns' ? { x: a, y: b, width, height } : { x: b, y: a, width, height };
      b += inner[gi]![k]! + POSTER.gap;
      const need = questionNeed(qs[qi]!, width, height);
      tiles[qi] = need.tiles;
      heads[qi] = need.head;
      overflow += Math.max(0, need.height - height);
      spare = Math.min(spare, 1 - need.height / height);
      // A question too narrow to read is as bad as one that overflows.
      if (width < POSTER.minWidth - 1) overflow += 1000;
    });
    a += outer[gi]! + POSTER.gap;
  });
  return { plan: { direction, groups, outer, inner, tiles, heads, rects, overflow }, spare };
}

/**
 * The plan for a poster `box` px large: the least overflow; of equals, the one whose least
 * legible question shows most of its first words, then the one that shows most of the questions;
 * then the one that is landscape-like on a landscape box (columns) and portrait-like on a
 * portrait one, with the most even room to spare.
 */
export function planPoster(qs: readonly QuestionShape[], box: { width: number; height: number }): PosterPlan {
  const natural: PosterDirection = box.width >= box.height ? 'columns' : 'rows';
  let best: Scored | null = null;
  const consider = (direction: PosterDirection, groups: number[][], sizes: { outer: number[]; inner: number[][] }) => {
    const { plan, spare } = evaluate(qs, direction, groups, sizes);
    const scored = {
      plan,
      words: Math.min(LEAD_WORDS, ...plan.heads.map(legible)),
      shown: plan.heads.reduce((a, h) => a + h.shown, 0),
      spare: spare - (direction === natural ? 0 : 0.05),
    };
    if (!best || better(scored, best)) best = scored;
  };
  for (const direction of ['columns', 'rows'] as const)
    for (const groups of splits(qs.length))
      for (const power of [0.5, 0.75, 1]) for (const words of [0, 0.5, 1]) consider(direction, groups, byWeight(qs, box, direction, groups, power, words));
  // Sized by need: from all of the first words down, the first level some plan reaches.
  if (qs.length > 0 && qs.length <= 5) {
    const table = needTable(qs, Math.max(box.width, box.height));
    for (let level = LEAD_WORDS; level > 0; level--) {
      let found = false;
      for (const direction of ['columns', 'rows'] as const)
        for (const groups of splits(qs.length)) {
          const sizes = byNeed(table, box, direction, groups, level);
          if (!sizes) continue;
          found = true;
          consider(direction, groups, sizes);
        }
      if (found) break;
    }
  }
  return best!.plan;
}

interface Scored {
  readonly plan: PosterPlan;
  readonly words: number;
  readonly shown: number;
  readonly spare: number;
}

function better(a: Scored, b: Scored): boolean {
  if (Math.abs(a.plan.overflow - b.plan.overflow) > 0.5) return a.plan.overflow < b.plan.overflow;
  if (a.words !== b.words) return a.words > b.words;
  if (Math.abs(a.shown - b.shown) > 0.01) return a.shown > b.shown;
  return a.spare > b.spare;
}
