// Why: bringing a verified bundle (or a backup of many) onto this device. Import is two steps:
// `prepareImport` checks the file (src/exchange) and compares it with what is already here,
// writing nothing; `commitImports` writes, in ONE transaction, only after the person chose.
// The same workshop already on the device is never overwritten silently: it is kept next to
// the import as a copy, or replaced after the current version is saved in the recovery table.
// An import writes only into the workshop it brings: a record id that another workshop here
// already uses is given a new one (`putOwnGraph`), never taken over. And a file never brings
// other texts under the id and version of a question pack this device knows (the built-in
// one above all): such a file is refused (`checkImportPacks`, and again inside the write).
import { loadDefaultPack } from '../content/default-pack-loader';
import type { ContentPack } from '../content/pack-types';
import type { Outcome } from '../domain/decision';
import type { Lang } from '../domain/lang';
import type { WorkshopId } from '../domain/ids';
import { nowIso } from '../domain/time';
import { copyGraph, type WorkshopGraph } from '../domain/workshop-graph';
import type { OpenedBundle, Signer } from '../exchange/bundle';
import { conflictingPack, packHash, samePackContent } from '../exchange/pack-hash';
import type { Refusal } from '../exchange/refusal';
import { sameSignerName } from '../exchange/signer-name';
import { fingerprint } from '../exchange/signing-key';
import { plainText } from '../domain/plain-text';
import { db } from './db';
import { eraseGraph, graphTables, putOwnGraph, readGraph } from './graph-store';
import { applyMerge, previewMerge, putReplica, remoteReplica, type MergePreview } from './merge-repo';
import type { Choices } from '../domain/merge';
import { listTrustedSigners, readDeviceKey, readSignerName, trustedSignerRow } from './keys-repo';
import type { RecoveryRow } from './rows';
import { write, type WriteResult } from './write';

export interface Counts {
  readonly participants: number;
  readonly notes: number;
  readonly actionPoints: number;
  readonly attachments: number;
  readonly questionStates: number;
  readonly values: number;
}

export interface WorkshopSummary {
  readonly title: string;
  /** The language the workshop's own words are written in (its title, its notes). */
  readonly lang: Lang;
  readonly organisation: string;
  /** The day the workshop was held, when known. */
  readonly date: string | null;
  readonly updatedAt: string;
  /** The decision's outcome, null while none is recorded. */
  readonly outcome: Outcome | null;
  readonly deleted: boolean;
  readonly counts: Counts;
}

/** What can differ between the workshop here and the one in a file. */
export type Difference = keyof Counts | 'title' | 'date' | 'updatedAt' | 'outcome';

export type Newer = 'incoming' | 'current' | 'same';

export type Existing =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'same-workshop';
      readonly current: WorkshopSummary;
      readonly newer: Newer;
      /** What differs: title, date, last change, outcome and the count kinds that differ. */
      readonly differences: readonly Difference[];
    };

/**
 * 'name-of-another-key': a key this device does not trust, under the name of a signer it
 * does trust or of this device's own signer: someone may be signing as them.
 */
export type SignerStatus = 'this-device' | 'trusted' | 'unknown' | 'name-of-another-key';

/** A signer this device knows under the name a bundle claims, with the key it knows. */
export interface NameHolder {
  readonly source: 'trusted' | 'this-device';
  readonly name: string;
  /** The known key's fingerprint; null for this device's own name before it has a key. */
  readonly fingerprint: string | null;
}

export interface SignerCheck {
  readonly status: SignerStatus;
  /** For 'name-of-another-key': who this device knows under that name; empty otherwise. */
  readonly sameName: readonly NameHolder[];
}

export interface PreparedImport {
  readonly bundle: OpenedBundle;
  /** For a workshop already here: what merging the two copies would do. */
  readonly merge: MergePreview | null;
  readonly incoming: WorkshopSummary;
  readonly existing: Existing;
  readonly signerStatus: SignerStatus;
  readonly sameName: readonly NameHolder[];
}

