// Why: exporting is several steps that must happen in order and fail clearly: the device key
// (made on first use), the workshop with its exact pack, the signed bundle, handing the file
// over (Web Share with files on tablets, a download elsewhere) and only then noting that the
// workshop was exported.
import type { WorkshopId } from '../../domain/ids';
import { nowIso } from '../../domain/time';
import { backupParts } from '../../exchange/backup';
import { createBundle } from '../../exchange/bundle';
import type { Refusal } from '../../exchange/refusal';
import { listWorkshopIdsForBackup, markExported, readForExport } from '../../storage/export-repo';
import { ensureDeviceKey, type DeviceKey } from '../../storage/keys-repo';
import type { StorageProblem } from '../../storage/storage-events';

export type ExportFailure =
  | { readonly kind: 'not-found' }
  | { readonly kind: 'pack-missing'; readonly title: string }
  | { readonly kind: 'storage'; readonly problem: StorageProblem }
  | { readonly kind: 'refused'; readonly refusal: Refusal; readonly title?: string };

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

export async function makeBundleFile(id: WorkshopId, signer: string): Promise<Made> {
  const key = await ensureDeviceKey();
  if (!key.ok) return { ok: false, failure: { kind: 'storage', problem: key.problem } };
  const read = await readForExport(id);
  if (read.kind === 'missing') return { ok: false, failure: { kind: 'not-found' } };
  if (read.kind === 'pack-missing') return { ok: false, failure: read };
  const source = read.source;
  const now = new Date();
  const made = await createBundle(source.graph, source.pack, key.value.key, { signer, appVersion: __APP_VERSION__, now });
  if (!made.ok) return { ok: false, failure: { kind: 'refused', refusal: made.refusal } };
  const w = source.graph.workshop;
  // From bytes: building a File from a long string is several times slower in Chromium.
  const file = new File([made.bytes], fileNameFor(w.title, w.date, now.toISOString().slice(0, 10)), { type: JSON_TYPE });
  return { ok: true, file, ids: [id], at: now.toISOString(), key: key.value };
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
    const made = await createBundle(source.graph, source.pack, key.value.key, { signer, appVersion: __APP_VERSION__, now });
    if (!made.ok) return { ok: false, failure: { kind: 'refused', refusal: made.refusal, title: source.graph.workshop.title } };
    parts.push(made.bytes);
  }
  const content = backupParts(parts, { createdAt: now.toISOString(), appVersion: __APP_VERSION__ });
  return { ok: true, file: new File(content, `${namePrefix} ${now.toISOString().slice(0, 10)}.json`, { type: JSON_TYPE }), ids, at: now.toISOString(), key: key.value };
}

export type Delivery = 'shared' | 'downloaded' | 'cancelled';

/** Web Share with files where the device can (tablets); a download everywhere else. */
export async function deliver(file: File, title: string): Promise<Delivery> {
  const nav = navigator as Navigator & { canShare?: (d: ShareData) => boolean };
  if (typeof nav.share === 'function' && typeof nav.canShare === 'function' && nav.canShare({ files: [file] })) {
    try {
      await nav.share({ files: [file], title });
      return 'shared';
    } catch (e) {
      if ((e as { name?: string }).name === 'AbortError') return 'cancelled';
      // Sharing failed for another reason (no share target): fall back to a download.
    }
  }
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return 'downloaded';
}

/** After the file left: remember it, for the home screen's reminder. */
export function noteExported(made: Extract<Made, { ok: true }>) {
  return markExported(made.ids, made.at as ReturnType<typeof nowIso>);
}
