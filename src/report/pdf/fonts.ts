// Why: jsPDF's own fonts only know WinAnsi, which garbles names such as Łukasz or Nguyễn. The
// report embeds Noto Sans (the app's own font, regular and bold) as Unicode TrueType, which
// jsPDF subsets to the glyphs used. Text a font cannot show (an emoji, a rare script) is
// replaced by U+FFFD, visibly, instead of being dropped without a trace.
import type { jsPDF } from 'jspdf';

export interface FontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export type Weight = 'regular' | 'bold';

/**
 * Font names as they appear in the PDF. The six-letter tag marks a subset, as PDF readers
 * (and pdffonts) expect for fonts that carry only the glyphs used.
 */
export const FONT_NAME: Record<Weight, string> = { regular: 'DEDATR+NotoSans-Regular', bold: 'DEDATB+NotoSans-Bold' };

const REPLACEMENT = 0xfffd;

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

interface TtfMetadata {
  readonly cmap: { readonly unicode: { readonly codeMap: Readonly<Record<number, number>> } };
}

/** Cleans any text before it is measured or drawn. */
export type TextCleaner = (text: string) => string;

/** Adds both weights to the document and returns the cleaner that matches their coverage. */
export function registerFonts(doc: jsPDF, files: FontFiles): TextCleaner {
  const maps: Readonly<Record<number, number>>[] = [];
  for (const weight of ['regular', 'bold'] as const) {
    const file = `${FONT_NAME[weight]}.ttf`;
    doc.addFileToVFS(file, binaryString(files[weight]));
    doc.addFont(file, FONT_NAME[weight], 'normal', 'Identity-H');
    doc.setFont(FONT_NAME[weight], 'normal');
    maps.push((doc.getFont().metadata as TtfMetadata).cmap.unicode.codeMap);
  }
  const covered = (cp: number) => maps.every((m) => m[cp] !== undefined);
  return (text: string) => {
    let out = '';
    for (const ch of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
      const cp = ch.codePointAt(0) ?? REPLACEMENT;
      if (cp === 0x0a) out += '\n';
      else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp === 0xad || cp === 0x200b) continue;
      else out += cp <= 0xffff && covered(cp) ? ch : String.fromCharCode(REPLACEMENT);
    }
    return out;
  };
}
