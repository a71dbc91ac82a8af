// The table poster is planned from its post-its: every question gets room by what it holds, a
// quiet question shares a column or row with its neighbour, the order of the questions is kept,
// and where twelve realistic post-its can fit at a tablet's size the plan says they do.
import { describe, expect, it } from 'vitest';
import { balanced, headOptions, LEAD_WORDS, legible, notesNeed, planPoster, POSTER, questionLines, questionNeed, share, textWidth, tileHeight, wordsInView, wrapLines, wrapWords, type QuestionShape, type QuestionText } from '../../../../src/features/workshop/topic/poster-layout';
import { ALGORITHMS, SOURCE, TWELVE } from './poster-widths';

const TEXTS = [
  'Het model kiest adressen voor een extra controle.',
  'Wie kijkt de uitkomst na voor er een brief gaat?',
  'Een medewerker leest elke tiende uitkomst na.',
  'Kan de analist het aan een wethouder uitleggen?',
  'Er is een korte uitleg per kenmerk.',
  'De leverancier deelt de gewichten niet.',
  'De medewerker beslist, het model adviseert.',
  'Onder tijdsdruk volgt men het advies blind.',
  'Tel hoe vaak men van het advies afwijkt.',
  'Hoe vaak zit het model ernaast?',
  'Een fout treft vooral mensen zonder bezwaar.',
  'Meld elke fout in een register.',
];
// About the widths of those words at 32 px in the app's font (Noto Sans: some 0.45 em a letter).
const NOTES = TEXTS.map((t) => ({ text: t.length * 14.5, kind: 85, speaker: false }));

// The four questions of "Algoritmes" (100 to 148 letters), and their widths at 36 px bold
// (some 0.52 em a letter, as measured in the app's font): all of it, and its first words.
const QUESTIONS = [
  'Welke uitkomst levert het algoritme op, en wat gebeurt er daarna met die uitkomst in het werkproces?',
  'Hoe zou de data-analist aan een collega zonder technische kennis uitleggen waarom het model bij één persoon of adres tot een bepaalde uitkomst komt?',
  'Hoeveel ruimte heeft een medewerker om van de uitkomst af te wijken, en hoe vaak verwachten jullie dat dat gebeurt?',
  'Welke fouten kan het model maken, en wat betekent een onterechte uitkomst voor de inwoner die het treft?',
];
const text = (q: string): QuestionText => ({ words: q.split(' ').map((w) => w.length * 18.6), space: 9 });
const EMPTY = { text: text(QUESTIONS[0]!), notes: [], reason: false };

function questions(spread: readonly number[], of = 4): QuestionShape[] {
  let i = 0;
  const qs: QuestionShape[] = spread.map((c, k) => ({ text: text(QUESTIONS[k]!), notes: NOTES.slice(i, (i += c)), reason: false }));
  while (qs.length < of) qs.push({ text: text(QUESTIONS[qs.length]!), notes: [], reason: false });
  return qs;
}

/** The poster boxes the four tablet sizes leave under the workshop bar (46 px, and 2 px around). */
const BOXES = [
  { width: 1164, height: 770 },
  { width: 1008, height: 718 },
  { width: 804, height: 1130 },
  { width: 752, height: 974 },
];
/** Boxes as the smaller tablets left them under two strips: too small for six words with twelve post-its. */
const LOW = [
  { width: 1008, height: 658 },
  { width: 752, height: 912 },
];

function inside(plan: ReturnType<typeof planPoster>, box: { width: number; height: number }): boolean {
  return plan.rects.every((r) => r.x >= -0.5 && r.y >= -0.5 && r.x + r.width <= box.width + 0.5 && r.y + r.height <= box.height + 0.5);
}

function overlap(plan: ReturnType<typeof planPoster>): boolean {
  return plan.rects.some((a, i) => plan.rects.some((b, j) => i < j && a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5));
}

