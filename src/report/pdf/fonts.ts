// Why: jsPDF's own fonts only know WinAnsi, which garbles names such as Łukasz or Nguyễn. The
// report embeds Noto Sans (the app's own font, regular and bold) as Unicode TrueType, which
// jsPDF subsets to the glyphs used. A character Noto Sans lacks (≤, ✓, an emoji, a name in
// Arabic or Hebrew) is drawn from a fallback font that has it (Noto Sans Arabic, Hebrew, Math,
// Symbols, Symbols 2 and the monochrome Noto Emoji), embedded only when used and then subset
// too. One no font has is printed as a readable stand-in such as "[U+1F600]", never as a box.
//
// How: jsPDF addresses glyphs by UTF-16 code unit and its ToUnicode map has room for one unit
// per glyph, so neither a character beyond U+FFFF nor a glyph of another font can pass through
// it as is. Each character drawn from a fallback font is therefore encoded as a private-use
// code unit (U+E000 on) that stands for "this glyph of that font": the primary fonts measure
// such a unit with the fallback glyph's width (so wrapping stays right), the fallback font maps
// it to its glyph, and the fallback font is written out by our own code with a ToUnicode map
// that names the real character (a surrogate pair where needed), so text extraction, search
// and screen readers get the character the user typed.
import { jsPDF } from 'jspdf';
import { readCmap, type GlyphLookup } from './cmap';

export type Weight = 'regular' | 'bold';

/** A fallback font family: its regular face and, where the family has one, its bold face. */
export interface FallbackFace {
  /** Two capital letters, used in the subset tag of the font's name in the PDF. */
  readonly tag: string;
  /** PostScript-style name, e.g. `NotoSansMath`. */
  readonly name: string;
  readonly regular: Uint8Array;
  readonly bold?: Uint8Array;
}

export interface FontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  /** In the order they are asked for a character; none when the report needs none. */
  readonly fallbacks?: readonly FallbackFace[];
}

/**
 * Font names as they appear in the PDF. The six-letter tag marks a subset, as PDF readers
 * (and pdffonts) expect for fonts that carry only the glyphs used.
 */
export const FONT_NAME: Record<Weight, string> = { regular: 'DEDATR+NotoSans-Regular', bold: 'DEDATB+NotoSans-Bold' };

/** jsPDF takes font files as one-char-per-byte strings; the same file is converted once. */
const asBinary = new WeakMap<Uint8Array, string>();

