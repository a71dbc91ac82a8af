// Why: how each kind of block of the layout model looks on paper: headings, paragraphs,
// label-value fields, notices, lists and questions with their notes (concerns on a tinted
// ground with a red bar, so they stand out in print and in grey-scale copies alike). Each block
// is also tagged as what it is: a heading, a paragraph, a list, a table, a figure.
import type { QuestionStatus } from '../../domain/question-state';
import type { Block, NoteGroup, ReportSection, Tone } from '../report-model';
import type { PageWriter, Style } from './page-writer';
import { drawPhoto, type PreparedImage } from './draw-photo';
import { drawTable, tableLead } from './draw-table';
import { lineHeight, PAGE, TEXT_WIDTH, TYPE, type ColourName } from './theme';

export type Images = ReadonlyMap<string, PreparedImage>;

const TONE: Record<Tone, { bar: ColourName; ground: ColourName; ink: ColourName }> = {
  neutral: { bar: 'faint', ground: 'neutralLight', ink: 'ink' },
  positive: { bar: 'positive', ground: 'positiveLight', ink: 'positive' },
  attention: { bar: 'attention', ground: 'attentionLight', ink: 'attention' },
  warning: { bar: 'concern', ground: 'concernLight', ink: 'concern' },
};

const BODY: Style = { size: TYPE.body };
const SUBTLE: Style = { size: TYPE.body, colour: 'subtle' };

/**
 * A chapter that starts a page does not when less than this share of the page is used (by
 * text the reader sees, not counting the space after it): the short tail of the chapter before
 * (a last list item, one note) would otherwise stand alone on a nearly empty page.
 */
export const NEARLY_EMPTY = 1 / 3;

/**
 * `pageIsOwn`: the page so far holds one whole chapter that asked for a page of its own (the
 * summary); that page is not shared, however short the chapter.
 */
export function drawSectionTitle(w: PageWriter, s: ReportSection, pageIsOwn = false): void {
  if (s.startsPage && !w.atTop && (pageIsOwn || w.inkBottom - PAGE.top > NEARLY_EMPTY * (PAGE.bottom - PAGE.top))) w.newPage();
  if (s.level === 1) {
    w.ensure(45);
    if (!w.atTop) w.gap(6);
    const numberStyle: Style = { size: TYPE.chapter, weight: 'bold', colour: 'faint' };
    w.element('H1', () => {
      w.text(s.number, PAGE.left, w.y, numberStyle);
      w.text(s.title, PAGE.left + 12, w.y, { size: TYPE.chapter, weight: 'bold', colour: 'brand' });
    });
    w.y += lineHeight(TYPE.chapter) + 0.5;
    w.artifact(() => {
      w.stroke('brand', 0.6);
      w.doc.line(PAGE.left, w.y, PAGE.width - PAGE.right, w.y);
    });
    w.y += 5;
    return;
  }
  w.ensure(50);
  if (!w.atTop) w.gap(7);
  if (s.kicker) {
    const kicker = s.kicker;
    w.element('P', () => w.text(kicker.toLocaleUpperCase(), PAGE.left, w.y, { size: TYPE.tiny, weight: 'bold', colour: 'subtle' }));
    w.y += lineHeight(TYPE.tiny);
  }
  w.element('H2', () => {
    w.text(s.number, PAGE.left, w.y, { size: TYPE.topic, weight: 'bold', colour: 'faint' });
    w.text(s.title, PAGE.left + 12, w.y, { size: TYPE.topic, weight: 'bold', colour: 'ink' });
  });
  w.y += lineHeight(TYPE.topic) + 0.5;
  w.artifact(() => {
    w.stroke('rule', 0.3);
    w.doc.line(PAGE.left, w.y, PAGE.width - PAGE.right, w.y);
  });
  w.y += 3.5;
}

const HEADING: Style = { size: TYPE.subheading, weight: 'bold', colour: 'brand' };

/**
 * The room a block needs on a page before it starts there (what its own `ensure` asks for), so
 * a heading moves to the next page together with the start of the block under it and is never
 * left alone at the foot of a page.
 */