describe('planPoster', () => {
  for (const box of BOXES)
    for (const spread of [[5, 3, 2, 2], [12], [3, 3, 3, 3], []])
      it(`${box.width}x${box.height}, notes ${JSON.stringify(spread)}: every question placed in the box, none overlapping, in order, fitting`, () => {
        const plan = planPoster(questions(spread), box);
        expect(plan.rects).toHaveLength(4);
        expect(inside(plan, box)).toBe(true);
        expect(overlap(plan)).toBe(false);
        expect(plan.groups.flat()).toEqual([0, 1, 2, 3]);
        // Less than half a pixel: what rounding gives and takes.
        expect(plan.overflow).toBeLessThan(0.5);
        for (const r of plan.rects) expect(r.width).toBeGreaterThanOrEqual(POSTER.minWidth - 1);
      });

  // At every tablet size, with twelve post-its or fewer, every question shows its first six words
  // or more; the plan never buys that with a post-it out of view.
  for (const [box, spread] of [
    [BOXES[0]!, [5, 3, 2, 2]],
    [BOXES[0]!, [12]],
    [BOXES[1]!, [5, 3, 2, 2]],
    [BOXES[1]!, [12]],
    [BOXES[2]!, [5, 3, 2, 2]],
    [BOXES[2]!, [12]],
    [BOXES[3]!, [5, 3, 2, 2]],
    [BOXES[1]!, [2, 1, 1, 1]],
    [BOXES[3]!, [2, 1, 1, 1]],
    [BOXES[1]!, []],
    [BOXES[3]!, []],
  ] as const)
    it(`${box.width}x${box.height}, notes ${JSON.stringify(spread)}: every question shows at least its first six words`, () => {
      const plan = planPoster(questions(spread), box);
      expect(plan.overflow).toBeLessThan(0.5);
      plan.heads.forEach((h, i) => expect(legible(h), `question ${i + 1}: ${JSON.stringify(h)}`).toBe(LEAD_WORDS));
    });

  // On the widths the browser measured, as tests/e2e/table-mode.spec.ts lays them out: every
  // question shows its first six words at every tablet size (with "why" a third control in the
  // head and the cells planned 3 px wider than drawn: four at 768x1024, five at 1024x768).
  for (const box of BOXES)
    for (const [name, qs] of [
      ['Algoritmes, 5, 3, 2 and 2', ALGORITHMS.map((t, k) => ({ text: t, notes: TWELVE.slice([0, 5, 8, 10][k], [5, 8, 10, 12][k]), reason: false }))],
      ['Bron, all twelve on the first', SOURCE.map((t, k) => ({ text: t, notes: k === 0 ? TWELVE : [], reason: false }))],
    ] as const)
      it(`${box.width}x${box.height}, ${name} (measured widths): every question shows at least its first six words`, () => {
        const plan = planPoster(qs, box);
        expect(plan.overflow).toBeLessThan(0.5);
        plan.heads.forEach((h, i) => expect(legible(h), `question ${i + 1}: ${JSON.stringify(h)}`).toBe(LEAD_WORDS));
      });

  // Sized by what each question needs for its first words, not only by a rough weight: on the
  // smaller tablets the least legible question gains words (by weight alone: one and three).
  for (const [box, least] of [
    [LOW[0]!, 2],
    [LOW[1]!, 2],
  ] as const)
    it(`${box.width}x${box.height}, notes [5,3,2,2]: the least legible question shows at least ${least} words`, () => {
      const plan = planPoster(questions([5, 3, 2, 2]), box);
      expect(plan.overflow).toBeLessThan(0.5);
      expect(Math.min(...plan.heads.map(legible))).toBeGreaterThanOrEqual(least);
    });

  it('shows more of a question where a post-it less leaves the room', () => {
    const least = (spread: readonly number[]) => Math.min(...planPoster(questions(spread), LOW[0]!).heads.map(legible));
    expect(least([2, 1, 1, 1])).toBeGreaterThan(least([5, 3, 2, 2]));
  });

  it('gives a question its words whole where the poster has the room', () => {
    const plan = planPoster(questions([2, 1], 2), { width: 1164, height: 700 });
    expect(plan.heads.map((h) => h.shown)).toEqual([1, 1]);
  });

  it('gives the busy question the room and lets the quiet ones share a slim row or column', () => {
    const plan = planPoster(questions([12]), { width: 1008, height: 658 });
    const [busy, ...quiet] = plan.rects.map((r) => r.width * r.height);
    for (const q of quiet) expect(busy!).toBeGreaterThan(4 * q);
    expect(plan.groups.length).toBeLessThan(4);
  });

  it('says when a board cannot fit, instead of pretending', () => {
    const many = { ...EMPTY, notes: Array.from({ length: 40 }, (_, i) => NOTES[i % 12]!) };
    expect(planPoster([many, EMPTY], { width: 1008, height: 658 }).overflow).toBeGreaterThan(0);
  });

  it('plans a topic with two or three questions as well', () => {
    for (const n of [2, 3]) {
      const plan = planPoster(questions([4, 2], n), { width: 752, height: 912 });
      expect(plan.groups.flat()).toEqual([...Array(n).keys()]);
      expect(plan.overflow).toBe(0);
    }
  });
});

