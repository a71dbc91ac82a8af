// Why: action points, participants and the preconditions are read as tables. A table may run
// over several pages: its header is repeated on each, a row moves whole to the next page when
// it does not fit, and only a row taller than a page is split (line by line, never overlapping).
// The header never stands alone at the foot of a page: it starts where its first row fits under it.
// The columns' shares are a wish: a column too narrow for its longest word (or, for a `keep`
// column, its longest cell) takes width from the columns that have some to spare, so a word
// such as "gemiddeld" or a header such as "Voorwaarde" is not broken in two.
// Tagged as a Table: a header row of TH cells that head their columns, then a TR of TD cells
// per row; a header repeated on a later page is pagination (an artifact), read once.
import type { TableColumn, TableRow } from '../report-model';
import type { PageWriter, Style } from './page-writer';
import type { StructElement } from './tagging';
import { lineHeight, PAGE, TEXT_WIDTH, TYPE, type ColourName } from './theme';

const PAD_X = 1.8;
const PAD_Y = 1.4;
const HEAD: Style = { size: TYPE.small, weight: 'bold', colour: 'brand' };
const CELL_SIZE = 9;

/** A column may ask for at most this share of the text width to keep its words whole. */
const MOST_A_COLUMN_NEEDS = 0.45;

/** What a column needs so that no header word and no cell word (or no `keep` cell) is broken. */
function neededWidth(w: PageWriter, column: TableColumn, cells: readonly string[], first: boolean): number {
  const wordsOf = (s: string) => s.split(/\s+/).filter(Boolean);
  let need = Math.max(0, ...wordsOf(column.label).map((word) => w.width(word, HEAD)));
  for (const cell of cells) {
    const [title = '', ...rest] = cell.split('\n');
    // The first column's title is set in bold (see below); measure it so, to be safe.
    const pieces: [string, Style][] = [
      ...(column.keep ? [title] : wordsOf(title)).map((p): [string, Style] => [p, { size: CELL_SIZE, weight: first ? 'bold' : 'regular' }]),
      ...rest.flatMap((line) => (column.keep ? [line] : wordsOf(line))).map((p): [string, Style] => [p, { size: CELL_SIZE }]),
    ];
    for (const [piece, style] of pieces) need = Math.max(need, w.width(piece, style));
  }
  // A little room for rounding, so the wrapper sees the same fit as the measure did.
  return need + 2 * PAD_X + 0.4;
}

/**
 * Column widths in millimetres. A `keep` column gets what its cells need and no more; the other
 * columns share the rest by their shares, and one too narrow for its longest word is widened,
 * the extra taken from the others in proportion to what they can spare. When the needs
 * together do not fit, the plain shares stand and long words break as before.
 */
export function columnWidths(w: PageWriter, columns: readonly TableColumn[], rows: readonly TableRow[]): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const shares = columns.map((c) => (c.width / total) * TEXT_WIDTH);
  const needs = columns.map((c, i) =>
    Math.min(
      MOST_A_COLUMN_NEEDS * TEXT_WIDTH,
      neededWidth(
        w,
        c,
        rows.map((r) => r.cells[i] ?? ''),
        i === 0,
      ),
    ),
  );
  if (needs.reduce((s, x) => s + x, 0) > TEXT_WIDTH) return shares;
  const kept = columns.reduce((s, c, i) => s + (c.keep ? (needs[i] ?? 0) : 0), 0);
  const freeShares = columns.reduce((s, c) => s + (c.keep ? 0 : c.width), 0);
  if (freeShares <= 0) return shares;
  const wished = columns.map((c, i) => (c.keep ? (needs[i] ?? 0) : (c.width / freeShares) * (TEXT_WIDTH - kept)));
  const short = wished.reduce((s, x, i) => s + Math.max(0, (needs[i] ?? 0) - x), 0);
  if (short <= 0) return wished;
  const spare = wished.map((x, i) => Math.max(0, x - (needs[i] ?? 0)));
  const spareTotal = spare.reduce((s, x) => s + x, 0);
  return wished.map((x, i) => Math.max(x, needs[i] ?? 0) - ((spare[i] ?? 0) / spareTotal) * short);
}

function headOf(w: PageWriter, columns: readonly TableColumn[], widths: readonly number[]): { lines: string[][]; height: number } {
  const lines = columns.map((c, i) => w.wrap(c.label, (widths[i] ?? 0) - 2 * PAD_X, HEAD));
  return { lines, height: Math.max(...lines.map((l) => l.length)) * lineHeight(TYPE.small) + 2 * PAD_Y };
}

interface Line {
  readonly line: string;
  readonly bold: boolean;
}

interface LaidRow {
  readonly row: TableRow;
  readonly style: Style;
  readonly cells: readonly (readonly Line[])[];
  readonly rowLines: number;
}

