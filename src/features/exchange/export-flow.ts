// Why: exporting is several steps that must happen in order and fail clearly: the device key
// (made on first use), the workshop with its exact pack, the signed bundle, handing the file
// over (Web Share with files on tablets, a download elsewhere) and only then noting that the
// workshop was exported. An encrypted export seals that same signed file in a JWE.
import type { WorkshopId } from '../../domain/ids';
import { nowIso } from '../../domain/time';
import { backupParts } from '../../exchange/backup';
import { createBundle } from '../../exchange/bundle';
import { canonicalBytes } from '../../exchange/canonical-json';
import { sha256Hex } from '../../exchange/digest';
import { encryptedName, sealBundle } from '../../exchange/encrypted-file';
import { JWE_MEDIA_TYPE } from '../../exchange/jwe';
import type { Refusal } from '../../exchange/refusal';
import { fingerprint } from '../../exchange/signing-key';
import { listWorkshopIdsForBackup, markExported, readForExport, type ExportSource } from '../../storage/export-repo';
import { ensureDeviceKey, type DeviceKey } from '../../storage/keys-repo';
import type { StorageProblem } from '../../storage/storage-events';

export type ExportFailure =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'pack-missing'; readonly title: string }
  | { readonly kind: 'storage'; readonly problem: StorageProblem }
  | { readonly kind: 'refused'; readonly refusal: Refusal; readonly title?: string }
  /** The browser could not encrypt (WebCrypto missing or failing). */
  | { readonly kind: 'encryption' };

export type Made = { readonly ok: true; readonly file: File; readonly ids: readonly WorkshopId[]; readonly at: string; readonly key: DeviceKey } | { readonly ok: false; readonly failure: ExportFailure };

const JSON_TYPE = 'application/json';

/** A file name people recognise: date and title, without characters file systems refuse. */
export function fileNameFor(title: string, date: string | null, today: string): string {
  const clean = title
    .normalize('NFC')
    // Characters that Windows, macOS or Android refuse in file names, and control characters.
    // oxlint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${date ?? today} ${clean || 'workshop'}.deda.json`;
}

/**
 * What ties a report to the bundle made with it, as `npm run verify` prints it: the signer's
 * fingerprint and the lowercase hex SHA-256 of the canonical payload (what the signature covers).
 */
export interface BundleProof {
  readonly signerFingerprint: string;
  readonly sha256: string;
}

/** A bundle made together with a report: the file, the workshop as read for it, and its proof. */
export type MadeWithProof = Extract<Made, { ok: true }> & { readonly source: ExportSource; readonly proof: BundleProof };

type Signed = { readonly ok: true; readonly made: Extract<Made, { ok: true }>; readonly source: ExportSource; readonly payload: unknown };

async function signWorkshop(id: WorkshopId, signer: string): Promise<Signed | Extract<Made, { ok: false }>> {
  const key = await ensureDeviceKey();
  if (!key.ok) return { ok: false, failure: { kind: 'storage', problem: key.problem } };
  const read = await readForExport(id);
  if (read.kind === 'missing') return { ok: false, failure: { kind: 'not-found' } };
  if (read.kind === 'pack-missing') return { ok: false, failure: read };
  const source = read.source;
  const now = new Date();
  const made = await createBundle(source.graph, source.pack, key.value.key, { signer, appVersion: __APP_VERSION__, now, sync: source.sync });
  if (!made.ok) return { ok: false, failure: { kind: 'refused', refusal: made.refusal } };
  const w = source.graph.workshop;
  // From bytes: building a File from a long string is several times slower in Chromium.
  const file = new File([made.bytes], fileNameFor(w.title, w.date, now.toISOString().slice(0, 10)), { type: JSON_TYPE });
  return { ok: true, made: { ok: true, file, ids: [id], at: now.toISOString(), key: key.value }, source, payload: made.bundle.payload };
}

export async function makeBundleFile(id: WorkshopId, signer: string): Promise<Made> {
  const signed = await signWorkshop(id, signer);
  return signed.ok ? signed.made : signed;
}

/**
 * The bundle file exactly as `makeBundleFile` makes it, encrypted under the passphrase as a
 * compact JWE (src/exchange/jwe.ts), named `<date> <title>.deda.jwe`.
 */