function leadOf(w: PageWriter, b: Block | undefined): number {
  const lines = (text: string, width: number, style: Style, most = 2) => Math.min(most, Math.max(1, w.wrap(text, width, style).length)) * lineHeight(style.size);
  switch (b?.kind) {
    case 'paragraph':
      return lines(b.text, TEXT_WIDTH, b.style === 'lead' ? { size: TYPE.lead } : BODY);
    case 'list':
      return b.items.length > 0 ? lines(b.items[0] ?? '', TEXT_WIDTH - LIST_INDENT, BODY) : 0;
    case 'fields': {
      const f = b.fields[0];
      return f ? Math.max(lines(f.label, FIELD_LABEL_WIDTH - 4, FIELD_LABEL, 99), lines(f.value, TEXT_WIDTH - FIELD_LABEL_WIDTH, BODY)) : 0;
    }
    case 'notice':
      return 1 + lines(b.title, TEXT_WIDTH - 9, { size: TYPE.body, weight: 'bold' }, 99) + lines(b.text, TEXT_WIDTH - 9, BODY) + 6;
    case 'table':
      return tableLead(w, b.columns, b.rows);
    case 'heading':
      return 3 + lines(b.text, TEXT_WIDTH, HEADING, 99) + 1.2;
    default:
      return 3 * lineHeight(TYPE.body) + 4;
  }
}

/** `level`: that of the section the block is in; its headings are one level lower. */
export function drawBlock(w: PageWriter, b: Block, images: Images, next?: Block, level: 1 | 2 = 1): void {
  switch (b.kind) {
    case 'heading': {
      const own = w.wrap(b.text, TEXT_WIDTH, HEADING).length * lineHeight(TYPE.subheading);
      // A little slack for the space blocks keep above themselves.
      w.ensure(3 + own + 1.2 + leadOf(w, next) + 1);
      w.gap(3);
      w.paragraph(b.text, HEADING, PAGE.left, 1.2, level === 1 ? 'H2' : 'H3');
      return;
    }
    case 'paragraph': {
      const style: Style = b.style === 'lead' ? { size: TYPE.lead } : b.style === 'subtle' ? SUBTLE : BODY;
      w.paragraph(b.text, style, PAGE.left, 2.6);
      return;
    }
    case 'fields':
      return drawFields(w, b.fields);
    case 'notice':
      return drawNotice(w, b.tone, b.title, b.text);
    case 'list':
      return drawList(w, b.items, b.ordered);
    case 'question':
      return drawQuestion(w, b);
    case 'table':
      return drawTable(w, b.columns, b.rows);
    case 'photo':
      return drawPhoto(w, b, images.get(b.attachmentId) ?? null);
  }
}

const FIELD_LABEL_WIDTH = 50;
const FIELD_LABEL: Style = { size: TYPE.small, colour: 'subtle' };
const LIST_INDENT = 6;

function drawFields(w: PageWriter, fields: readonly { label: string; value: string }[]): void {
  const labelWidth = FIELD_LABEL_WIDTH;
  const labelStyle = FIELD_LABEL;
  // Label and value pairs: a table whose first column heads each row.
  w.element('Table', () => {
    for (const f of fields) {
      const lines = w.wrap(f.value, TEXT_WIDTH - labelWidth, BODY);
      const labelLines = w.wrap(f.label, labelWidth - 4, labelStyle);
      w.ensure(Math.max(labelLines.length * lineHeight(TYPE.small), Math.min(lines.length, 2) * lineHeight(TYPE.body)));
      const top = w.y;
      w.element('TR', () => {
        w.element('TH', () => labelLines.forEach((l, i) => w.text(l, PAGE.left, top + 0.5 + i * lineHeight(TYPE.small), labelStyle)), { scope: 'Row' });
        w.element('TD', () => w.flow(lines.length > 0 ? lines : [''], PAGE.left + labelWidth, BODY, { minLines: 1 }));
      });
      w.y = Math.max(w.y, top + labelLines.length * lineHeight(TYPE.small)) + 1.6;
    }
  });
  w.y += 1.4;
}

function drawNotice(w: PageWriter, tone: Tone, title: string, text: string): void {
  const colours = TONE[tone];
  const inner = TEXT_WIDTH - 9;
  const titleLines = w.wrap(title, inner, { size: TYPE.body, weight: 'bold' });
  const textLines = w.wrap(text, inner, BODY);
  const decorate = (f: { top: number; height: number }) => {
    w.fill(colours.ground);
    w.doc.rect(PAGE.left, f.top, TEXT_WIDTH, f.height, 'F');
    w.fill(colours.bar);
    w.doc.rect(PAGE.left, f.top, 1.4, f.height, 'F');
  };
  w.ensure((titleLines.length + Math.min(2, textLines.length)) * lineHeight(TYPE.body) + 6);
  w.gap(1);
  if (titleLines.length > 0) w.element('P', () => w.flow(titleLines, PAGE.left + 5, { size: TYPE.body, weight: 'bold', colour: colours.ink }, { pad: textLines.length > 0 ? 1.5 : 3, decorate, minLines: 1 }));
  if (textLines.length > 0) w.element('P', () => w.flow(textLines, PAGE.left + 5, BODY, { pad: 1.5, decorate, minLines: 1 }));
  w.y += 3.5;
}