export function binaryString(bytes: Uint8Array): string {
  const known = asBinary.get(bytes);
  if (known !== undefined) return known;
  const parts: string[] = [];
  const CHUNK = 0x2000;
  for (let i = 0; i < bytes.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
  const out = parts.join('');
  asBinary.set(bytes, out);
  return out;
}

/** A run of text in one font, ready for jsPDF's `text`. */
export interface Run {
  readonly font: string;
  readonly text: string;
  readonly primary: boolean;
}

/** The parts of jsPDF's parsed TrueType font this module reads or adjusts. */
interface TtfMetadata {
  cmap: { unicode: { codeMap: Record<number, number> } };
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  glyIdsUsed: number[];
  Unicode: { widths: unknown[] };
  subset: { encode(glyphs: number[], indexToLocFormat: number): ArrayLike<number> };
  bbox: number[];
  flags: number;
  stemV: number;
  italicAngle: number;
  ascender: number;
  decender: number;
  capHeight: number;
  /** Set on fallback fonts: glyph id to the characters it stands for. */
  dedaToUnicode?: Map<number, string>;
}

interface FontEntry {
  id: string;
  fontName: string;
  encoding: string;
  metadata: TtfMetadata;
  objectNumber?: number;
  isAlreadyPutted?: boolean;
}

interface PutFontArgs {
  readonly font: FontEntry;
  out(s: string): void;
  newObject(): number;
  putStream(o: { data: string; addLength1?: boolean; objectId: number }): void;
}

const PUA_FIRST = 0xe000;
const PUA_LAST = 0xf8ff;
/** Glyph ids the primary fonts report for an encoded unit, only to look up its width. */
const FAKE_GLYPH = 0x100000;

/** Invisible by definition: dropped when no font has them rather than shown as a stand-in. */
function ignorable(cp: number): boolean {
  return cp === 0x200c || cp === 0x200d || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || (cp >= 0xe0000 && cp <= 0xe0fff);
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** "[U+1F600]": what a character no font has is printed as. */
export const standIn = (cp: number) => `[U+${hex4(cp)}]`;

function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += hex4(text.charCodeAt(i));
  return out;
}

/** Our own writer for fallback fonts, like jsPDF's Identity-H writer but with a full ToUnicode. */
function putFallbackFont(args: PutFontArgs): void {
  const { font, out, newObject, putStream } = args;
  const meta = font.metadata as TtfMetadata | undefined;
  if (!meta?.dedaToUnicode || font.isAlreadyPutted) return;
  const data = meta.subset.encode(meta.glyIdsUsed, 1);
  let binary = '';
  for (let i = 0; i < data.length; i += 0x2000) binary += String.fromCharCode.apply(null, Array.prototype.slice.call(data, i, i + 0x2000) as number[]);
  const file = newObject();
  putStream({ data: binary, addLength1: true, objectId: file });
  out('endobj');
  const entries = [...meta.dedaToUnicode].sort((a, b) => a[0] - b[0]).map(([glyph, text]) => `<${hex4(glyph)}><${utf16Hex(text)}>`);
  let cmap = '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n';
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    cmap += `${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar\n`;
  }
  cmap += 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend';
  const toUnicode = newObject();
  putStream({ data: cmap, addLength1: true, objectId: toUnicode });
  out('endobj');
  const convert = (jsPDF.API as unknown as { PDFObject: { convert(v: unknown): string } }).PDFObject.convert;
  const descriptor = newObject();
  out(
    `<< /Type /FontDescriptor /FontName /${font.fontName} /FontFile2 ${file} 0 R /FontBBox ${convert(meta.bbox)} /Flags ${meta.flags} /StemV ${meta.stemV} /ItalicAngle ${meta.italicAngle} /Ascent ${meta.ascender} /Descent ${meta.decender} /CapHeight ${meta.capHeight} >>`,
  );
  out('endobj');
  const descendant = newObject();
  out(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${font.fontName} /FontDescriptor ${descriptor} 0 R /W ${convert(meta.Unicode.widths)} /CIDToGIDMap /Identity /DW 1000 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>`,
  );
  out('endobj');
  font.objectNumber = newObject();
  out(`<< /Type /Font /Subtype /Type0 /BaseFont /${font.fontName} /Encoding /Identity-H /ToUnicode ${toUnicode} 0 R /DescendantFonts [${descendant} 0 R] >>`);
  out('endobj');
  font.isAlreadyPutted = true;
  // jsPDF's own Identity-H writer, which runs after this one, would write the font again.
  font.encoding = 'Identity-H (written by the report)';
}

// Ahead of jsPDF's own font writers, for every document made from here on (a new document
// subscribes the plug-ins' handlers from the last to the first, so the last runs first).
const events = (jsPDF.API as unknown as { events: [string, (a: PutFontArgs) => void][] }).events;
if (!events.some(([, fn]) => fn === putFallbackFont)) events.push(['putFont', putFallbackFont]);

interface Variant {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly lookup: GlyphLookup;
  meta: TtfMetadata | null;
}

interface Encoded {
  readonly variant: Variant;
  readonly glyph: number;
  readonly text: string;
}

/** The fonts of one document: the primary Noto Sans and the fallbacks, asked in order. */
export class FontSet {
  private readonly primary: Record<Weight, GlyphLookup>;
  private readonly fallbacks: readonly { regular: Variant; bold: Variant }[];
  private readonly units = new Map<string, number>();
  private readonly byUnit = new Map<number, Encoded>();
  /** Private-use characters the report's own text holds: never handed out as encoded units. */
  private readonly reserved = new Set<number>();
  private nextUnit = PUA_FIRST;
  /** Characters no font has, shown as stand-ins. */
  readonly missing = new Set<number>();

  constructor(
    private readonly doc: jsPDF,
    files: FontFiles,
  ) {
    for (const weight of ['regular', 'bold'] as const) {
      const file = `${FONT_NAME[weight]}.ttf`;
      doc.addFileToVFS(file, binaryString(files[weight]));
      doc.addFont(file, FONT_NAME[weight], 'normal', 'Identity-H');
      doc.setFont(FONT_NAME[weight], 'normal');
      this.measureEncoded(doc.getFont().metadata as TtfMetadata);
    }
    this.primary = { regular: readCmap(files.regular), bold: readCmap(files.bold) };
    this.fallbacks = (files.fallbacks ?? []).map((f) => {
      const regular: Variant = { name: `DED${f.tag}R+${f.name}-Regular`, bytes: f.regular, lookup: readCmap(f.regular), meta: null };
      const bold: Variant = f.bold ? { name: `DED${f.tag}B+${f.name}-Bold`, bytes: f.bold, lookup: readCmap(f.bold), meta: null } : regular;
      return { regular, bold };
    });
  }

  /** Lets the primary fonts measure an encoded unit as the fallback glyph it stands for. */
  private measureEncoded(meta: TtfMetadata): void {
    const toGlyph = meta.characterToGlyph.bind(meta);
    const width = meta.widthOfGlyph.bind(meta);
    meta.characterToGlyph = (code) => {
      return this.byUnit.has(code) ? FAKE_GLYPH + code : toGlyph(code);
    };
    meta.widthOfGlyph = (glyph) => {
      if (glyph < FAKE_GLYPH) return width(glyph);
      const e = this.byUnit.get(glyph - FAKE_GLYPH);
      return e?.variant.meta ? e.variant.meta.widthOfGlyph(e.glyph) : 0;
    };
  }

  /** Where a character comes from: the primary font, a fallback, or nowhere. */
  private source(cp: number, weight: Weight): Variant | 'primary' | null {
    // Private-use characters mean something only to the program that wrote them.
    if (cp >= PUA_FIRST && cp <= PUA_LAST) return null;
    if (cp <= 0xffff && this.primary[weight](cp) !== 0) return 'primary';
    for (const f of this.fallbacks) {
      const v = weight === 'bold' ? f.bold : f.regular;
      if (v.lookup(cp) !== 0) return v;
    }
    return null;
  }

  /**
   * Takes note of the private-use characters in all of the report's text, so that an encoded
   * unit is never one of them and encoding an already encoded line changes nothing.
   */
  reserve(text: string): void {
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp >= PUA_FIRST && cp <= PUA_LAST) this.reserved.add(cp);
    }
  }

  /** Code points in `text` that no font has (and that are not invisible anyway). */
  uncovered(text: string): number[] {
    const out = new Set<number>();
    for (const ch of text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp < 0x20 || ignorable(cp) || cp === 0xad || cp === 0x200b || (cp >= 0x7f && cp < 0xa0)) continue;
      if (this.source(cp, 'regular') === null || this.source(cp, 'bold') === null) out.add(cp);
    }
    return [...out].sort((a, b) => a - b);
  }

  private register(v: Variant): TtfMetadata {
    if (v.meta) return v.meta;
    const file = `${v.name}.ttf`;
    const current = this.doc.getFont();
    this.doc.addFileToVFS(file, binaryString(v.bytes));
    this.doc.addFont(file, v.name, 'normal', 'Identity-H');
    const entry = (this.doc.internal as unknown as { getFont(name: string, style: string): FontEntry }).getFont(v.name, 'normal');
    entry.metadata.dedaToUnicode = new Map();
    v.meta = entry.metadata;
    this.doc.setFont(current.fontName, current.fontStyle);
    return v.meta;
  }

  private unitFor(v: Variant, cp: number, ch: string): string {
    const key = `${v.name} ${cp}`;
    let unit = this.units.get(key);
    if (unit === undefined) {
      while (this.reserved.has(this.nextUnit)) this.nextUnit += 1;
      if (this.nextUnit > PUA_LAST) {
        this.missing.add(cp);
        return standIn(cp);
      }
      unit = this.nextUnit;
      this.nextUnit += 1;
      const meta = this.register(v);
      const glyph = v.lookup(cp);
      meta.cmap.unicode.codeMap[unit] = glyph;
      meta.dedaToUnicode?.set(glyph, ch);
      this.byUnit.set(unit, { variant: v, glyph, text: ch });
      this.units.set(key, unit);
    }
    return String.fromCharCode(unit);
  }

  /**
   * The text as it is measured and drawn: line breaks kept, control characters dropped,
   * characters from fallback fonts encoded, characters no font has as stand-ins.
   */
  encode(text: string, weight: Weight): string {
    let out = '';
    for (const ch of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
      const cp = ch.codePointAt(0) ?? 0;
      if (cp === 0x0a) out += '\n';
      else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xad || cp === 0x200b) continue;
      // A line that was encoded before (by wrap) comes back to be drawn: it stays as it is.
      else if (this.byUnit.has(cp)) out += ch;
      else {
        const from = this.source(cp, weight);
        if (from === 'primary') out += ch;
        else if (from) out += this.unitFor(from, cp, ch);
        else if (!ignorable(cp)) {
          this.missing.add(cp);
          out += standIn(cp);
        }
      }
    }
    return out;
  }

  /** The encoded text cut into runs by font. */
  runs(encoded: string, weight: Weight): Run[] {
    const runs: Run[] = [];
    let font = FONT_NAME[weight];
    let text = '';
    for (let i = 0; i < encoded.length; i += 1) {
      const e = this.byUnit.get(encoded.charCodeAt(i));
      const name = e ? e.variant.name : FONT_NAME[weight];
      if (name !== font && text !== '') {
        runs.push({ font, text, primary: font === FONT_NAME[weight] });
        text = '';
      }
      font = name;
      text += encoded[i];
    }
    if (text !== '') runs.push({ font, text, primary: font === FONT_NAME[weight] });
    return runs;
  }

  /**
   * The order in which an encoded line's glyphs are set from left to right: a stretch of
   * right-to-left script (Hebrew, Arabic) with the spaces and punctuation inside it is turned
   * round, so that it reads from right to left on paper, and text extraction (which expects
   * such glyphs in visual order) gives back the characters in the order they were typed.
   * No more than that: numbers inside such a stretch are turned too, and Arabic is not
   * shaped (its letters stand in their isolated forms).
   */
  visual(encoded: string): string {
    const units = Array.from({ length: encoded.length }, (_, i) => encoded.charCodeAt(i));
    const rtl = units.map((u) => rightToLeft(this.byUnit.get(u)?.text.codePointAt(0) ?? u));
    const neutral = units.map((u) => u < 0xe000 && /[\s.,;:!?'"()\-–—]/.test(String.fromCharCode(u)));
    let out = '';
    let i = 0;
    while (i < units.length) {
      if (!rtl[i]) {
        out += encoded[i];
        i += 1;
        continue;
      }
      let end = i;
      for (let k = i + 1; k < units.length && (rtl[k] || neutral[k]); k += 1) if (rtl[k]) end = k;
      out += encoded.slice(i, end + 1).split('').reverse().join('');
      i = end + 1;
    }
    return out;
  }

  /** The characters an encoded text stands for (for alternative and actual texts). */
  decode(encoded: string): string {
    let out = '';
    for (let i = 0; i < encoded.length; i += 1) {
      const e = this.byUnit.get(encoded.charCodeAt(i));
      out += e ? e.text : encoded[i];
    }
    return out;
  }
}

function rightToLeft(cp: number): boolean {
  return (cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff);
}

/** Whether any character of `text` is missing from the primary font (then the fallbacks are loaded). */
export function needsFallbacks(text: string, files: Pick<FontFiles, 'regular' | 'bold'>): boolean {
  const regular = readCmap(files.regular);
  const bold = readCmap(files.bold);
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || cp === 0xad || cp === 0x200b || (cp >= 0x7f && cp < 0xa0)) continue;
    if (cp > 0xffff || (cp >= PUA_FIRST && cp <= PUA_LAST) || regular(cp) === 0 || bold(cp) === 0) return true;
  }
  return false;
}
