// Why: what happens between "a file was chosen" and the preview: the size check before
// reading a byte, the checks of src/exchange, and the comparison with this device. An
// encrypted bundle stops halfway, with its envelope checked, until the passphrase is given
// (`unlockImport`); then the file inside takes the same road. Nothing here writes;
// `commitImports` (storage) does, after the person chose.
import { ANON_HEAD, MAX_ANON_BYTES, openAnonymised, type AnonymisedFile } from '../../exchange/anonymised';
import { LIMITS } from '../../exchange/bundle-schema';
import { MAX_BACKUP_BYTES, openFile } from '../../exchange/backup';
import type { OpenedFile } from '../../exchange/backup';
import { MAX_JWE_BYTES, isEncryptedHead, readLocked, unlockFile } from '../../exchange/encrypted-file';
import type { JweEnvelope } from '../../exchange/jwe';
import type { Refusal } from '../../exchange/refusal';
import { checkImportPacks, prepareImport, type ImportItem, type PreparedImport } from '../../storage/import-repo';
import type { BackupChoice } from './BackupPreview';

export type ImportStart =
  | { readonly ok: false; readonly refusal: Refusal; readonly index?: number }
  | { readonly ok: true; readonly kind: 'bundle'; readonly prepared: PreparedImport }
  | { readonly ok: true; readonly kind: 'backup'; readonly createdAt: string; readonly items: readonly PreparedImport[] }
  /** An anonymised copy that passed its checks: it opens as a read-only example, never as a workshop. */
  | { readonly ok: true; readonly kind: 'anonymised'; readonly file: AnonymisedFile }
  /** An encrypted bundle whose envelope passed its checks: the passphrase comes next. */
  | { readonly ok: true; readonly kind: 'encrypted'; readonly envelope: JweEnvelope };

/** What an encrypted bundle can turn into once the passphrase is given. */
export type Unlocked = Exclude<ImportStart, { kind: 'encrypted' | 'anonymised' }>;

const BACKUP_HEAD = /^\uFEFF?\s*\{\s*"format"\s*:\s*"deda-tafel\/backup"/;

/** Never throws: reading or checking that fails unexpectedly is a refusal that says so. */
export async function readImportFile(file: Blob): Promise<ImportStart> {
  try {
    return await readChecked(file);
  } catch (e) {
    return { ok: false, refusal: { kind: 'check-failed', detail: errorWords(e) } };
  }
}

/** An error's own words, one line and short, for the person and for a bug report. */
export function errorWords(e: unknown): string {
  const words = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return (words.split('\n')[0] ?? '').slice(0, 200);
}

async function readChecked(file: Blob): Promise<ImportStart> {
  const head = await file.slice(0, 200).text();
  // Known by its structure, not its name: a renamed encrypted bundle is still one.
  if (isEncryptedHead(head)) {
    if (file.size > MAX_JWE_BYTES) return { ok: false, refusal: { kind: 'too-large', bytes: file.size, limit: MAX_JWE_BYTES } };
    const locked = readLocked(new Uint8Array(await file.arrayBuffer()));
    return locked.ok ? { ok: true, kind: 'encrypted', envelope: locked.envelope } : locked;
  }
  // An anonymised copy is known by its first bytes, or else by the bundle check that refuses it.
  if (ANON_HEAD.test(head)) return readAnonymised(file);
  const looksLikeBackup = BACKUP_HEAD.test(head);
  const limit = looksLikeBackup ? MAX_BACKUP_BYTES : LIMITS.bundleBytes;
  // Refused before reading: a huge file never reaches memory.
  if (file.size > limit) return { ok: false, refusal: { kind: 'too-large', bytes: file.size, limit } };
  const opened = await openFile(new Uint8Array(await file.arrayBuffer()));
  if (!opened.ok && opened.refusal.kind === 'anonymised-copy') return readAnonymised(file);
  return afterOpen(opened);
}

async function readAnonymised(file: Blob): Promise<ImportStart> {
  if (file.size > MAX_ANON_BYTES) return { ok: false, refusal: { kind: 'too-large', bytes: file.size, limit: MAX_ANON_BYTES } };
  const r = await openAnonymised(new Uint8Array(await file.arrayBuffer()));
  return r.ok ? { ok: true, kind: 'anonymised', file: r.file } : r;
}

/**
 * Decrypts an encrypted bundle and checks what is inside as `readImportFile` checks an open
 * one. A wrong passphrase comes back as the refusal `encrypted/wrong-passphrase`, so the
 * screen can ask again. Never throws.
 */
export async function unlockImport(envelope: JweEnvelope, passphrase: string): Promise<Unlocked> {
  try {
    return await afterOpen(await unlockFile(envelope, passphrase));
  } catch (e) {
    return { ok: false, refusal: { kind: 'check-failed', detail: errorWords(e) } };
  }
}

async function afterOpen(opened: OpenedFile): Promise<Unlocked> {
  if (!opened.ok) return opened;
  // A question set under a name this device knows, with other texts, is refused here already.
  const conflict = await checkImportPacks(opened.kind === 'bundle' ? [opened.bundle] : opened.bundles);
  if (conflict) return { ok: false, refusal: conflict.refusal, ...(opened.kind === 'backup' ? { index: conflict.index } : {}) };
  if (opened.kind === 'bundle') return { ok: true, kind: 'bundle', prepared: await prepareImport(opened.bundle) };
  const items: PreparedImport[] = [];
  for (const b of opened.bundles) items.push(await prepareImport(b));
  return { ok: true, kind: 'backup', createdAt: opened.createdAt, items };
}

/**
 * A backup's workshops with the choice made for each: skipped, imported as new, kept next to
 * the one here as a copy titled `copyTitle(title)`, or replacing it.
 */
export function backupImportItems(items: readonly PreparedImport[], choices: readonly BackupChoice[], copyTitle: (title: string) => string): ImportItem[] {
  return items.map((p, i): ImportItem => {
    const c = choices[i] ?? 'skip';
    if (c === 'skip') return { bundle: p.bundle, choice: { kind: 'skip' } };
    if (c === 'keep-both') return { bundle: p.bundle, choice: { kind: 'keep-both', title: copyTitle(p.bundle.graph.workshop.title) } };
    // 'import' is for a workshop new here; if it appeared meanwhile, the commit says so.
    return { bundle: p.bundle, choice: { kind: c === 'replace' ? 'replace' : 'new' } };
  });
}
