// Why: what happens between "a file was chosen" and the preview: the size check before
// reading a byte, the checks of src/exchange, and the comparison with this device. Nothing
// here writes; `commitImports` (storage) does, after the person chose.
import { LIMITS } from '../../exchange/bundle-schema';
import { MAX_BACKUP_BYTES, openFile } from '../../exchange/backup';
import type { Refusal } from '../../exchange/refusal';
import { checkImportPacks, prepareImport, type PreparedImport } from '../../storage/import-repo';

export type ImportStart =
  | { readonly ok: false; readonly refusal: Refusal; readonly index?: number }
  | { readonly ok: true; readonly kind: 'bundle'; readonly prepared: PreparedImport }
  | { readonly ok: true; readonly kind: 'backup'; readonly createdAt: string; readonly items: readonly PreparedImport[] };

const BACKUP_HEAD = /^\uFEFF?\s*\{\s*"format"\s*:\s*"deda-tafel\/backup"/;

export async function readImportFile(file: Blob): Promise<ImportStart> {
  const looksLikeBackup = BACKUP_HEAD.test(await file.slice(0, 200).text());
  const limit = looksLikeBackup ? MAX_BACKUP_BYTES : LIMITS.bundleBytes;
  // Refused before reading: a huge file never reaches memory.
  if (file.size > limit) return { ok: false, refusal: { kind: 'too-large', bytes: file.size, limit } };
  const opened = await openFile(new Uint8Array(await file.arrayBuffer()));
  if (!opened.ok) return opened;
  // A question set under a name this device knows, with other texts, is refused here already.
  const conflict = await checkImportPacks(opened.kind === 'bundle' ? [opened.bundle] : opened.bundles);
  if (conflict) return { ok: false, refusal: conflict.refusal, ...(opened.kind === 'backup' ? { index: conflict.index } : {}) };
  if (opened.kind === 'bundle') return { ok: true, kind: 'bundle', prepared: await prepareImport(opened.bundle) };
  const items: PreparedImport[] = [];
  for (const b of opened.bundles) items.push(await prepareImport(b));
  return { ok: true, kind: 'backup', createdAt: opened.createdAt, items };
}