export type ImportChoice =
  | { readonly kind: 'new' }
  | { readonly kind: 'keep-both'; readonly title: string }
  | { readonly kind: 'replace' }
  /** Both copies in one (merge-repo.ts), with the person's choice per conflict. */
  | { readonly kind: 'merge'; readonly choices: Choices }
  | { readonly kind: 'skip' };

export function countsOf(g: WorkshopGraph): Counts {
  return {
    participants: g.participants.length,
    notes: g.notes.length,
    actionPoints: g.actionPoints.length,
    attachments: g.attachments.length,
    questionStates: g.questionStates.length,
    values: g.workshop.values.entries.length,
  };
}

function summary(g: WorkshopGraph): WorkshopSummary {
  const w = g.workshop;
  return { title: w.title, lang: w.lang, organisation: w.organisation, date: w.date, updatedAt: w.updatedAt, outcome: w.decision?.outcome ?? null, deleted: w.deletedAt !== null, counts: countsOf(g) };
}

/** Who signed, as this device knows them: by key first, then whether the name is taken. Writes nothing. */
export async function checkSigner(signer: Pick<Signer, 'kid' | 'name'>): Promise<SignerCheck> {
  const own = await readDeviceKey();
  if (own?.key.kid === signer.kid) return { status: 'this-device', sameName: [] };
  const trusted = await listTrustedSigners();
  if (trusted.some((s) => s.kid === signer.kid)) return { status: 'trusted', sameName: [] };
  const sameName: NameHolder[] = trusted.filter((s) => sameSignerName(s.name, signer.name)).map((s) => ({ source: 'trusted', name: s.name, fingerprint: s.fingerprint }));
  const ownName = await readSignerName();
  if (sameSignerName(ownName, signer.name)) sameName.unshift({ source: 'this-device', name: ownName, fingerprint: own ? fingerprint(own.key.kid) : null });
  return sameName.length > 0 ? { status: 'name-of-another-key', sameName } : { status: 'unknown', sameName: [] };
}

/** Compares a verified bundle with this device. Writes nothing. */
export async function prepareImport(bundle: OpenedBundle): Promise<PreparedImport> {
  const incoming = summary(bundle.graph);
  const current = await db().transaction('r', [...graphTables(db())], () => readGraph(bundle.graph.workshop.id));
  let existing: Existing = { kind: 'none' };
  if (current) {
    const c = summary(current);
    const differences: Difference[] = [];
    if (c.title !== incoming.title) differences.push('title');
    if (c.date !== incoming.date) differences.push('date');
    if (c.updatedAt !== incoming.updatedAt) differences.push('updatedAt');
    if (c.outcome !== incoming.outcome) differences.push('outcome');
    for (const k of Object.keys(c.counts) as (keyof Counts)[]) if (c.counts[k] !== incoming.counts[k]) differences.push(k);
    const newer: Newer = incoming.updatedAt > c.updatedAt ? 'incoming' : incoming.updatedAt < c.updatedAt ? 'current' : 'same';
    existing = { kind: 'same-workshop', current: c, newer, differences };
  }
  const signer = await checkSigner(bundle.signer);
  // Compared as it will be applied: with this device's pin on the pack (commitImports).
  const merge = existing.kind === 'same-workshop' ? await previewMerge(await withPinnedPack(bundle, true)) : null;
  return { bundle, merge, incoming, existing, signerStatus: signer.status, sameName: signer.sameName };
}

export type PackConflict = Extract<Refusal, { kind: 'pack-conflict' }>;

/**
 * Whether a bundle's pack claims the id and version of a pack this device knows (the built-in
 * pack, always; or one stored here) with other content (by SHA-256 of its canonical JSON).
 * Writes nothing. `index`: which bundle, for a backup.
 */
