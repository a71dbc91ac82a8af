// Why: sets a report's layout model as an A4 PDF: the cover, a contents page, every section in
// order, bookmarks, and a running header with the workshop's title and "page x of y" on every
// page after the cover. The file is tagged (tagging.ts): its structure tree follows the
// reading order (cover, contents, chapters with their topics), whatever order the pages were
// drawn in, and the running parts are artifacts.
// It runs wherever jsPDF runs (the tablet's browser, Node for the tests and the benchmark);
// what differs per place (reading font files, shrinking photos) is handed in as assets.
import { jsPDF } from 'jspdf';
import type { ReportModel } from '../report-model';
import { drawBlock, drawSectionTitle, type Images } from './draw-blocks';
import { addOutline, insertContents, type SectionStart } from './draw-contents';
import type { PreparedImage } from './draw-photo';
import { FontSet, standIn, type FontFiles } from './fonts';
import { PageWriter, type Style } from './page-writer';
import { makeArchival } from './pdfa';
import { Tagger, type StructElement } from './tagging';
import { COLOUR, lineHeight, PAGE, TEXT_WIDTH, TYPE, type ColourName } from './theme';

export interface PdfAssets {
  readonly fonts: FontFiles;
  /** Prepared photos by attachment id; a missing one is reported in place of the photo. */
  readonly images: ReadonlyMap<string, PreparedImage>;
}

export interface RenderProgress {
  readonly done: number;
  readonly total: number;
}

/** Lets the page paint a progress bar between sections. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function renderReport(model: ReportModel, assets: PdfAssets, onProgress?: (p: RenderProgress) => void): Promise<Uint8Array> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  const tag = new Tagger(doc);
  const fonts = new FontSet(doc, assets.fonts);
  const allText = JSON.stringify(model);
  fonts.reserve(allText);
  const sections = withStandInNote(model, fonts.uncovered(allText));
  makeArchival(doc, {
    title: model.meta.title,
    author: model.meta.author,
    subject: model.meta.subject,
    keywords: model.meta.keywords.join(', '),
    creator: model.meta.creator,
    language: model.meta.language,
    createdAt: model.meta.createdAt,
  });
  const w = new PageWriter(doc, fonts, tag);
  drawCover(w, model);
  // The contents page is drawn last (only then are the page numbers known) but read second.
  const contents = w.node('Sect');
  const images: Images = assets.images;
  const total = sections.length;
  const starts: SectionStart[] = [];
  let chapter: StructElement | null = null;
  for (const [i, s] of sections.entries()) {
    if (i === 0) w.newPage();
    const before = starts[starts.length - 1];
    // A topic is a part of the chapter before it, in the tree as on paper.
    const sect: StructElement = s.level === 2 && chapter ? w.within(chapter, () => w.node('Sect')) : w.node('Sect');
    if (s.level === 1) chapter = sect;
    w.within(sect, () => {
      drawSectionTitle(w, s, before !== undefined && before.section.startsPage && before.page === doc.getNumberOfPages());
      starts.push({ section: s, page: doc.getNumberOfPages() });
      s.blocks.forEach((b, k) => drawBlock(w, b, images, s.blocks[k + 1], s.level));
    });
    onProgress?.({ done: i + 1, total });
    if (onProgress) await breathe();
  }
  w.within(contents, () => insertContents(w, model.contents, starts));
  addOutline(doc, starts);
  drawRunningParts(w, model);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** The appendix says which characters no font had and how they appear instead. */
function withStandInNote(model: ReportModel, missing: readonly number[]): ReportModel['sections'] {
  if (missing.length === 0) return model.sections;
  const note = { kind: 'notice', tone: 'neutral', title: model.standIns.title, text: model.standIns.text.replace('{chars}', missing.map(standIn).join(', ')) } as const;
  const at = model.sections.findIndex((s) => s.id === 'appendix');
  const i = at >= 0 ? at : model.sections.length - 1;
  return model.sections.map((s, k) => (k === i ? { ...s, blocks: [...s.blocks, note] } : s));
}

const TONE_COLOURS: Record<ReportModel['cover']['outcome']['tone'], [ColourName, ColourName]> = {
  neutral: ['subtle', 'neutralLight'],
  positive: ['positive', 'positiveLight'],
  attention: ['attention', 'attentionLight'],
  warning: ['concern', 'concernLight'],
};

