// Why: a bundle sent by e-mail or left on a USB stick is readable by anyone who finds it. This
// wraps the signed bundle file, byte for byte, in a standard JWE (RFC 7516) that a passphrase
// opens: PBES2-HS512+A256KW (RFC 7518 section 4.8: PBKDF2 with HMAC-SHA-512, then AES key wrap)
// around a random content key, and A256GCM for the content. Only WebCrypto is used, so the app
// gains no dependency, and any JOSE library opens the file. The file is untrusted input: its
// header is checked completely (algorithms, the iteration count, the sizes of every part)
// before a single key is derived, so a hostile file can neither choose a weak algorithm nor
// make the tablet spend minutes in PBKDF2.
import { base64url, Base64Error, utf8Encode } from './base64';
import { parseGuarded } from './parse-guarded';

export const JWE_ALG = 'PBES2-HS512+A256KW';
export const JWE_ENC = 'A256GCM';
/** Media type of the compact serialization (RFC 7516 section 9), the form the app writes. */
export const JWE_MEDIA_TYPE = 'application/jose';
/**
 * PBKDF2-HMAC-SHA-512 iterations the app writes. OWASP's password storage cheat sheet asks for
 * at least 210,000 with SHA-512; a file that travels can be attacked offline without limit, so
 * the app spends about three times that (measured on this machine in docs/bundle-format.md).
 */
export const P2C = 600_000;
/**
 * The most iterations a file may ask for: a little over three times what the app writes. A file
 * that asks for more is refused before deriving anything, so it cannot keep a tablet busy.
 */
export const MAX_P2C = 2_000_000;
/** RFC 7518 section 4.8.1.1: the salt input is at least 8 octets; the app writes 16. */
const MIN_P2S_BYTES = 8;
const P2S_BYTES = 16;
/** A header of a few hundred characters is normal; anything past this is not a header. */
const MAX_HEADER_CHARS = 4096;
/** AES-GCM's 96-bit IV, its 128-bit tag and a wrapped 256-bit key (RFC 3394: 8 bytes more). */
const IV_BYTES = 12;
const TAG_BYTES = 16;
const WRAPPED_KEY_BYTES = 40;

/**
 * Why an encrypted file was not opened:
 * - `damaged`: not a well-formed JWE, or its content was changed (the GCM tag does not match);
 * - `unsupported`: another algorithm or encryption, compression, critical extensions, or
 *   several recipients;
 * - `too-costly`: it asks for more PBKDF2 iterations than MAX_P2C;
 * - `wrong-passphrase`: the key does not unwrap (the passphrase, or the salt, count or wrapped
 *   key were changed: AES key wrap cannot tell these apart);
 * - `not-a-bundle`: it opened, but what is inside is no DEDA Tafel bundle.
 */
export type JweFailure = 'damaged' | 'unsupported' | 'too-costly' | 'wrong-passphrase' | 'not-a-bundle';

export interface JweHeader {
  readonly alg: string;
  readonly enc: string;
  readonly p2c: number;
  readonly p2s: string;
  readonly [member: string]: unknown;
}

/** A parsed JWE whose header passed every check: what `openJwe` needs. */
export interface JweEnvelope {
  readonly header: JweHeader;
  /** The additional authenticated data, as RFC 7516 section 5.1 step 14 builds it. */
  readonly aad: Uint8Array<ArrayBuffer>;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly encryptedKey: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly ciphertext: Uint8Array<ArrayBuffer>;
  readonly tag: Uint8Array<ArrayBuffer>;
}

export type ParsedJwe = { readonly ok: true; readonly envelope: JweEnvelope } | { readonly ok: false; readonly failure: JweFailure };
export type OpenedJwe = { readonly ok: true; readonly plaintext: Uint8Array<ArrayBuffer> } | { readonly ok: false; readonly failure: JweFailure };

