// Why: a bundle carries photos as base64 text and a JWS uses base64url (RFC 4648 section 5,
// no padding). Both must be fast for megabytes of photos and strict when decoding, because a
// bundle is untrusted input: a stray character is an error, never silently skipped.
// Browsers with Uint8Array.prototype.toBase64 (Chromium 140+) use it; elsewhere a table-driven
// loop does the same work (Node 20, older Safari).

const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

type NativeBase64 = {
  toBase64?: (this: Uint8Array, opts?: { alphabet?: 'base64' | 'base64url'; omitPadding?: boolean }) => string;
};
type NativeFrom = {
  fromBase64?: (s: string, opts?: { alphabet?: 'base64'; lastChunkHandling?: 'strict' }) => Uint8Array;
};

function decodeTable(alphabet: string): Int16Array {
  const t = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  return t;
}
const STD_DEC = decodeTable(STD);
const STD_ENC = Uint8Array.from(STD, (c) => c.charCodeAt(0));
const URL_ENC = Uint8Array.from(URL, (c) => c.charCodeAt(0));
const STD_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;
const URL_DEC = decodeTable(URL);

export class Base64Error extends Error {
  override readonly name = 'Base64Error';
}

// ASCII output written into bytes, then turned into a string in one native call: far faster
// than building the string from character codes.
const latin1 = new TextDecoder('latin1');
const utf8 = new TextEncoder();

function encode(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  const native = (bytes as unknown as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes, { alphabet: alphabet === URL ? 'base64url' : 'base64', omitPadding: !pad });
  const table = alphabet === URL ? URL_ENC : STD_ENC;
  const n = bytes.length;
  const whole = n - (n % 3);
  const rest = n - whole;
  const outLength = (whole / 3) * 4 + (rest === 0 ? 0 : pad ? 4 : rest + 1);
  const out = new Uint8Array(outLength);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const v = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o] = table[v >>> 18] as number;
    out[o + 1] = table[(v >>> 12) & 63] as number;
    out[o + 2] = table[(v >>> 6) & 63] as number;
    out[o + 3] = table[v & 63] as number;
    o += 4;
  }
  if (rest > 0) {
    const v = ((bytes[whole] as number) << 16) | (rest === 2 ? (bytes[whole + 1] as number) << 8 : 0);
    out[o++] = table[v >>> 18] as number;
    out[o++] = table[(v >>> 12) & 63] as number;
    if (rest === 2) out[o++] = table[(v >>> 6) & 63] as number;
    else if (pad) out[o++] = 61;
    if (pad) out[o++] = 61;
  }
  return latin1.decode(out);
}

function decode(text: string, table: Int16Array, padded: boolean): Uint8Array {
  let len = text.length;
  if (padded) {
    if (len % 4 !== 0) throw new Base64Error('base64 text has a wrong length');
    if (text.endsWith('==')) len -= 2;
    else if (text.endsWith('=')) len -= 1;
  } else if (len % 4 === 1) throw new Base64Error('base64url text has a wrong length');
  // Native decoding (strict about padding and spare bits) for padded base64, after a check
  // that refuses the whitespace the native decoder would otherwise skip.
  const fromNative = (Uint8Array as unknown as NativeFrom).fromBase64;
  if (padded && typeof fromNative === 'function') {
    if (!STD_TEXT.test(text)) throw new Base64Error('base64 text holds a character that does not belong there');
    try {
      return fromNative(text, { alphabet: 'base64', lastChunkHandling: 'strict' });
    } catch {
      throw new Base64Error('base64 text is not in its canonical form');
    }
  }
  // Work on the text's bytes: valid base64 is ASCII, so its UTF-8 is one byte per character
  // (anything else makes the lengths differ, or a byte >= 128 that no table entry matches).
  const src = utf8Encode(text);
  if (src.length !== text.length) throw new Base64Error('base64 text holds a character that does not belong there');
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let i = 0;
  const at = (k: number): number => {
    const c = src[k] as number;
    const v = c < 128 ? (table[c] as number) : -1;
    if (v < 0) throw new Base64Error('base64 text holds a character that does not belong there');
    return v;
  };
  for (; i + 3 < len; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    out[o] = n >>> 16;
    out[o + 1] = (n >>> 8) & 255;
    out[o + 2] = n & 255;
    o += 3;
  }
  const rest = len - i;
  if (rest === 2) {
    const n = (at(i) << 18) | (at(i + 1) << 12);
    if (n & 0xffff) throw new Base64Error('base64 text is not in its canonical form');
    out[o++] = n >>> 16;
  } else if (rest === 3) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6);
    if (n & 0xff) throw new Base64Error('base64 text is not in its canonical form');
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
  }
  return o === out.length ? out : out.subarray(0, o);
}

/** Standard base64 with padding (RFC 4648 section 4): how photos travel in a bundle. */
export const base64 = {
  encode: (bytes: Uint8Array): string => encode(bytes, STD, true),
  decode: (text: string): Uint8Array => decode(text, STD_DEC, true),
};

/** base64url without padding (RFC 4648 section 5, RFC 7515 section 2): JOSE's encoding. */
export const base64url = {
  encode: (bytes: Uint8Array): string => encode(bytes, URL, false),
  decode: (text: string): Uint8Array => decode(text, URL_DEC, false),
};

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8 bytes of a text. encodeInto into a buffer sized for mostly-ASCII text is several times
 * faster than encode() for the megabytes a bundle holds (measured in Chromium 156); the rare
 * rest is encoded into a second, larger buffer.
 */
export function utf8Encode(text: string): Uint8Array<ArrayBuffer> {
  const first = new Uint8Array(Math.ceil(text.length * 1.05) + 64);
  const r = utf8.encodeInto(text, first);
  if (r.read === text.length) return first.subarray(0, r.written);
  const rest = text.slice(r.read);
  const out = new Uint8Array(r.written + rest.length * 3);
  out.set(first.subarray(0, r.written), 0);
  const r2 = utf8.encodeInto(rest, out.subarray(r.written));
  return out.subarray(0, r.written + r2.written);
}

/** Decodes UTF-8, refusing malformed bytes instead of replacing them. */
export function utf8Decode(bytes: Uint8Array): string {
  return utf8Strict.decode(bytes);
}