function drawCover(w: PageWriter, model: ReportModel): void {
  const { cover } = model;
  const band = 118;
  w.artifact(() => {
    w.fill('brand');
    w.doc.rect(0, 0, PAGE.width, band, 'F');
  });
  const white: Style = { size: TYPE.small, weight: 'bold', colour: 'white' };
  w.element('P', () => w.text('DEDA TAFEL', PAGE.left, 20, white));
  w.element('P', () => w.text(cover.kicker.toLocaleUpperCase(), PAGE.left, 62, { ...white, size: TYPE.body }));
  const titleStyle: Style = { size: TYPE.coverTitle, weight: 'bold', colour: 'white' };
  const lines = w.wrap(cover.title, TEXT_WIDTH, titleStyle).slice(0, 4);
  w.element('H1', () => lines.forEach((l, i) => w.text(l, PAGE.left, 70 + i * lineHeight(TYPE.coverTitle), titleStyle)));

  let y = band + 16;
  const labelStyle: Style = { size: TYPE.small, colour: 'subtle' };
  const valueStyle: Style = { size: TYPE.lead };
  w.element('Table', () => {
    for (const f of cover.fields) {
      w.element('TR', () => {
        w.element('TH', () => w.text(f.label.toLocaleUpperCase(), PAGE.left, y, { ...labelStyle, weight: 'bold' }), { scope: 'Row' });
        const value = w.wrap(f.value, TEXT_WIDTH - 45, valueStyle).slice(0, 2);
        w.element('TD', () => value.forEach((l, i) => w.text(l, PAGE.left + 45, y - 0.8 + i * lineHeight(TYPE.lead), valueStyle)));
        y += Math.max(1, value.length) * lineHeight(TYPE.lead) + 3.5;
      });
    }
  });

  y += 6;
  const [ink, ground] = TONE_COLOURS[cover.outcome.tone];
  const outcomeLines = w.wrap(cover.outcome.value, TEXT_WIDTH - 12, { size: 15, weight: 'bold' });
  const boxHeight = 12 + outcomeLines.length * lineHeight(15);
  w.artifact(() => {
    w.fill(ground);
    w.doc.rect(PAGE.left, y, TEXT_WIDTH, boxHeight, 'F');
    w.fill(ink);
    w.doc.rect(PAGE.left, y, 2, boxHeight, 'F');
  });
  w.element('P', () => w.text(cover.outcome.label.toLocaleUpperCase(), PAGE.left + 7, y + 4, { ...labelStyle, weight: 'bold', colour: ink }));
  w.element('P', () => outcomeLines.forEach((l, i) => w.text(l, PAGE.left + 7, y + 9 + i * lineHeight(15), { size: 15, weight: 'bold', colour: ink })));

  w.artifact(() => {
    w.stroke('rule', 0.3);
    w.doc.line(PAGE.left, PAGE.footerY - 6, PAGE.width - PAGE.right, PAGE.footerY - 6);
  });
  w.element('P', () => w.text(cover.footnote, PAGE.left, PAGE.footerY - 3, { size: TYPE.tiny, colour: 'subtle' }));
}

function drawRunningParts(w: PageWriter, model: ReportModel): void {
  const pages = w.doc.getNumberOfPages();
  const small: Style = { size: TYPE.tiny, colour: 'subtle' };
  const header = w.wrap(model.header, TEXT_WIDTH - 50, small)[0] ?? '';
  const shortened = header.length < w.clean(model.header).length ? `${header.replace(/\s*\S*$/, '')} …` : header;
  for (let page = 2; page <= pages; page += 1) {
    w.doc.setPage(page);
    // Pagination: repeated on every page, so a reader skips it.
    w.tag.artifact(
      () => {
        w.text(shortened, PAGE.left, PAGE.headerY, { ...small, weight: 'bold' });
        w.text(model.cover.kicker, PAGE.width - PAGE.right, PAGE.headerY, small, 'right');
        const [r, g, b] = COLOUR.rule;
        w.doc.setDrawColor(r, g, b);
        w.doc.setLineWidth(0.2);
        w.doc.line(PAGE.left, PAGE.headerY + 5, PAGE.width - PAGE.right, PAGE.headerY + 5);
      },
      'Pagination',
      'Header',
    );
    w.tag.artifact(
      () => {
        w.doc.line(PAGE.left, PAGE.footerY - 2, PAGE.width - PAGE.right, PAGE.footerY - 2);
        w.text(model.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages)), PAGE.width - PAGE.right, PAGE.footerY, small, 'right');
        w.text('DEDA Tafel', PAGE.left, PAGE.footerY, small);
      },
      'Pagination',
      'Footer',
    );
  }
}
