// Why: a table header alone at the foot of a page, its rows under a repeated header on the next,
// reads as an empty table. The header must only be drawn where its first row fits under it, and
// a heading before the table must reckon with that first row too.
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { drawTable, tableLead } from '../../../../src/report/pdf/draw-table';
import { writerFor, type PageWriter } from '../../../../src/report/pdf/page-writer';
import { lineHeight, PAGE } from '../../../../src/report/pdf/theme';
import type { TableColumn, TableRow } from '../../../../src/report/report-model';
import { nodeFonts } from '../render-support';

const COLUMNS: TableColumn[] = [
  { label: 'Randvoorwaarde', width: 34 },
  { label: 'Stand', width: 18, keep: true },
  { label: 'Toelichting', width: 48 },
];
/** A row of `lines` short lines in its last cell. */
const row = (name: string, lines: number): TableRow => ({ cells: [name, 'op orde', Array.from({ length: lines }, (_, i) => `Regel ${i + 1}`).join('\n')], emphasis: 'none' });

/** Draws the table with the cursor `above` millimetres above the foot of the page; says what went on which page. */
function draw(rows: TableRow[], above: number): { w: PageWriter; drawn: { page: number; text: string }[] } {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait' });
  const w = writerFor(doc, nodeFonts());
  const drawn: { page: number; text: string }[] = [];
  const text = w.text.bind(w);
  w.text = (t, x, y, style, align) => {
    drawn.push({ page: doc.getCurrentPageInfo().pageNumber, text: t });
    text(t, x, y, style, align);
  };
  w.y = PAGE.bottom - above;
  drawTable(w, COLUMNS, rows);
  return { w, drawn };
}

const pageOf = (drawn: { page: number; text: string }[], text: string) => drawn.find((d) => d.text === text)?.page;

describe('drawTable: the header keeps its first row', () => {
  it('starts the table on the next page when its first row does not fit under the header', () => {
    // Room for the header and two lines, but the first row has six.
    const { drawn } = draw([row('Doelbinding', 6), row('Verantwoording', 1)], 22);
    expect(pageOf(drawn, 'Randvoorwaarde')).toBe(2);
    expect(pageOf(drawn, 'Doelbinding')).toBe(2);
    // One header only: none left behind on the first page.
    expect(drawn.filter((d) => d.text === 'Randvoorwaarde')).toHaveLength(1);
  });

  it('stays on the page when the first row fits under the header', () => {
    const { drawn } = draw([row('Doelbinding', 2), row('Verantwoording', 1)], 40);
    expect(pageOf(drawn, 'Randvoorwaarde')).toBe(1);
    expect(pageOf(drawn, 'Doelbinding')).toBe(1);
  });

  it('still splits a first row taller than a page, starting it under the header where two lines fit', () => {
    const { drawn } = draw([row('Doelbinding', 200)], 22);
    expect(pageOf(drawn, 'Randvoorwaarde')).toBe(1);
    expect(pageOf(drawn, 'Regel 1')).toBe(1);
  });

  it('asks a heading before it for room for the header and the whole first row', () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait' });
    const w = writerFor(doc, nodeFonts());
    const short = tableLead(w, COLUMNS, [row('Doelbinding', 1)]);
    expect(tableLead(w, COLUMNS, [row('Doelbinding', 6), row('Verantwoording', 1)]) - short).toBeCloseTo(5 * lineHeight(9), 5);
  });
});
