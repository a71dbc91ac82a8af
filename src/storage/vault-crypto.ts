// Why: the cryptography of a vault in one place, WebCrypto only (docs/vaults.md): a random
// AES-GCM data key, wrapped (AES-KW) by a key from the passphrase (PBKDF2-SHA-256) and by one
// from the recovery code (HKDF-SHA-256); sealing and opening a record's content under the data
// key with a fresh IV and an AAD that names the record's table and key. No Dexie here.
import { formatRecoveryCode, parseRecoveryCode, RECOVERY_BYTES, type SecretKind } from '../domain/vault-secret';

/** OWASP's current count for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const RECOVERY_INFO = 'deda-tafel recovery v1';
const subtle = () => globalThis.crypto.subtle;
const utf8 = new TextEncoder();
/** Bytes WebCrypto accepts (not a view of a SharedArrayBuffer). */
type Bytes = Uint8Array<ArrayBuffer>;

/** What is stored of a vault's keys: enough to unwrap, nothing to read. */
export interface VaultKeys {
  readonly kdf: { readonly name: 'PBKDF2'; readonly hash: 'SHA-256'; readonly iterations: number; readonly salt: Bytes };
  readonly secretKind: SecretKind;
  /** The data key wrapped (AES-KW) by the passphrase's key and by the recovery code's key. */
  readonly byPassphrase: Bytes;
  readonly byRecovery: Bytes;
}

/**
 * A sealed record's content: format version, IV, AES-GCM ciphertext with its tag, and the id of
 * the vault whose key sealed it (in the clear: it says which key opens the row; a row sealed
 * before vaults were named has none, see vault-core.ts).
 */
export interface Sealed {
  readonly v: 1;
  readonly iv: Bytes;
  readonly ct: Bytes;
  readonly vault?: string;
}

export function isSealed(v: unknown): v is Sealed {
  return typeof v === 'object' && v !== null && (v as Sealed).v === 1 && (v as Sealed).iv instanceof Uint8Array && (v as Sealed).ct instanceof Uint8Array;
}

const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));

async function passphraseKek(secret: string, kdf: VaultKeys['kdf']): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', utf8.encode(secret.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', iterations: kdf.iterations, salt: kdf.salt }, base, { name: 'AES-KW', length: 256 }, false, ['wrapKey', 'unwrapKey']);
}

async function recoveryKek(code: Bytes, salt: Bytes): Promise<CryptoKey> {
  const base = await subtle().importKey('raw', code, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: utf8.encode(RECOVERY_INFO) }, base, { name: 'AES-KW', length: 256 }, false, ['wrapKey', 'unwrapKey']);
}