/** Each row's cells wrapped to their columns. */
function layRows(w: PageWriter, rows: readonly TableRow[], widths: readonly number[]): LaidRow[] {
  return rows.map((row) => {
    const style: Style = { size: CELL_SIZE, colour: row.emphasis === 'muted' ? 'faint' : 'ink' };
    // The first cell's first paragraph is the row's title, in bold; what follows it is not.
    const cells = row.cells.map((c, i): Line[] => {
      const width = (widths[i] ?? 0) - 2 * PAD_X;
      const [title = '', ...rest] = i === 0 && row.emphasis !== 'muted' ? c.split('\n') : [''];
      const lines =
        i === 0 && row.emphasis !== 'muted'
          ? [...w.wrap(title, width, { ...style, weight: 'bold' }).map((line) => ({ line, bold: true })), ...w.wrap(rest.join('\n'), width, style).map((line) => ({ line, bold: false }))]
          : w.wrap(c, width, style).map((line) => ({ line, bold: false }));
      return lines.length > 0 ? lines : [{ line: '', bold: false }];
    });
    return { row, style, cells, rowLines: Math.max(...cells.map((c) => c.length)) };
  });
}

/** A row that fits on a page under a header moves whole to the next page; a taller one is split. */
function fitsUnderHeader(rowLines: number, headHeight: number): boolean {
  return rowLines * lineHeight(CELL_SIZE) + 2 * PAD_Y <= PAGE.bottom - PAGE.top - headHeight;
}

/** Room for the first row under the header: all of it, or two lines of a row that is split anyway. */
function firstRowRoom(rowLines: number, headHeight: number): number {
  const lines = fitsUnderHeader(rowLines, headHeight) ? rowLines : Math.min(rowLines, 2);
  // A hair of slack, so the row loop's own measure agrees that the row fits.
  return lines * lineHeight(CELL_SIZE) + 2 * PAD_Y + 0.01;
}

/** The room a table needs on a page before it starts there: its header and its first row. */
export function tableLead(w: PageWriter, columns: readonly TableColumn[], rows: readonly TableRow[]): number {
  const widths = columnWidths(w, columns, rows);
  const headHeight = headOf(w, columns, widths).height;
  return 1 + headHeight + firstRowRoom(layRows(w, rows.slice(0, 1), widths)[0]?.rowLines ?? 0, headHeight);
}

export function drawTable(w: PageWriter, columns: readonly TableColumn[], rows: readonly TableRow[]): void {
  const widths = columnWidths(w, columns, rows);
  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((s, x) => s + x, 0));
  const lh = lineHeight(CELL_SIZE);
  const { lines: headLines, height: headHeight } = headOf(w, columns, widths);

  const table = w.node('Table');
  let repeated = false;
  const header = () => {
    w.artifact(() => {
      w.fill('brandLight');
      w.doc.rect(PAGE.left, w.y, TEXT_WIDTH, headHeight, 'F');
    });
    const cells = () => headLines.forEach((lines, i) => w.element('TH', () => lines.forEach((l, k) => w.text(l, (xs[i] ?? 0) + PAD_X, w.y + PAD_Y + k * lineHeight(TYPE.small), HEAD)), { scope: 'Column' }));
    if (repeated) w.tag.artifact(cells, 'Pagination');
    else w.within(table, () => w.element('TR', cells));
    repeated = true;
    w.y += headHeight;
  };

  const laidOut = layRows(w, rows, widths);
  const movesWhole = (rowLines: number) => fitsUnderHeader(rowLines, headHeight);

  // The header never stands alone: its first row must fit under it on this page, or the table
  // starts on the next.
  w.ensure(1 + headHeight + firstRowRoom(laidOut[0]?.rowLines ?? 0, headHeight));
  w.gap(1);
  header();
  for (const { row, style, cells, rowLines } of laidOut) {
    const tr = w.within(table, () => w.node('TR'));
    const tds: StructElement[] = cells.map(() => w.within(tr, () => w.node('TD')));
    let from = 0;
    while (from < rowLines) {
      let fit = Math.floor((PAGE.bottom - w.y - 2 * PAD_Y) / lh);
      if (fit < Math.min(rowLines - from, 2) || (from === 0 && fit < rowLines && movesWhole(rowLines))) {
        w.newPage();
        header();
        fit = Math.floor((PAGE.bottom - w.y - 2 * PAD_Y) / lh);
      }
      const n = Math.min(fit, rowLines - from);
      const height = n * lh + 2 * PAD_Y;
      if (row.emphasis === 'mark')
        w.artifact(() => {
          w.fill('markRow');
          w.doc.rect(PAGE.left, w.y, TEXT_WIDTH, height, 'F');
          w.fill('attention');
          w.doc.rect(PAGE.left, w.y, 1, height, 'F');
        });
      cells.forEach((lines, i) => {
        const td = tds[i];
        const draw = () =>
          lines.slice(from, from + n).forEach((l, k) => {
            w.text(l.line, (xs[i] ?? 0) + PAD_X, w.y + PAD_Y + k * lh + lh * 0.14, l.bold ? { ...style, weight: 'bold' } : style);
          });
        if (td) w.within(td, draw);
        else draw();
      });
      w.y += height;
      w.artifact(() => {
        w.stroke('rule' satisfies ColourName, 0.2);
        w.doc.line(PAGE.left, w.y, PAGE.width - PAGE.right, w.y);
      });
      from += n;
    }
  }
  w.y += 4;
}