function drawList(w: PageWriter, items: readonly string[], ordered: boolean): void {
  const indent = LIST_INDENT;
  w.element('L', () =>
    items.forEach((item, i) => {
      const lines = w.wrap(item, TEXT_WIDTH - indent, BODY);
      w.ensure(Math.min(2, lines.length) * lineHeight(TYPE.body));
      w.element('LI', () => {
        w.element('Lbl', () =>
          w.text(ordered ? `${i + 1}.` : '•', PAGE.left + (ordered ? 0 : 1), w.y + lineHeight(TYPE.body) * 0.14, ordered ? { size: TYPE.body, weight: 'bold', colour: 'brand' } : { size: TYPE.body, colour: 'brand' }),
        );
        w.element('LBody', () => w.flow(lines, PAGE.left + indent, BODY));
      });
      w.y += 1.2;
    }),
  );
  w.y += 1.8;
}

const STATUS_COLOUR: Record<QuestionStatus, ColourName> = { discussed: 'positive', parked: 'attention', 'not-applicable': 'subtle', open: 'faint' };

function drawQuestion(w: PageWriter, q: Extract<Block, { kind: 'question' }>): void {
  const qStyle: Style = { size: TYPE.question, weight: 'bold' };
  const textLines = w.wrap(q.text, TEXT_WIDTH, qStyle);
  // Keep the question together with the start of what was said about it.
  w.ensure(lineHeight(TYPE.tiny) + textLines.length * lineHeight(TYPE.question) + 3 * lineHeight(TYPE.body) + 4);
  w.gap(2.5);
  const top = w.y;
  if (q.number || q.statusLabel)
    w.element('P', () => {
      if (q.number) w.text(q.number.toLocaleUpperCase(), PAGE.left, top, { size: TYPE.tiny, weight: 'bold', colour: 'subtle' });
      if (q.statusLabel) w.text(q.statusLabel.toLocaleUpperCase(), PAGE.width - PAGE.right, top, { size: TYPE.tiny, weight: 'bold', colour: STATUS_COLOUR[q.status] }, 'right');
    });
  if (q.number || q.statusLabel) w.y += lineHeight(TYPE.tiny) + 0.4;
  w.element('P', () => w.flow(textLines, PAGE.left, qStyle));
  w.y += 1;
  if (q.reason) w.paragraph(q.reason, { size: TYPE.small, colour: 'attention' }, PAGE.left, 1.2);
  if (q.empty) w.paragraph(q.empty, { size: TYPE.small, colour: 'faint' }, PAGE.left, 1.2);
  for (const g of q.groups) drawNoteGroup(w, g);
  w.y += 1.5;
}

function drawNoteGroup(w: PageWriter, g: NoteGroup): void {
  const concern = g.kind === 'concern';
  const bar: ColourName = concern ? 'concern' : 'rule';
  const labelStyle: Style = { size: TYPE.tiny, weight: 'bold', colour: concern ? 'concern' : 'subtle' };
  const x = PAGE.left + 4.5;
  const width = TEXT_WIDTH - 6.5;
  w.ensure(lineHeight(TYPE.tiny) + 2 * lineHeight(TYPE.body) + 2);
  w.y += 0.8;
  w.element('P', () => w.text(`${g.label.toLocaleUpperCase()} (${g.notes.length})`, PAGE.left, w.y, labelStyle));
  w.y += lineHeight(TYPE.tiny) + 0.3;
  const decorate = (f: { top: number; height: number }) => {
    if (concern) {
      w.fill('concernLight');
      w.doc.rect(PAGE.left, f.top, TEXT_WIDTH, f.height, 'F');
    }
    w.fill(bar);
    w.doc.rect(PAGE.left, f.top, concern ? 1.2 : 0.6, f.height, 'F');
  };
  for (const n of g.notes) {
    const by = `${n.by}: `;
    const byStyle: Style = { size: TYPE.body, weight: 'bold', colour: concern ? 'concern' : 'subtle' };
    const byWidth = w.width(by, byStyle);
    const lines = w.wrap(n.text, width, BODY, byWidth);
    w.element('P', () =>
      w.flow(lines.length > 0 ? lines : [''], x, BODY, {
        pad: 0.9,
        firstLineX: x + byWidth,
        decorate,
        // The speaker stands in front of the first line, on the same page as it.
        lead: (f) => {
          if (f.first) w.text(by.trimEnd(), x, f.top + 0.9 + lineHeight(TYPE.body) * 0.14, byStyle);
        },
      }),
    );
  }
  w.y += 1.6;
}