const unwrap = (wrapped: Bytes, kek: CryptoKey) => subtle().unwrapKey('raw', wrapped, kek, 'AES-KW', { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);

/**
 * A new vault: its stored keys, its data key (non-extractable) and the recovery code to show
 * once. The data key exists in extractable form only inside this function, to be wrapped.
 */
export async function newVault(secret: string, secretKind: SecretKind, iterations = PBKDF2_ITERATIONS): Promise<{ keys: VaultKeys; dataKey: CryptoKey; recoveryCode: string }> {
  const kdf = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: random(SALT_BYTES) } as const;
  const code = random(RECOVERY_BYTES);
  const [kek, rk, raw] = await Promise.all([passphraseKek(secret, kdf), recoveryKek(code, kdf.salt), subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt'])]);
  const [byPassphrase, byRecovery] = await Promise.all([subtle().wrapKey('raw', raw, kek, 'AES-KW'), subtle().wrapKey('raw', raw, rk, 'AES-KW')]);
  const keys: VaultKeys = { kdf, secretKind, byPassphrase: new Uint8Array(byPassphrase), byRecovery: new Uint8Array(byRecovery) };
  const dataKey = await unwrap(keys.byPassphrase, kek);
  return { keys, dataKey, recoveryCode: formatRecoveryCode(code) };
}

/** The data key, or null when the passphrase is not this vault's. */
export async function unlockWithSecret(keys: VaultKeys, secret: string): Promise<CryptoKey | null> {
  try {
    return await unwrap(keys.byPassphrase, await passphraseKek(secret, keys.kdf));
  } catch {
    return null;
  }
}

/** The data key, or null when the code is not a code or not this vault's. */
export async function unlockWithRecoveryCode(keys: VaultKeys, typed: string): Promise<CryptoKey | null> {
  const code = parseRecoveryCode(typed);
  if (!code) return null;
  try {
    return await unwrap(keys.byRecovery, await recoveryKek(code as Bytes, keys.kdf.salt));
  } catch {
    return null;
  }
}

// ---- a record's plain text: JSON with its binary parts after it ----

const BLOB = '$vaultBlob';
const BYTES = '$vaultBytes';

/** The JSON and the binary parts it points to (photos as Blobs, byte arrays). */
async function encode(value: unknown): Promise<Bytes> {
  const parts: Uint8Array[] = [];
  const pending: Promise<void>[] = [];
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    if (typeof Blob !== 'undefined' && v instanceof Blob) {
      const i = parts.push(new Uint8Array(0)) - 1;
      pending.push(v.arrayBuffer().then((b) => void (parts[i] = new Uint8Array(b))));
      return { [BLOB]: i, type: v.type };
    }
    if (v instanceof Uint8Array) return { [BYTES]: parts.push(v) - 1 };
    if (Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) throw new TypeError('a sealed record holds JSON data, Blobs and byte arrays only');
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = walk(x);
    return out;
  };
  const json = utf8.encode(JSON.stringify({ j: walk(value), n: [] as number[] }));
  await Promise.all(pending);
  const lengths = utf8.encode(JSON.stringify(parts.map((p) => p.length)));
  const total = 8 + json.length + lengths.length + parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, json.length);
  view.setUint32(4, lengths.length);
  out.set(json, 8);
  out.set(lengths, 8 + json.length);
  let at = 8 + json.length + lengths.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function decode(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(0);
  const lengthsLength = view.getUint32(4);
  const text = new TextDecoder();
  const { j } = JSON.parse(text.decode(bytes.subarray(8, 8 + jsonLength))) as { j: unknown };
  const lengths = JSON.parse(text.decode(bytes.subarray(8 + jsonLength, 8 + jsonLength + lengthsLength))) as number[];
  const parts: Uint8Array[] = [];
  let at = 8 + jsonLength + lengthsLength;
  for (const n of lengths) {
    parts.push(bytes.slice(at, at + n));
    at += n;
  }
  const walk = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(walk);
    const o = v as Record<string, unknown>;
    if (typeof o[BLOB] === 'number') return new Blob([parts[o[BLOB]] as Uint8Array<ArrayBuffer>], { type: String(o.type) });
    if (typeof o[BYTES] === 'number') return parts[o[BYTES]];
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = walk(x);
    return out;
  };
  return walk(j);
}

/** `deda-tafel/v1/<table>/<key as JSON>`: a ciphertext opens only where it was written. */
export function recordAad(table: string, key: unknown): Bytes {
  return utf8.encode(`deda-tafel/v1/${table}/${JSON.stringify(key)}`);
}

export async function seal(key: CryptoKey, aad: Bytes, value: unknown): Promise<Sealed> {
  const iv = random(IV_BYTES);
  const ct = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, await encode(value));
  return { v: 1, iv, ct: new Uint8Array(ct) };
}

/** The content again; throws when the key, the place (AAD) or a byte is not what sealed it. */
export async function open(key: CryptoKey, aad: Bytes, sealed: Sealed): Promise<unknown> {
  const plain = await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: aad }, key, sealed.ct);
  return decode(new Uint8Array(plain));
}

/** A row with only `clear` fields left readable; the rest sealed into `sealed`, which names the vault. */
export async function sealRow(key: CryptoKey, vaultId: string, table: string, primaryKey: unknown, row: Record<string, unknown>, clear: readonly string[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const hidden: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (clear.includes(k)) out[k] = v;
    else hidden[k] = v;
  }
  out.sealed = { ...(await seal(key, recordAad(table, primaryKey), hidden)), vault: vaultId };
  return out;
}

/** A sealed row's content decrypted, still encoded (`rowWithContent` decodes it); throws as `open` does. */
export async function decryptRow(key: CryptoKey, table: string, primaryKey: unknown, sealed: Sealed): Promise<Uint8Array> {
  return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: recordAad(table, primaryKey) }, key, sealed.ct));
}

/** The row as it was before `sealRow`, from its clear fields and its decrypted content (fresh objects every time). */
export function rowWithContent(row: Record<string, unknown>, plain: Uint8Array): Record<string, unknown> {
  const { sealed: _sealed, ...clear } = row;
  return { ...clear, ...(decode(plain) as Record<string, unknown>) };
}

/** The row as it was before `sealRow`; a row that is not sealed comes back as it is. */
export async function openRow(key: CryptoKey, table: string, primaryKey: unknown, row: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { sealed, ...clear } = row;
  if (!isSealed(sealed)) return row;
  return { ...clear, ...(await open(key, recordAad(table, primaryKey), sealed) as Record<string, unknown>) };
}
