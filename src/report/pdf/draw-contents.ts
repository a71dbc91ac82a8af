// Why: a report of seventy pages needs a way in. After everything is laid out (only then are
// the page numbers known) a contents page is inserted after the cover, and the same chapters
// become the PDF's bookmarks, so a reader can jump to "Actiepunten" in any viewer. Tagged as a
// heading and a TOC with one TOCI per entry; the dotted leaders are decoration.
import type { jsPDF } from 'jspdf';
import type { ReportSection } from '../report-model';
import type { PageWriter, Style } from './page-writer';
import { infoText } from './pdfa';
import { lineHeight, PAGE, TYPE } from './theme';

export interface SectionStart {
  readonly section: ReportSection;
  /** Page the section starts on, before the contents page is inserted. */
  readonly page: number;
}

interface Outline {
  add(parent: unknown, title: string, options: { pageNumber: number }): unknown;
}

/** Inserts the contents page as page 2; every start moves one page on. */
export function insertContents(w: PageWriter, title: string, starts: readonly SectionStart[]): void {
  const doc = w.doc;
  doc.insertPage(2);
  w.y = PAGE.top;
  w.element('H1', () => w.text(title, PAGE.left, w.y, { size: TYPE.chapter, weight: 'bold', colour: 'brand' }));
  w.y += lineHeight(TYPE.chapter) + 0.5;
  w.artifact(() => {
    w.stroke('brand', 0.6);
    doc.line(PAGE.left, w.y, PAGE.width - PAGE.right, w.y);
  });
  w.y += 6;
  const toc = w.node('TOC');

  const rowHeight = (s: ReportSection) => (s.level === 1 ? 8 : 6);
  const all = starts.reduce((h, x) => h + rowHeight(x.section), 0);
  // A pack with very many topics: list the chapters only, so the contents stay on one page.
  const shown = all <= PAGE.bottom - w.y ? starts : starts.filter((x) => x.section.level === 1);
  for (const start of shown) {
    const chapter = start.section.level === 1;
    if (chapter) w.y += 2;
    w.within(toc, () => w.element('TOCI', () => drawEntry(w, start)));
    w.y += rowHeight(start.section) - (chapter ? 2 : 0);
  }
}

/** One line of the contents: number, title, a dotted leader and the page. */
function drawEntry(w: PageWriter, { section, page }: SectionStart): void {
  const doc = w.doc;
  const chapter = section.level === 1;
  const style: Style = chapter ? { size: TYPE.body + 0.5, weight: 'bold' } : { size: TYPE.body - 0.5, colour: 'subtle' };
  const x = chapter ? PAGE.left : PAGE.left + 12;
  w.text(section.number, x, w.y, { ...style, colour: 'faint' });
  const titleX = x + 12;
  const pageLabel = String(page + 1);
  const room = PAGE.width - PAGE.right - titleX - 14;
  const titleLine = w.wrap(section.title, room, style)[0] ?? '';
  w.text(titleLine, titleX, w.y, style);
  // A dotted leader from the title to the page number.
  const from = titleX + w.width(titleLine, style) + 2;
  const to = PAGE.width - PAGE.right - w.width(pageLabel, style) - 2;
  w.artifact(() => {
    w.stroke('rule', 0.2);
    doc.setLineDashPattern([0.3, 1.2], 0);
    if (to > from) doc.line(from, w.y + lineHeight(style.size) * 0.62, to, w.y + lineHeight(style.size) * 0.62);
    doc.setLineDashPattern([], 0);
  });
  w.text(pageLabel, PAGE.width - PAGE.right, w.y, style, 'right');
}

/** The chapters, with their topics beneath, as the PDF's bookmarks. */
export function addOutline(doc: jsPDF, starts: readonly SectionStart[]): void {
  const outline = (doc as unknown as { outline: Outline }).outline;
  let chapter: unknown = null;
  for (const { section, page } of starts) {
    const title = infoText(`${section.number} ${section.title}`);
    if (section.level === 1) chapter = outline.add(null, title, { pageNumber: page + 1 });
    else outline.add(chapter, title, { pageNumber: page + 1 });
  }
}
