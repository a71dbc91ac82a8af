// The table poster is planned from its post-its: every question gets room by what it holds, a
// quiet question shares a column or row with its neighbour, the order of the questions is kept,
// and where twelve realistic post-its can fit at a tablet's size the plan says they do.
import { describe, expect, it } from 'vitest';
import { balanced, planPoster, POSTER, questionNeed, share, tileHeight, type QuestionShape } from '../../../../src/features/workshop/topic/poster-layout';

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

function questions(spread: readonly number[], of = 4): QuestionShape[] {
  let i = 0;
  const qs = spread.map((c) => ({ notes: NOTES.slice(i, (i += c)), reason: false }));
  while (qs.length < of) qs.push({ notes: [], reason: false });
  return qs;
}

/** The poster boxes the four tablet sizes leave under the two strips. */
const BOXES = [
  { width: 1164, height: 700 },
  { width: 1008, height: 658 },
  { width: 804, height: 1068 },
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
        expect(plan.overflow).toBe(0);
        for (const r of plan.rects) expect(r.width).toBeGreaterThanOrEqual(POSTER.minWidth - 1);
      });

  it('gives the busy question the room and lets the quiet ones share a slim row or column', () => {
    const plan = planPoster(questions([12]), { width: 1008, height: 658 });
    const [busy, ...quiet] = plan.rects.map((r) => r.width * r.height);
    for (const q of quiet) expect(busy!).toBeGreaterThan(4 * q);
    expect(plan.groups.length).toBeLessThan(4);
  });

  it('says when a board cannot fit, instead of pretending', () => {
    const many = { notes: Array.from({ length: 40 }, (_, i) => NOTES[i % 12]!), reason: false };
    expect(planPoster([many, { notes: [], reason: false }], { width: 1008, height: 658 }).overflow).toBeGreaterThan(0);
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

  it('chooses more tile columns where that is lower, a one-line head from its width on', () => {
    const short = { notes: NOTES.map((n) => ({ ...n, text: 200 })), reason: false };
    expect(questionNeed(short, 1000).tiles).toBeGreaterThan(1);
    expect(questionNeed(short, 1000).height).toBeLessThan(questionNeed(short, 300).height);
    expect(questionNeed({ notes: [], reason: false }, POSTER.oneLineHead).height).toBeLessThan(questionNeed({ notes: [], reason: false }, POSTER.oneLineHead - 10).height);
  });

  it('shares room by weight and keeps every share at its minimum', () => {
    const sizes = share(1000, [10, 1, 1], 200);
    expect(sizes.reduce((a, b) => a + b, 0) + 2 * POSTER.gap).toBeCloseTo(1000);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(200);
    expect(sizes[0]).toBeGreaterThan(sizes[1]!);
  });
});
