// Why: the typesetting primitives every block uses: a cursor that moves down the page, fonts
// and colours by name, wrapping, and text that flows line by line onto the next page, so a long
// note or a long rationale breaks cleanly and never runs into the footer or over other text.
// All text passes through here, so this is also where it is cut into runs by font (fonts.ts)
// and marked as content of the current structure element (tagging.ts).
import type { jsPDF } from 'jspdf';
import { FONT_NAME, FontSet, type FontFiles, type Weight } from './fonts';
import { Tagger, type ElementAttributes, type StructElement, type StructType } from './tagging';
import { COLOUR, lineHeight, PAGE, type ColourName } from './theme';

export interface Style {
  readonly size: number;
  readonly weight?: Weight;
  readonly colour?: ColourName;
}

/** A slice of wrapped lines that fits on the current page. */
export interface Fragment {
  readonly top: number;
  readonly height: number;
  readonly first: boolean;
  readonly last: boolean;
}

export class PageWriter {
  y: number = PAGE.top;
  /** The lowest text drawn on this page so far (mm): what a reader sees as used, without the gap after it. */
  inkBottom: number = PAGE.top;

  constructor(
    readonly doc: jsPDF,
    readonly fonts: FontSet,
    readonly tag: Tagger,
  ) {}

  /** The text as measured and drawn in this weight (see FontSet.encode). */
  clean(text: string, weight: Weight = 'regular'): string {
    return this.fonts.encode(text, weight);
  }

  element<T>(type: StructType, draw: () => T, attributes?: ElementAttributes): T {
    return this.tag.element(type, draw, attributes);
  }

  /** An element made now and filled later (with `within`), e.g. a table cell drawn in parts. */
  node(type: StructType, attributes?: ElementAttributes): StructElement {
    const e = this.tag.open(type, attributes);
    this.tag.close(e);
    return e;
  }

  within<T>(e: StructElement, draw: () => T): T {
    return this.tag.within(e, draw);
  }

  /** Rules, tinted grounds, bars: decoration a reader does not hear. */
  artifact(draw: () => void): void {
    this.tag.artifact(draw);
  }

  use(style: Style): void {
    this.doc.setFont(FONT_NAME[style.weight ?? 'regular'], 'normal');
    this.doc.setFontSize(style.size);
    const [r, g, b] = COLOUR[style.colour ?? 'ink'];
    this.doc.setTextColor(r, g, b);
  }

  fill(colour: ColourName): void {
    const [r, g, b] = COLOUR[colour];
    this.doc.setFillColor(r, g, b);
  }

  stroke(colour: ColourName, width = 0.2): void {
    const [r, g, b] = COLOUR[colour];
    this.doc.setDrawColor(r, g, b);
    this.doc.setLineWidth(width);
  }

  get room(): number {
    return PAGE.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= PAGE.top + 0.01;
  }

