// Why: the report must know, before it draws a character, which of its fonts has a glyph for
// it, including characters beyond U+FFFF (emoji, mathematical letters) that jsPDF's own font
// parser cannot look up. This reads a TrueType font's character map (formats 4 and 12) into
// a lookup from code point to glyph id, without parsing anything else of the font.

/** Glyph id for a code point, 0 when the font has none. */
export type GlyphLookup = (codePoint: number) => number;

interface Segment4 {
  readonly end: number;
  readonly start: number;
  readonly delta: number;
  /** Byte offset of this segment's idRangeOffset field, or -1 when it is 0. */
  readonly rangeAt: number;
}

const cache = new WeakMap<Uint8Array, GlyphLookup>();

export function readCmap(bytes: Uint8Array): GlyphLookup {
  const known = cache.get(bytes);
  if (known) return known;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = view.getUint16(4);
  let cmapAt = -1;
  for (let i = 0; i < tables; i += 1) {
    const at = 12 + i * 16;
    if (String.fromCharCode(bytes[at] ?? 0, bytes[at + 1] ?? 0, bytes[at + 2] ?? 0, bytes[at + 3] ?? 0) === 'cmap') cmapAt = view.getUint32(at + 8);
  }
  if (cmapAt < 0) throw new Error('font without a cmap table');
  const count = view.getUint16(cmapAt + 2);
  let best12 = -1;
  let best4 = -1;
  for (let i = 0; i < count; i += 1) {
    const platform = view.getUint16(cmapAt + 4 + i * 8);
    const encoding = view.getUint16(cmapAt + 6 + i * 8);
    const at = cmapAt + view.getUint32(cmapAt + 8 + i * 8);
    const format = view.getUint16(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && best12 < 0) best12 = at;
    if (format === 4 && best4 < 0) best4 = at;
  }
  const lookup = best12 >= 0 ? format12(view, best12) : best4 >= 0 ? format4(view, best4) : () => 0;
  cache.set(bytes, lookup);
  return lookup;
}

function format12(view: DataView, at: number): GlyphLookup {
  const groups = view.getUint32(at + 12);
  const starts = new Uint32Array(groups);
  const ends = new Uint32Array(groups);
  const glyphs = new Uint32Array(groups);
  for (let i = 0; i < groups; i += 1) {
    starts[i] = view.getUint32(at + 16 + i * 12);
    ends[i] = view.getUint32(at + 20 + i * 12);
    glyphs[i] = view.getUint32(at + 24 + i * 12);
  }
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cp < (starts[mid] ?? 0)) hi = mid - 1;
      else if (cp > (ends[mid] ?? 0)) lo = mid + 1;
      else return (glyphs[mid] ?? 0) + cp - (starts[mid] ?? 0);
    }
    return 0;
  };
}

function format4(view: DataView, at: number): GlyphLookup {
  const segments = view.getUint16(at + 6) / 2;
  const endsAt = at + 14;
  const startsAt = endsAt + segments * 2 + 2;
  const deltasAt = startsAt + segments * 2;
  const rangesAt = deltasAt + segments * 2;
  const list: Segment4[] = [];
  for (let i = 0; i < segments; i += 1) {
    const range = view.getUint16(rangesAt + i * 2);
    list.push({ end: view.getUint16(endsAt + i * 2), start: view.getUint16(startsAt + i * 2), delta: view.getInt16(deltasAt + i * 2), rangeAt: range === 0 ? -1 : rangesAt + i * 2 });
  }
  return (cp) => {
    if (cp > 0xffff) return 0;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid] as Segment4;
      if (cp > s.end) lo = mid + 1;
      else if (cp < s.start) hi = mid - 1;
      else {
        if (s.rangeAt < 0) return (cp + s.delta) & 0xffff;
        const glyph = view.getUint16(s.rangeAt + view.getUint16(s.rangeAt) + (cp - s.start) * 2);
        return glyph === 0 ? 0 : (glyph + s.delta) & 0xffff;
      }
    }
    return 0;
  };
}
