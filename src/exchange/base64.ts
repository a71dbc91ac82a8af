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
const STD_TEXT = /^[A-Za-z0-9+/]*={0,2}$/;
const URL_DEC = decodeTable(URL);

export class Base64Error extends Error {
  override readonly name = 'Base64Error';
}

function encode(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  const native = (bytes as unknown as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes, { alphabet: alphabet === URL ? 'base64url' : 'base64', omitPadding: !pad });
  const parts: string[] = [];
  const CHUNK = 3 * 4096;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes: number[] = [];
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
      codes.push(alphabet.charCodeAt(n >>> 18), alphabet.charCodeAt((n >>> 12) & 63), alphabet.charCodeAt((n >>> 6) & 63), alphabet.charCodeAt(n & 63));
    }
    const rest = end - i;
    if (rest > 0) {
      const n = ((bytes[i] as number) << 16) | (rest === 2 ? (bytes[i + 1] as number) << 8 : 0);
      codes.push(alphabet.charCodeAt(n >>> 18), alphabet.charCodeAt((n >>> 12) & 63));
      if (rest === 2) codes.push(alphabet.charCodeAt((n >>> 6) & 63));
      else if (pad) codes.push(61);
      if (pad) codes.push(61);
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
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
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  let i = 0;
  const at = (k: number): number => {
    const c = text.charCodeAt(k);
    const v = c < 128 ? (table[c] as number) : -1;
    if (v < 0) throw new Base64Error('base64 text holds a character that does not belong there');
    return v;
  };
  for (; i + 3 < len; i += 4) {
    const n = (at(i) << 18) | (at(i + 1) << 12) | (at(i + 2) << 6) | at(i + 3);
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
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

const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function utf8Encode(text: string): Uint8Array {
  return utf8.encode(text);
}

/** Decodes UTF-8, refusing malformed bytes instead of replacing them. */
export function utf8Decode(bytes: Uint8Array): string {
  return utf8Strict.decode(bytes);
}