  newPage(): void {
    this.doc.addPage('a4', 'portrait');
    this.y = PAGE.top;
    this.inkBottom = PAGE.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom && !this.atTop) this.newPage();
  }

  /** Wrapped lines for `text` in the current font; `indent` shortens the first line. */
  wrap(text: string, width: number, style: Style, indent = 0): string[] {
    this.use(style);
    const clean = this.clean(text, style.weight);
    if (clean.trim() === '') return [];
    if (indent <= 0) return this.doc.splitTextToSize(clean, width) as string[];
    // jsPDF would indent the first line of every paragraph; only the very first is meant.
    const [first = '', ...rest] = clean.split('\n');
    const head = this.doc.splitTextToSize(first, width, { textIndent: indent }) as string[];
    return rest.length > 0 ? [...head, ...(this.doc.splitTextToSize(rest.join('\n'), width) as string[])] : head;
  }

  width(text: string, style: Style): number {
    this.use(style);
    return this.doc.getTextWidth(this.clean(text, style.weight));
  }

  /** One line of text, marked as content of the current structure element. */
  text(text: string, x: number, y: number, style: Style, align: 'left' | 'right' | 'center' = 'left'): void {
    this.use(style);
    const line = this.clean(text, style.weight);
    // Drawn from its top: the line's ink ends about one font size (pt, in mm) lower.
    this.inkBottom = Math.max(this.inkBottom, y + style.size * (25.4 / 72));
    this.tag.content(() => this.line(line, x, y, style, align));
  }

  /** Draws an encoded line run by run: each run in the font that has its glyphs. */
  private line(encoded: string, x: number, y: number, style: Style, align: 'left' | 'right' | 'center' = 'left'): void {
    const line = this.fonts.visual(encoded);
    const runs = this.fonts.runs(line, style.weight ?? 'regular');
    const only = runs[0];
    if (runs.length === 0 || (runs.length === 1 && only?.primary)) {
      this.doc.text(line, x, y, { baseline: 'top', align });
      return;
    }
    const widths = runs.map((r) => {
      this.doc.setFont(r.font, 'normal');
      return this.doc.getTextWidth(r.text);
    });
    const total = widths.reduce((a, b) => a + b, 0);
    let at = align === 'right' ? x - total : align === 'center' ? x - total / 2 : x;
    runs.forEach((r, i) => {
      this.doc.setFont(r.font, 'normal');
      this.doc.text(r.text, at, y, { baseline: 'top' });
      at += widths[i] ?? 0;
    });
    this.use(style);
  }

  /**
   * Draws lines from the cursor down, breaking to a new page whenever the next line would not
   * fit. `decorate` runs before the text of each page's share (for a box or a bar behind it,
   * drawn as an artifact); `lead` after it (text in front of the share, such as the speaker);
   * `pad` is the space a box keeps above and below its text.
   */
  flow(lines: readonly string[], x: number, style: Style, opts: { pad?: number; decorate?: (f: Fragment) => void; lead?: (f: Fragment) => void; firstLineX?: number; minLines?: number } = {}): void {
    const lh = lineHeight(style.size);
    const pad = opts.pad ?? 0;
    let i = 0;
    // Keep at least two lines together (or the whole text if shorter) at the bottom of a page.
    this.ensure(Math.min(lines.length, opts.minLines ?? 2) * lh + 2 * pad);
    while (i < lines.length) {
      let fit = Math.floor((PAGE.bottom - this.y - 2 * pad + 0.01) / lh);
      if (fit < 1) {
        this.newPage();
        fit = Math.floor((PAGE.bottom - this.y - 2 * pad) / lh);
      }
      const part = lines.slice(i, i + fit);
      const height = part.length * lh + 2 * pad;
      const fragment: Fragment = { top: this.y, height, first: i === 0, last: i + part.length >= lines.length };
      const { decorate, lead } = opts;
      if (decorate) this.tag.artifact(() => decorate(fragment));
      lead?.(fragment);
      this.use(style);
      part.forEach((line, k) => {
        const lineX = i === 0 && k === 0 && opts.firstLineX !== undefined ? opts.firstLineX : x;
        this.tag.content(() => this.line(line, lineX, this.y + pad + k * lh + lh * 0.14, style));
      });
      this.y += height;
      i += part.length;
    }
  }

  /** A paragraph at full width (or from `x` to the right margin), as a P unless told otherwise. */
  paragraph(text: string, style: Style, x: number = PAGE.left, after = 2.2, type: StructType = 'P'): void {
    const lines = this.wrap(text, PAGE.width - PAGE.right - x, style);
    if (lines.length > 0) this.element(type, () => this.flow(lines, x, style));
    this.y += after;
  }

  gap(mm: number): void {
    if (!this.atTop) this.y = Math.min(this.y + mm, PAGE.bottom);
  }
}

/** A writer on a fresh document, with its fonts and its structure tree. */
export function writerFor(doc: jsPDF, files: FontFiles): PageWriter {
  return new PageWriter(doc, new FontSet(doc, files), new Tagger(doc));
}