describe('the estimates under the plan', () => {
  it('a tile is as high as its lines, and a wider tile is never higher', () => {
    const note = NOTES[0]!;
    expect(tileHeight(note, 1400)).toBeCloseTo(POSTER.line + POSTER.tileAlong);
    expect(tileHeight(note, 300)).toBeGreaterThan(tileHeight(note, 500));
    expect(tileHeight({ ...note, speaker: true }, 500)).toBe(tileHeight(note, 500) + POSTER.speaker);
  });

  it('balances tiles over columns in order, as CSS columns do', () => {
    expect(balanced([10, 10, 10, 10], 2)).toBe(20 + POSTER.tileGap);
    expect(balanced([60, 10, 10, 10], 2)).toBe(60);
    expect(balanced([], 3)).toBe(0);
    expect(balanced([10, 20], 1)).toBe(30 + POSTER.tileGap);
  });

  it('chooses more tile columns where that is lower', () => {
    const short = { ...EMPTY, notes: NOTES.map((n) => ({ ...n, text: 200 })) };
    expect(questionNeed(short, 1000).tiles).toBeGreaterThan(1);
    expect(questionNeed(short, 1000).height).toBeLessThan(questionNeed(short, 300).height);
  });

  it('a question with more post-its than a screen holds is sized on a 16 px grid of widths, never below its need', () => {
    const many: QuestionShape = { text: text(QUESTIONS[0]!), notes: Array.from({ length: 100 }, (_, i) => NOTES[i % NOTES.length]!), reason: false };
    const few: QuestionShape = { ...many, notes: NOTES.slice(0, 12) };
    // The same figure within a grid cell, the narrower one's: a post-it less wide is never lower.
    for (let w = 300; w < 900; w += 1.5) {
      const cell = Math.floor(w / 16) * 16;
      expect(notesNeed(many, w)).toEqual(notesNeed(many, cell));
      expect(notesNeed(many, cell + 16).height).toBeLessThanOrEqual(notesNeed(many, w).height);
    }
    // A question that fits a screen is still found at every px.
    expect(notesNeed(few, 500).height).not.toBe(notesNeed(few, 620).height);
    expect(notesNeed(few, 300.4)).toEqual(notesNeed(few, 300));
  });

  it('wraps a question word by word, as the browser does', () => {
    const t = { words: [100, 100, 100, 250], space: 10 };
    expect(textWidth(t)).toBe(580);
    expect(questionLines(t, 1000)).toBe(1);
    // 100 + 10 + 100 = 210 fits a 250 px line, the third word does not: it starts the next.
    expect(wrapWords(t, 250)).toEqual({ ends: [{ line: 0, right: 100 }, { line: 0, right: 210 }, { line: 1, right: 100 }, { line: 2, right: 250 }], lines: 3 });
    // A word longer than the line is broken over lines.
    expect(wrapWords({ words: [500], space: 10 }, 200)).toEqual({ ends: [{ line: 2, right: 100 }], lines: 3 });
    // With something at the end of the first line, that line is shorter and the rest are not.
    expect(wrapWords(t, 250, 150).ends.map((e) => e.line)).toEqual([0, 1, 1, 2]);
    // A first word too long for the short first line starts on the second.
    expect(wrapWords({ words: [200, 50], space: 10 }, 300, 150)).toEqual({ ends: [{ line: 1, right: 200 }, { line: 1, right: 260 }], lines: 2 });
  });

  it('counts the lines without keeping where each word ends exactly as the full wrap does', () => {
    // A seeded generator: words short and long (some longer than a line), lines with and without a short first one.
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const t = { words: Array.from({ length: Math.floor(next() * 30) }, () => 5 + next() * 400), space: 5 + next() * 10 };
      const line = 60 + next() * 500;
      const first = next() < 0.5 ? line : line * next();
      expect(wrapLines(t, line, first)).toBe(wrapWords(t, line, first).lines);
    }
  });

  it('wraps a post-it word by word around its kind word and "more", where its words are known', () => {
    const words = [100, 100, 180, 180];
    const note = { text: 590, words, space: 10, kind: 120, speaker: false };
    // 400 px inside: 400 - 120 - 6 - 42 = 232 on the first line (two words), then 400 (the other two).
    const width = 400 + POSTER.tileAcross + POSTER.tileSlack;
    expect(tileHeight(note, width)).toBeCloseTo(2 * POSTER.line + POSTER.tileAlong);
    // The rough estimate (for a length of text only) allows for waste: three lines.
    expect(tileHeight({ ...note, words: undefined }, width)).toBeGreaterThan(tileHeight(note, width));
    // A first word that does not fit beside the kind word starts under it.
    expect(tileHeight({ ...note, words: [300, 50] }, width)).toBeCloseTo(POSTER.kindBand + POSTER.line + POSTER.tileAlong);
  });

  it('counts the first words a cut question shows (clear of the ellipsis), and all of a whole one', () => {
    const t = text(QUESTIONS[0]!);
    expect(wordsInView(t, 10, 500)).toEqual({ words: t.words.length, shown: 1, cut: 0 });
    // "Welke uitkomst levert het" ends at 436 px, "algoritme" at 613: a 500 px line shows four.
    expect(wordsInView(t, 1, 500).words).toBe(4);
    expect(wordsInView(t, 1, 470).words).toBe(3);
    expect(wordsInView(t, 2, 500).words).toBeGreaterThan(4);
    expect(wordsInView(t, 1, 500).shown).toBeLessThan(wordsInView(t, 2, 500).shown);
    // The ellipsis covers the cut line from where its last whole word ends.
    const wrap = wrapWords(t, 500);
    expect(wordsInView(t, 1, 500).cut).toBeCloseTo(wrap.ends[3]!.right);
    const two = wordsInView(t, 2, 500);
    expect(two.cut).toBeCloseTo(wrap.ends[two.words - 1]!.right);
    expect(wrap.ends[two.words - 1]!.line).toBe(1);
    // A last line whose only word does not fit beside the ellipsis shows none of it: covered from its start.
    expect(wordsInView({ words: [300, 480, 100], space: 10 }, 2, 500)).toEqual({ words: 1, shown: expect.any(Number), cut: 0 });
  });

  it('offers heads of one line up to the whole question (three lines at most, more where the first words need them), the controls beside it only on a long enough line', () => {
    const t = text(QUESTIONS[0]!);
    // Beside the controls the first line would be a pixel shorter than the least it may be.
    const narrow = headOptions(t, POSTER.controls + POSTER.headGap + POSTER.sideText - 1);
    expect(narrow.every((o) => !o.side)).toBe(true);
    expect(narrow.map((o) => o.lines)).toEqual([...Array(narrow.length).keys()].map((k) => k + 1));
    expect(narrow.at(-1)!.lines).toBeGreaterThanOrEqual(POSTER.questionLines);
    expect(legible(narrow.at(-1)!)).toBe(LEAD_WORDS);
    // The question is a 44 px target even on one line.
    for (const o of narrow) expect(o.height).toBeCloseTo(Math.max(o.lines * POSTER.questionLine, POSTER.controlsHeight) + POSTER.headGap + POSTER.controlsHeight);
    const wide = headOptions(t, 1100);
    expect(wide.some((o) => o.side && o.shown === 1)).toBe(true);
    for (const o of wide.filter((w) => w.side)) expect(o.height).toBe(Math.max(o.lines * POSTER.questionLine, POSTER.controlsHeight));
    // Beside the controls only the first line is short: the words flow on under them.
    const side = headOptions(t, 500).filter((o) => o.side);
    expect(side[1]!.words).toBeGreaterThan(wordsInView(t, 2, 500 - POSTER.controls - POSTER.headGap).words);
    // A reason field under the status keeps the controls under the question.
    expect(headOptions(t, 1100, true).every((o) => !o.side)).toBe(true);
    // A short question is offered whole, in its one line.
    expect(headOptions({ words: [100, 90], space: 10 }, 600)).toEqual([expect.objectContaining({ lines: 1, side: false, shown: 1 }), expect.objectContaining({ lines: 1, side: true, shown: 1 })]);
  });

  it('of the heads that fit, takes the clearest; without room, the lowest', () => {
    const q = { ...EMPTY, notes: NOTES.slice(0, 2) };
    const roomy = questionNeed(q, 300);
    expect(legible(roomy.head)).toBe(LEAD_WORDS);
    const tight = questionNeed(q, 300, roomy.height - POSTER.questionLine);
    expect(tight.head.lines).toBe(roomy.head.lines - 1);
    expect(tight.head.shown).toBeLessThan(roomy.head.shown);
    const none = questionNeed(q, 300, 50);
    expect(none.head.lines).toBe(1);
    expect(none.height).toBeGreaterThan(50);
  });

  it('shares room by weight and keeps every share at its minimum', () => {
    const sizes = share(1000, [10, 1, 1], 200);
    expect(sizes.reduce((a, b) => a + b, 0) + 2 * POSTER.gap).toBeCloseTo(1000);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(200);
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
  });
});
