// Why: action points, participants and the preconditions are read as tables. A table may run
// over several pages: its header is repeated on each, a row moves whole to the next page when
// it does not fit, and only a row taller than a page is split (line by line, never overlapping).
import type { TableColumn, TableRow } from '../report-model';
import type { PageWriter, Style } from './page-writer';
import { lineHeight, PAGE, TEXT_WIDTH, TYPE, type ColourName } from './theme';

const PAD_X = 1.8;
const PAD_Y = 1.4;
const HEAD: Style = { size: TYPE.small, weight: 'bold', colour: 'brand' };
const CELL_SIZE = 9;

export function drawTable(w: PageWriter, columns: readonly TableColumn[], rows: readonly TableRow[]): void {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * TEXT_WIDTH);
  const xs = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((s, x) => s + x, 0));
  const lh = lineHeight(CELL_SIZE);
  const headLines = columns.map((c, i) => w.wrap(c.label, (widths[i] ?? 0) - 2 * PAD_X, HEAD));
  const headHeight = Math.max(...headLines.map((l) => l.length)) * lineHeight(TYPE.small) + 2 * PAD_Y;

  const header = () => {
    w.fill('brandLight');
    w.doc.rect(PAGE.left, w.y, TEXT_WIDTH, headHeight, 'F');
    headLines.forEach((lines, i) => lines.forEach((l, k) => w.text(l, (xs[i] ?? 0) + PAD_X, w.y + PAD_Y + k * lineHeight(TYPE.small), HEAD)));
    w.y += headHeight;
  };

  w.ensure(headHeight + 2 * lh + 2 * PAD_Y);
  w.gap(1);
  header();
  for (const row of rows) {
    const style: Style = { size: CELL_SIZE, colour: row.emphasis === 'muted' ? 'faint' : 'ink' };
    // The first cell's first paragraph is the row's title, in bold; what follows it is not.
    const cells = row.cells.map((c, i): { line: string; bold: boolean }[] => {
      const width = (widths[i] ?? 0) - 2 * PAD_X;
      const [title = '', ...rest] = i === 0 && row.emphasis !== 'muted' ? c.split('\n') : [''];
      const lines =
        i === 0 && row.emphasis !== 'muted'
          ? [...w.wrap(title, width, { ...style, weight: 'bold' }).map((line) => ({ line, bold: true })), ...w.wrap(rest.join('\n'), width, style).map((line) => ({ line, bold: false }))]
          : w.wrap(c, width, style).map((line) => ({ line, bold: false }));
      return lines.length > 0 ? lines : [{ line: '', bold: false }];
    });
    const rowLines = Math.max(...cells.map((c) => c.length));
    let from = 0;
    while (from < rowLines) {
      let fit = Math.floor((PAGE.bottom - w.y - 2 * PAD_Y) / lh);
      if (fit < Math.min(rowLines - from, 2) || (from === 0 && fit < rowLines && rowLines * lh + 2 * PAD_Y <= PAGE.bottom - PAGE.top - headHeight)) {
        w.newPage();
        header();
        fit = Math.floor((PAGE.bottom - w.y - 2 * PAD_Y) / lh);
      }
      const n = Math.min(fit, rowLines - from);
      const height = n * lh + 2 * PAD_Y;
      if (row.emphasis === 'mark') {
        w.fill('markRow');
        w.doc.rect(PAGE.left, w.y, TEXT_WIDTH, height, 'F');
        w.fill('attention');
        w.doc.rect(PAGE.left, w.y, 1, height, 'F');
      }
      cells.forEach((lines, i) => {
        lines.slice(from, from + n).forEach((l, k) => {
          w.text(l.line, (xs[i] ?? 0) + PAD_X, w.y + PAD_Y + k * lh + lh * 0.14, l.bold ? { ...style, weight: 'bold' } : style);
        });
      });
      w.y += height;
      w.stroke('rule' satisfies ColourName, 0.2);
      w.doc.line(PAGE.left, w.y, PAGE.width - PAGE.right, w.y);
      from += n;
    }
  }
  w.y += 4;
}