const COMPACT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
const COMPACT_HEAD = /^\s*eyJ[A-Za-z0-9_-]*\./;
/** A JSON serialization names a JWE member first; a bundle or backup names `format` or `payload`. */
const JSON_HEAD = /^\uFEFF?\s*\{\s*"(protected|unprotected|header|encrypted_key|iv|ciphertext|tag|aad|recipients)"\s*:/;
const JSON_MEMBERS = new Set(['protected', 'unprotected', 'header', 'encrypted_key', 'iv', 'ciphertext', 'tag', 'aad']);

/**
 * Whether the first bytes of a file are those of a JWE: a compact serialization (base64url of a
 * JSON header, so it starts with `eyJ`, then a dot) or a JSON one (a JWE member named first).
 * By structure, whatever the file is called.
 */
export function looksLikeJwe(head: string): boolean {
  return COMPACT_HEAD.test(head) || JSON_HEAD.test(head);
}

const ascii = (s: string): Uint8Array<ArrayBuffer> => utf8Encode(s);

function b64(text: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof text !== 'string') return null;
  try {
    return base64url.decode(text) as Uint8Array<ArrayBuffer>;
  } catch (e) {
    if (e instanceof Base64Error) return null;
    throw e;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function decodeHeader(protectedB64: string): Record<string, unknown> | null {
  if (protectedB64.length > MAX_HEADER_CHARS) return null;
  const bytes = b64(protectedB64);
  if (!bytes) return null;
  const parsed = parseGuarded(bytes, { bytes: MAX_HEADER_CHARS, depth: 4 });
  return parsed.ok && isObject(parsed.value) ? parsed.value : null;
}

/** The header's own checks, in the order that gives the most useful reason. */
function checkHeader(h: Record<string, unknown>): { ok: true; header: JweHeader; salt: Uint8Array<ArrayBuffer> } | { ok: false; failure: JweFailure } {
  if (h.alg !== JWE_ALG || h.enc !== JWE_ENC) return { ok: false, failure: 'unsupported' };
  // Compression would let a small file unpack into gigabytes; no extension is understood.
  if ('zip' in h || 'crit' in h) return { ok: false, failure: 'unsupported' };
  const p2c = h.p2c;
  if (typeof p2c !== 'number' || !Number.isSafeInteger(p2c) || p2c < 1) return { ok: false, failure: 'damaged' };
  if (p2c > MAX_P2C) return { ok: false, failure: 'too-costly' };
  const salt = b64(h.p2s);
  if (!salt || salt.length < MIN_P2S_BYTES) return { ok: false, failure: 'damaged' };
  return { ok: true, header: h as JweHeader, salt };
}

type Parts = { header: Record<string, unknown>; aad: string; encryptedKey: unknown; iv: unknown; ciphertext: unknown; tag: unknown };

function compactParts(text: string): Parts | null {
  if (!COMPACT.test(text)) return null;
  const [p, encryptedKey, iv, ciphertext, tag] = text.split('.') as [string, string, string, string, string];
  const header = decodeHeader(p);
  return header ? { header, aad: p, encryptedKey, iv, ciphertext, tag } : null;
}

function jsonParts(value: unknown): Parts | 'unsupported' | null {
  if (!isObject(value)) return null;
  if ('recipients' in value) return 'unsupported';
  if (Object.keys(value).some((k) => !JSON_MEMBERS.has(k))) return null;
  const p = value.protected;
  if (p !== undefined && typeof p !== 'string') return null;
  const prot = p === undefined ? {} : decodeHeader(p);
  const { unprotected = {}, header = {} } = value;
  if (!prot || !isObject(unprotected) || !isObject(header)) return null;
  // RFC 7516 section 7.2.1: the three headers together are the JOSE header, with no name twice.
  const merged: Record<string, unknown> = {};
  for (const part of [prot, unprotected, header]) {
    for (const [k, v] of Object.entries(part)) {
      if (k in merged) return null;
      merged[k] = v;
    }
  }
  if (value.aad !== undefined && (typeof value.aad !== 'string' || !b64(value.aad))) return null;
  const aad = `${p ?? ''}${value.aad === undefined ? '' : `.${value.aad as string}`}`;
  return { header: merged, aad, encryptedKey: value.encrypted_key, iv: value.iv, ciphertext: value.ciphertext, tag: value.tag };
}

/**
 * Reads a JWE in compact or flattened JSON serialization and checks everything that can be
 * checked without the passphrase. `text` is the whole file.
 */
export function parseJwe(text: string): ParsedJwe {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let parts: Parts | 'unsupported' | null;
  if (trimmed.startsWith('{')) {
    const parsed = parseGuarded(utf8Encode(trimmed), { bytes: Number.MAX_SAFE_INTEGER, depth: 4 });
    parts = parsed.ok ? jsonParts(parsed.value) : null;
  } else parts = compactParts(trimmed);
  if (parts === 'unsupported') return { ok: false, failure: 'unsupported' };
  if (!parts) return { ok: false, failure: 'damaged' };
  const checked = checkHeader(parts.header);
  if (!checked.ok) return checked;
  const encryptedKey = b64(parts.encryptedKey);
  const iv = b64(parts.iv);
  const ciphertext = b64(parts.ciphertext);
  const tag = b64(parts.tag);
  if (!encryptedKey || encryptedKey.length !== WRAPPED_KEY_BYTES || !iv || iv.length !== IV_BYTES || !ciphertext || !tag || tag.length !== TAG_BYTES) {
    return { ok: false, failure: 'damaged' };
  }
  return { ok: true, envelope: { header: checked.header, aad: ascii(parts.aad), salt: checked.salt, encryptedKey, iv, ciphertext, tag } };
}

/** The passphrase as bytes: NFC first, so the same words typed on another keyboard still match. */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return utf8Encode(passphrase.normalize('NFC'));
}

/** RFC 7518 section 4.8.1.1: the PBKDF2 salt is UTF8(alg) || 0x00 || p2s. */
function pbkdf2Salt(p2s: Uint8Array): Uint8Array<ArrayBuffer> {
  const alg = ascii(JWE_ALG);
  const salt = new Uint8Array(alg.length + 1 + p2s.length);
  salt.set(alg, 0);
  salt.set(p2s, alg.length + 1);
  return salt;
}

async function keyWrappingKey(passphrase: string, p2s: Uint8Array, p2c: number, usage: 'wrapKey' | 'unwrapKey'): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', passphraseBytes(passphrase), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-512', salt: pbkdf2Salt(p2s), iterations: p2c }, base, { name: 'AES-KW', length: 256 }, false, [usage]);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Encrypts `plaintext` under `passphrase` as a compact JWE. `p2c` is for tests that need many
 * files quickly; the app always writes P2C.
 */