export async function makeEncryptedBundleFile(id: WorkshopId, signer: string, passphrase: string): Promise<Made> {
  const made = await makeBundleFile(id, signer);
  if (!made.ok) return made;
  let sealed: string;
  try {
    sealed = await sealBundle(new Uint8Array(await made.file.arrayBuffer()), passphrase);
  } catch {
    return { ok: false, failure: { kind: 'encryption' } };
  }
  return { ...made, file: new File([sealed], encryptedName(made.file.name), { type: JWE_MEDIA_TYPE }) };
}

/**
 * The bundle plus what a report made from the same reading of the workshop must name so that
 * the two can be matched. The payload is canonicalised once more for its hash (only on this
 * path, so a plain export costs nothing extra); that is the hash the verifier computes.
 */
export async function makeBundleWithProof(id: WorkshopId, signer: string): Promise<MadeWithProof | Extract<Made, { ok: false }>> {
  const signed = await signWorkshop(id, signer);
  if (!signed.ok) return signed;
  const proof: BundleProof = { signerFingerprint: fingerprint(signed.made.key.key.kid), sha256: await sha256Hex(canonicalBytes(signed.payload)) };
  return { ...signed.made, source: signed.source, proof };
}

export async function makeBackupFile(signer: string, namePrefix: string): Promise<Made> {
  const key = await ensureDeviceKey();
  if (!key.ok) return { ok: false, failure: { kind: 'storage', problem: key.problem } };
  const now = new Date();
  const ids = await listWorkshopIdsForBackup();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (const id of ids) {
    const read = await readForExport(id);
    if (read.kind === 'missing') continue; // deleted meanwhile
    if (read.kind === 'pack-missing') return { ok: false, failure: read };
    const source = read.source;
    const made = await createBundle(source.graph, source.pack, key.value.key, { signer, appVersion: __APP_VERSION__, now, sync: source.sync });
    if (!made.ok) return { ok: false, failure: { kind: 'refused', refusal: made.refusal, title: source.graph.workshop.title } };
    parts.push(made.bytes);
  }
  const content = backupParts(parts, { createdAt: now.toISOString(), appVersion: __APP_VERSION__ });
  return { ok: true, file: new File(content, `${namePrefix} ${now.toISOString().slice(0, 10)}.json`, { type: JSON_TYPE }), ids, at: now.toISOString(), key: key.value };
}

export type Delivery = 'shared' | 'downloaded' | 'cancelled';

/** Whether the device can hand all these files to the share sheet at once (tablets). */
export function canShareFiles(files: readonly File[]): boolean {
  const nav = navigator as Navigator & { canShare?: (d: ShareData) => boolean };
  try {
    return typeof nav.share === 'function' && typeof nav.canShare === 'function' && nav.canShare({ files: [...files] });
  } catch {
    return false;
  }
}

/**
 * Opens the share sheet. `blocked`: the browser refused because the tap that asked for it is
 * too long ago (a slow report), so the person has to tap once more; `failed`: no share target.
 */
export async function shareFiles(files: readonly File[], title: string): Promise<'shared' | 'cancelled' | 'blocked' | 'failed'> {
  try {
    await navigator.share({ files: [...files], title });
    return 'shared';
  } catch (e) {
    const name = (e as { name?: string }).name;
    return name === 'AbortError' ? 'cancelled' : name === 'NotAllowedError' ? 'blocked' : 'failed';
  }
}

/** Saves each file as a download, in order. */
export function downloadFiles(files: readonly File[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(file);
    const a = document.createElement('a');
    a.href = url;
    a.download = file.name;
    a.rel = 'noopener';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/** Web Share with files where the device can (tablets); a download everywhere else. */
export async function deliver(file: File, title: string): Promise<Delivery> {
  if (canShareFiles([file])) {
    const shared = await shareFiles([file], title);
    if (shared === 'shared' || shared === 'cancelled') return shared;
    // Sharing failed for another reason (no share target): fall back to a download.
  }
  downloadFiles([file]);
  return 'downloaded';
}

/** After the file left: remember it, for the home screen's reminder. */
export function noteExported(made: Extract<Made, { ok: true }>) {
  return markExported(made.ids, made.at as ReturnType<typeof nowIso>);
}