export async function checkImportPacks(bundles: readonly OpenedBundle[]): Promise<{ readonly refusal: PackConflict; readonly index: number } | null> {
  const builtIn = await loadDefaultPack();
  const packs = bundles.map((b) => b.pack);
  // A stored copy under the built-in name is not the measure: the app's own copy is.
  const stored = (await db().packs.bulkGet(packs.filter((p) => !isBuiltIn(p, builtIn)).map((p) => [p.id, p.version] as [string, string]))).filter((p) => p !== undefined);
  return conflictingPack(packs, [builtIn, ...stored]);
}

export type ImportOutcome =
  /**
   * `asNewCopy`: the workshop's id was taken on this device by a workshop this screen does not
   * show (another organisation's vault), so it was stored as a new workshop under a new id.
   */
  | { readonly kind: 'imported'; readonly workshopId: WorkshopId; readonly asNewCopy?: true }
  | { readonly kind: 'skipped' }
  /** A workshop with this id appeared between the preview and the choice: ask again. */
  | { readonly kind: 'changed-meanwhile' }
  /** The file cannot be imported after all (a pack it conflicts with appeared meanwhile). */
  | { readonly kind: 'refused'; readonly refusal: PackConflict };

export interface ImportItem {
  readonly bundle: OpenedBundle;
  readonly choice: ImportChoice;
}

/**
 * Writes the chosen imports, all or nothing, with the packs they need and the signers the
 * person chose to trust. Returns one outcome per item; if any item meets a workshop that
 * appeared meanwhile, or a pack it conflicts with, nothing is written.
 */
export function commitImports(items: readonly ImportItem[], trust: readonly Signer[] = []): Promise<WriteResult<ImportOutcome[]>> {
  const d = db();
  return write(async () => {
    // Loaded before the transaction: waiting for anything but the database inside it would
    // let IndexedDB close it.
    const builtIn = await loadDefaultPack();
    // The imported workshop pins the pack the bundle carries, by its content hash (PackRef.hash):
    // the file does not say it, it is derived here from the very pack that comes with it.
    // A merge keeps this device's pin (the packs are the same: a conflicting one is refused).
    const pinned = await Promise.all(items.map(async (item) => ({ ...item, bundle: await withPinnedPack(item.bundle, item.choice.kind === 'merge') })));
    const outcomes: ImportOutcome[] = [];
    try {
      await d.transaction('rw', [...graphTables(d), d.packs, d.recovery, d.settings], async () => {
        for (const { bundle, choice } of pinned) outcomes.push(await importOne(bundle, choice, builtIn));
        // Throwing inside the transaction rolls every write of it back.
        if (outcomes.some((o) => o.kind === 'changed-meanwhile' || o.kind === 'refused')) throw new RolledBack();
        for (const s of trust) await d.settings.put(trustedSignerRow({ kid: s.kid, name: s.name, jwk: s.jwk }));
      });
    } catch (e) {
      if (e instanceof RolledBack) return outcomes.map((o): ImportOutcome => (o.kind === 'changed-meanwhile' || o.kind === 'refused' ? o : { kind: 'skipped' }));
      throw e;
    }
    return outcomes;
  });
}

class RolledBack extends Error {}

async function withPinnedPack(bundle: OpenedBundle, merge: boolean): Promise<OpenedBundle> {
  const w = bundle.graph.workshop;
  const local = merge ? (await db().workshops.get(w.id))?.pack : undefined;
  const pack = local && local.id === w.pack.id && local.version === w.pack.version ? local : { id: w.pack.id, version: w.pack.version, hash: await packHash(bundle.pack) };
  return { ...bundle, graph: { ...bundle.graph, workshop: { ...w, pack } } };
}

