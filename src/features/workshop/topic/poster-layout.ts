// Why: a topic on the table poster must show all its post-its at once (twelve realistic ones at
// 32 px on a 768 px tablet) without smaller type, and no single fixed arrangement does that:
// four equal columns waste the height of an empty question, a 2 by 2 grid wastes the width of a
// busy one. This plans the poster from what is on it: the questions in reading order, split into
// columns (landscape) or rows (portrait) where a quiet question may share a column or row with
// its neighbour, each question's share sized by the post-its it holds, and its post-its in one,
// two or three tile columns, whichever is shortest. It tries every order-keeping split, estimates
// each question's height from its notes' text widths, and keeps the plan with the least overflow.
// Pure: the screen passes the measured box and text widths; tests pass their own.

/** One post-it as the planner sees it: widths in px at poster size (text 32 px, kind word 18 px). */
export interface NoteShape {
  readonly text: number;
  readonly kind: number;
  /** Whether a speaker line shows under the text (it does not for "De groep"). */
  readonly speaker: boolean;
}

/** One question: its post-its, and whether a reason field shows under its status. */
export interface QuestionShape {
  readonly notes: readonly NoteShape[];
  readonly reason: boolean;
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
  gap: 6,
  /** Padding and border of a question, each side. */
  cellPad: 6,
  tileGap: 3,
  line: 34.56,
  /** Tile padding and border, across and along. */
  tileAcross: 22,
  tileAlong: 4,
  speaker: 22,
  /** The first line of a tile also holds the kind word (with its margin) and "more". */
  firstLine: 58,
  /** Room lost to words that wrap whole, per line. */
  wrapWaste: 36,
  /** A question's head on one line (+, the question, status, why) from this width, else two. */
  oneLineHead: 344,
  head: 48,
  reason: 112,
  minWidth: 232,
  minTile: 260,
  minHeight: 72,
} as const;

/** Lines and height of one tile `width` px wide. */
export function tileHeight(note: NoteShape, width: number): number {
  const usable = width - POSTER.tileAcross - POSTER.wrapWaste;
  const need = note.text + note.kind + POSTER.firstLine;
  const lines = Math.max(1, Math.ceil(need / Math.max(usable, 1)));
  return lines * POSTER.line + POSTER.tileAlong + (note.speaker ? POSTER.speaker : 0);
}

/** The height of `heights` in `k` balanced columns, kept in order (as CSS columns fill). */
export function balanced(heights: readonly number[], k: number): number {
  const n = heights.length;
  if (n === 0) return 0;
  const c = Math.min(k, n);
  const total = heights.reduce((a, b) => a + b, 0) + (n - 1) * POSTER.tileGap;
  // A board far past one screen scrolls anyway: a rough figure will do there.
  if (c === 1 || n > 24) return c === 1 ? total : total / c + Math.max(...heights);
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

/** The height a question needs at `width`, and the tile columns that give it. */
export function questionNeed(q: QuestionShape, width: number): { height: number; tiles: number } {
  const inside = width - 2 * POSTER.cellPad;
  const head = (width >= POSTER.oneLineHead ? POSTER.head : 2 * POSTER.head) + (q.reason ? POSTER.reason : 0);
  let found = { height: Infinity, tiles: 1 };
  const most = Math.max(1, Math.min(3, q.notes.length, Math.floor((inside + POSTER.tileGap) / (POSTER.minTile + POSTER.tileGap))));
  for (let k = 1; k <= most; k++) {
    const w = (inside - (k - 1) * POSTER.tileGap) / k;
    const h = balanced(q.notes.map((n) => tileHeight(n, w)), k);
    if (h < found.height) found = { height: h, tiles: k };
  }
  return { height: head + found.height + 2 * POSTER.cellPad, tiles: found.tiles };
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

/** A rough area a question asks for: its head and its post-its on one long line. */
function weight(q: QuestionShape): number {
  const notes = q.notes.reduce((a, n) => a + (n.text + n.kind + POSTER.firstLine + POSTER.wrapWaste * 2) * POSTER.line * 1.1 + (n.speaker ? POSTER.speaker * 300 : 0), 0);
  return 300 * (POSTER.head + (q.reason ? POSTER.reason : 0)) + notes;
}

function evaluate(qs: readonly QuestionShape[], box: { width: number; height: number }, direction: PosterDirection, groups: number[][], power: number): PosterPlan {
  const along = direction === 'columns' ? box.width : box.height;
  const across = direction === 'columns' ? box.height : box.width;
  const w = qs.map((q) => weight(q) ** power);
  const outer = share(along, groups.map((g) => g.reduce((a, i) => a + w[i]!, 0)), direction === 'columns' ? POSTER.minWidth : POSTER.minHeight);
  const inner = groups.map((g) => share(across, g.map((i) => w[i]!), direction === 'columns' ? POSTER.minHeight : POSTER.minWidth));
  const tiles: number[] = [];
  const rects: PosterRect[] = [];
  let overflow = 0;
  let a = 0;
  groups.forEach((g, gi) => {
    let b = 0;
    g.forEach((qi, k) => {
      const width = direction === 'columns' ? outer[gi]! : inner[gi]![k]!;
      const height = direction === 'columns' ? inner[gi]![k]! : outer[gi]!;
      rects[qi] = direction === 'columns' ? { x: a, y: b, width, height } : { x: b, y: a, width, height };
      b += inner[gi]![k]! + POSTER.gap;
      const need = questionNeed(qs[qi]!, width);
      tiles[qi] = need.tiles;
      overflow += Math.max(0, need.height - height);
      // A question too narrow to read is as bad as one that overflows.
      if (width < POSTER.minWidth - 1) overflow += 1000;
    });
    a += outer[gi]! + POSTER.gap;
  });
  return { direction, groups, outer, inner, tiles, rects, overflow };
}

/**
 * The plan for a poster `box` px large: the least overflow; of equals, the one that is
 * landscape-like on a landscape box (columns) and portrait-like on a portrait one, then the one
 * with the most even room to spare.
 */
export function planPoster(qs: readonly QuestionShape[], box: { width: number; height: number }): PosterPlan {
  const natural: PosterDirection = box.width >= box.height ? 'columns' : 'rows';
  let best: { plan: PosterPlan; spare: number } | null = null;
  for (const direction of ['columns', 'rows'] as const)
    for (const groups of splits(qs.length))
      for (const power of [0.5, 0.75, 1]) {
        const plan = evaluate(qs, box, direction, groups, power);
        const spare = slack(qs, plan) - (direction === natural ? 0 : 0.05);
        if (!best || plan.overflow < best.plan.overflow - 0.5 || (Math.abs(plan.overflow - best.plan.overflow) <= 0.5 && spare > best.spare)) best = { plan, spare };
      }
  return best!.plan;
}

/** The smallest share of its room a question leaves free (0..1), so plans can be compared. */
function slack(qs: readonly QuestionShape[], plan: PosterPlan): number {
  let low = Infinity;
  plan.groups.forEach((g, gi) =>
    g.forEach((qi, k) => {
      const width = plan.direction === 'columns' ? plan.outer[gi]! : plan.inner[gi]![k]!;
      const height = plan.direction === 'columns' ? plan.inner[gi]![k]! : plan.outer[gi]!;
      low = Math.min(low, 1 - questionNeed(qs[qi]!, width).height / height);
    }),
  );
  return low;
}
