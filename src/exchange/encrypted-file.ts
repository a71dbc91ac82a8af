// Why: an encrypted bundle is an envelope around the very file an ordinary export writes, so
// opening one is two steps that the app and the command-line verifier share: first the
// envelope (its size, then its structure and header, all before the passphrase is asked),
// then, with the passphrase, the file inside, which goes through every check a bundle that
// came unencrypted goes through. What the envelope holds is never trusted more for having
// been encrypted: a JWE made by anyone who knows the passphrase is possible.
import { openFile, type OpenedFile } from './backup';
import { utf8Decode } from './base64';
import type { OpenOptions } from './bundle';
import { LIMITS } from './bundle-schema';
import { looksLikeJwe, openJwe, parseJwe, sealJwe, type JweEnvelope } from './jwe';
import type { Refusal } from './refusal';

/** An encrypted bundle is base64url text (4 characters for every 3 bytes) and a short header. */
export const MAX_JWE_BYTES = Math.ceil(LIMITS.bundleBytes / 3) * 4 + 64 * 1024;
/** The end of an encrypted bundle's file name, next to `.deda.json` for an open one. */
export const ENCRYPTED_SUFFIX = '.deda.jwe';

export type LockedFile = { readonly ok: true; readonly envelope: JweEnvelope } | { readonly ok: false; readonly refusal: Refusal };

/** Whether a file's first few hundred characters are those of an encrypted bundle. */
export function isEncryptedHead(head: string): boolean {
  return looksLikeJwe(head);
}

/** The envelope checked as far as it can be without the passphrase. */
export function readLocked(bytes: Uint8Array): LockedFile {
  if (bytes.length > MAX_JWE_BYTES) return { ok: false, refusal: { kind: 'too-large', bytes: bytes.length, limit: MAX_JWE_BYTES } };
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch {
    return { ok: false, refusal: { kind: 'encrypted', failure: 'damaged' } };
  }
  const parsed = parseJwe(text);
  return parsed.ok ? parsed : { ok: false, refusal: { kind: 'encrypted', failure: parsed.failure } };
}

/** Refusals that mean the plaintext is no DEDA Tafel file at all, rather than a faulty one. */
const NOT_A_BUNDLE: ReadonlySet<Refusal['kind']> = new Set(['empty', 'not-utf8', 'not-json', 'truncated', 'too-deep', 'wrong-format', 'forbidden-key']);

/** Decrypts, then opens what is inside exactly as an unencrypted file is opened. */
export async function unlockFile(envelope: JweEnvelope, passphrase: string, options: OpenOptions = {}): Promise<OpenedFile> {
  const opened = await openJwe(envelope, passphrase);
  if (!opened.ok) return { ok: false, refusal: { kind: 'encrypted', failure: opened.failure } };
  const inside = await openFile(opened.plaintext, options);
  if (!inside.ok && NOT_A_BUNDLE.has(inside.refusal.kind)) return { ok: false, refusal: { kind: 'encrypted', failure: 'not-a-bundle' } };
  return inside;
}

/** Both steps at once, for the command-line verifier. */
export async function openEncryptedFile(bytes: Uint8Array, passphrase: string, options: OpenOptions = {}): Promise<OpenedFile> {
  const locked = readLocked(bytes);
  return locked.ok ? unlockFile(locked.envelope, passphrase, options) : locked;
}

/** The encrypted bundle's file name: the open bundle's, with its own ending. */
export function encryptedName(bundleName: string): string {
  return `${bundleName.replace(/\.deda\.json$|\.json$/, '')}${ENCRYPTED_SUFFIX}`;
}

/** An exported bundle file's bytes, sealed under the passphrase. */
export async function sealBundle(bundle: Uint8Array<ArrayBuffer>, passphrase: string, opts: { p2c?: number } = {}): Promise<string> {
  return sealJwe(bundle, passphrase, opts);
}