export async function sealJwe(plaintext: Uint8Array<ArrayBuffer>, passphrase: string, opts: { p2c?: number } = {}): Promise<string> {
  const p2c = opts.p2c ?? P2C;
  const p2s = crypto.getRandomValues(new Uint8Array(P2S_BYTES));
  const header = { alg: JWE_ALG, enc: JWE_ENC, p2c, p2s: base64url.encode(p2s), cty: 'application/json' };
  const protectedB64 = base64url.encode(ascii(JSON.stringify(header)));
  const kek = await keyWrappingKey(passphrase, p2s, p2c, 'wrapKey');
  const cek = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  const encryptedKey = new Uint8Array(await crypto.subtle.wrapKey('raw', cek, kek, 'AES-KW'));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: ascii(protectedB64), tagLength: 128 }, cek, plaintext));
  const ciphertext = sealed.subarray(0, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  return [protectedB64, base64url.encode(encryptedKey), base64url.encode(iv), base64url.encode(ciphertext), base64url.encode(tag)].join('.');
}

/** Decrypts a checked envelope. Never throws for a bad passphrase or a changed file. */
export async function openJwe(envelope: JweEnvelope, passphrase: string): Promise<OpenedJwe> {
  const kek = await keyWrappingKey(passphrase, envelope.salt, envelope.header.p2c, 'unwrapKey');
  let cek: CryptoKey;
  try {
    cek = await crypto.subtle.unwrapKey('raw', envelope.encryptedKey, kek, 'AES-KW', { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
  } catch {
    // AES key wrap's integrity check failed: the key that unwrapped it is not the one that wrapped it.
    return { ok: false, failure: 'wrong-passphrase' };
  }
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: envelope.iv, additionalData: envelope.aad, tagLength: 128 }, cek, concat(envelope.ciphertext, envelope.tag));
    return { ok: true, plaintext: new Uint8Array(plain) };
  } catch {
    // The right key, but the content, its tag or its header changed since it was sealed.
    return { ok: false, failure: 'damaged' };
  }
}