async function importOne(bundle: OpenedBundle, choice: ImportChoice, builtIn: ContentPack): Promise<ImportOutcome> {
  const d = db();
  const id = bundle.graph.workshop.id;
  if (choice.kind === 'skip') return { kind: 'skipped' };
  if (!(await keepPack(bundle.pack, builtIn))) return { kind: 'refused', refusal: { kind: 'pack-conflict', packId: bundle.pack.id, version: bundle.pack.version } };
  if (choice.kind === 'new') {
    if (await d.workshops.get(id)) return { kind: 'changed-meanwhile' };
    return imported(id, await putReplica(remoteReplica(bundle)));
  }
  if (choice.kind === 'merge') {
    // Gone since the preview (erased in another tab): ask again rather than merge into nothing.
    if (!(await applyMerge(bundle, choice.choices))) return { kind: 'changed-meanwhile' };
    return { kind: 'imported', workshopId: id };
  }
  if (choice.kind === 'keep-both') {
    const copy = copyGraph(bundle.graph, { now: nowIso(), title: plainText(choice.title) });
    await putOwnGraph(copy);
    return { kind: 'imported', workshopId: copy.workshop.id };
  }
  const current = await readGraph(id);
  if (current) {
    const row: RecoveryRow = { id: crypto.randomUUID(), workshopId: id, reason: 'replaced-by-import', createdAt: nowIso(), graph: current };
    await d.recovery.add(row);
    await eraseGraph(id);
  }
  // Erased: only this workshop's own records. Whatever still holds one of the bundle's ids
  // belongs to another workshop, and keeps it.
  return imported(id, await putReplica(remoteReplica(bundle)));
}

/** The outcome for a workshop written as `written`: under its own id, or as a new copy. */
function imported(id: WorkshopId, written: WorkshopGraph): ImportOutcome {
  const workshopId = written.workshop.id;
  return workshopId === id ? { kind: 'imported', workshopId } : { kind: 'imported', workshopId, asNewCopy: true };
}

/**
 * Stores the bundle's pack if this device lacks it; false when the device knows a pack of
 * that id and version with other content. A pack version is never changed once made: the one
 * here stays, and the built-in pack is never replaced by a file's.
 */
async function keepPack(pack: ContentPack, builtIn: ContentPack): Promise<boolean> {
  const stored = await db().packs.get([pack.id, pack.version]);
  // For the built-in id and version the app's own copy is the measure, whatever is stored.
  const known = isBuiltIn(pack, builtIn) ? builtIn : stored;
  if (known && !samePackContent(known, pack)) return false;
  if (!stored) await db().packs.put(pack);
  return true;
}

function isBuiltIn(pack: Pick<ContentPack, 'id' | 'version'>, builtIn: ContentPack): boolean {
  return pack.id === builtIn.id && pack.version === builtIn.version;
}

// ---------------------------------------------------------------- recovery

export interface RecoveryEntry {
  readonly id: string;
  readonly workshopId: string;
  readonly title: string;
  readonly createdAt: string;
  readonly counts: Counts;
}

export async function listRecovery(): Promise<RecoveryEntry[]> {
  const rows = await db().recovery.orderBy('createdAt').reverse().toArray();
  return rows.map((r) => ({ id: r.id, workshopId: r.workshopId, title: r.graph.workshop.title, createdAt: r.createdAt, counts: countsOf(r.graph) }));
}

/** Brings a replaced version back as a workshop of its own, next to the one that replaced it. */
export function restoreRecovery(id: string, title: string): Promise<WriteResult<WorkshopId>> {
  const d = db();
  return write(() =>
    d.transaction('rw', [...graphTables(d), d.recovery], async () => {
      const row = await d.recovery.get(id);
      if (!row) throw new Error('recovery entry not found');
      const copy = copyGraph(row.graph, { now: nowIso(), title: plainText(title) });
      await putOwnGraph(copy);
      await d.recovery.delete(id);
      return copy.workshop.id;
    }),
  );
}

export function discardRecovery(id: string): Promise<WriteResult<void>> {
  return write(async () => {
    await db().transaction('rw', db().recovery, () => db().recovery.delete(id));
  });
}
