// Why: "a backup of all workshops in one step". A backup file is a list of ordinary signed
// bundles, one per workshop, in an envelope of its own (format "deda-tafel/backup",
// formatVersion 1). Each bundle inside is checked exactly as a single bundle would be, so a
// backup is never a weaker way in. Documented in docs/bundle-format.md.
import { LIMITS } from './bundle-schema';
import type { Bundle } from './bundle-types';
import { openParsed, type OpenedBundle, type OpenOptions } from './bundle';
import { packHash, packKey } from './pack-hash';
import { parseGuarded } from './parse-guarded';
import type { Refusal } from './refusal';

export const BACKUP_FORMAT = 'deda-tafel/backup';
export const BACKUP_VERSION = 1;
/** A backup holds many workshops, so it may be larger than one bundle. */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
export const MAX_BACKUP_WORKSHOPS = 1000;
/** How deep a backup may nest: a bundle's limit plus the envelope's object and list. */
export const BACKUP_DEPTH = LIMITS.depth + 2;
const BACKUP_HEAD = /^\uFEFF?\s*\{\s*"format"\s*:\s*"deda-tafel\/backup"/;

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  readonly createdAt: string;
  readonly app: { readonly name: 'DEDA Tafel'; readonly version: string };
  readonly bundles: readonly Bundle[];
}

function backupHead(opts: { createdAt: string; appVersion: string }): string {
  const head = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_VERSION, createdAt: opts.createdAt, app: { name: 'DEDA Tafel', version: opts.appVersion } });
  return `${head.slice(0, -1)},"bundles":[`;
}

/** The backup's JSON, from each bundle's JSON (written first: `format` leads the file). */
export function backupJson(bundleJsons: readonly string[], opts: { createdAt: string; appVersion: string }): string {
  return `${backupHead(opts)}${bundleJsons.join(',')}]}`;
}

/** The same, as parts of a File: each bundle's bytes as they are, never copied into one text. */
export function backupParts(bundles: readonly Uint8Array<ArrayBuffer>[], opts: { createdAt: string; appVersion: string }): (string | Uint8Array<ArrayBuffer>)[] {
  return [backupHead(opts), ...bundles.flatMap((b, i) => (i === 0 ? [b] : [',', b])), ']}'];
}

export type OpenedFile =
  | { readonly ok: true; readonly kind: 'bundle'; readonly bundle: OpenedBundle }
  | { readonly ok: true; readonly kind: 'backup'; readonly createdAt: string; readonly bundles: readonly OpenedBundle[] }
  /** `index`: for a backup, which workshop in it was refused (0-based). */
  | { readonly ok: false; readonly refusal: Refusal; readonly index?: number };

/** Opens a file that is either a single bundle or a backup. */
export async function openFile(bytes: Uint8Array, options: OpenOptions = {}): Promise<OpenedFile> {
  // The size limit applies before parsing, so which limit must be known from the first bytes:
  // a backup names its format first (backupJson writes it so).
  const bundleLimit = options.maxBytes ?? LIMITS.bundleBytes;
  const looksLikeBackup = BACKUP_HEAD.test(new TextDecoder().decode(bytes.subarray(0, 200)));
  // A bundle nests at most LIMITS.depth levels; a backup's envelope adds two ({"bundles": [ ... ]}).
  const parsed = parseGuarded(bytes, { bytes: looksLikeBackup ? Math.max(bundleLimit, MAX_BACKUP_BYTES) : bundleLimit, depth: looksLikeBackup ? BACKUP_DEPTH : LIMITS.depth });
  // A file that opens as a backup but is no JSON: damaged, or junk made to look like one.
  if (!parsed.ok) return looksLikeBackup && parsed.refusal.kind === 'not-json' ? { ok: false, refusal: { kind: 'not-a-backup' } } : parsed;
  const v = parsed.value;
  const isBackup = typeof v === 'object' && v !== null && (v as { format?: unknown }).format === BACKUP_FORMAT;
  if (!isBackup) {
    const r = await openParsed(v, options);
    return r.ok ? { ok: true, kind: 'bundle', bundle: r.bundle } : r;
  }
  const b = v as Record<string, unknown>;
  const version = b.formatVersion;
  // A later version may be shaped otherwise: that it is newer is the reason to give.
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) return { ok: false, refusal: { kind: 'version-newer', version } };
  // Without a list of bundles it is no backup at all, whatever it says its version is.
  if (!Array.isArray(b.bundles) || b.bundles.length > MAX_BACKUP_WORKSHOPS || typeof b.createdAt !== 'string') return { ok: false, refusal: { kind: 'not-a-backup' } };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, refusal: { kind: 'version-invalid' } };
  const opened: OpenedBundle[] = [];
  const seen = new SeenIds();
  const packs = new Map<string, string>();
  for (const [index, item] of b.bundles.entries()) {
    const r = await openParsed(item, options);
    if (!r.ok) return { ok: false, refusal: r.refusal, index };
    // Ids are unique per device, so one backup never holds the same id twice, at any level:
    // importing such a file would write one record over the other.
    const dup = seen.add(r.bundle, index);
    if (dup) return { ok: false, refusal: dup, index };
    // Nor two different packs under one id and version: one would silently be taken for both.
    const pack = r.bundle.pack;
    const hash = await packHash(pack);
    const known = packs.get(packKey(pack));
    if (known !== undefined && known !== hash) return { ok: false, refusal: { kind: 'pack-conflict', packId: pack.id, version: pack.version }, index };
    packs.set(packKey(pack), hash);
    opened.push(r.bundle);
  }
  return { ok: true, kind: 'backup', createdAt: b.createdAt, bundles: opened };
}

/** The ids met so far in a backup, per kind of record, to find one used twice. */
class SeenIds {
  private readonly kinds = new Map<string, Set<string>>();

  /** Records the bundle's ids; the first one already met comes back as a refusal. */
  add(bundle: OpenedBundle, index: number): Refusal | null {
    const g = bundle.graph;
    const lists: [string, readonly { readonly id: string }[]][] = [
      ['workshop', [g.workshop]],
      ['participants', g.participants],
      ['notes', g.notes],
      ['actionPoints', g.actionPoints],
      ['attachments', g.attachments],
    ];
    for (const [kind, items] of lists) {
      const ids = this.kinds.get(kind) ?? new Set<string>();
      for (const [i, { id }] of items.entries()) {
        if (ids.has(id)) return { kind: 'duplicate-id', path: kind === 'workshop' ? `bundles[${index}].payload.workshop.id` : `bundles[${index}].payload.${kind}[${i}].id`, id };
      }
      for (const { id } of items) ids.add(id);
      this.kinds.set(kind, ids);
    }
    return null;
  }
}
