// Why: where the app's merge bookkeeping (domain/sync-units.ts: vectors keyed by unit,
// tombstones) meets format 2's `payload.sync`, both ways. The records themselves are written
// and read by version 1's converters (v1/convert.ts): format 2 adds to them, it changes none.
// Read leniently where it is safe: a vector for a unit the file does not hold, or a tombstone
// for a record the file still holds, is left out (the record stands); two timestamps of one
// device in a vector keep the later.
import { isHlc, nodeOf, type Hlc, type NodeId } from '../../domain/hlc';
import { WORKSHOP_PARTS, partKey, recordKey, recordUnits, splitKey, type RecordKind, type Replica, type Tombstone, type UnitKey } from '../../domain/sync-units';
import type { IsoDateTime } from '../../domain/time';
import type { VersionVector } from '../../domain/version';
import type { WorkshopGraph } from '../../domain/workshop-graph';
import type { V2Hlc, V2RecordKind, V2Sync, V2UnitKind, V2UnitVersion } from './types';

export type SyncState = Pick<Replica, 'versions' | 'tombstones'>;

export const NO_SYNC: SyncState = { versions: {}, tombstones: [] };

/** Compiles only while the model's kinds and format 2's are the same lists. */
const sameKinds: [RecordKind] extends [V2RecordKind] ? ([V2RecordKind] extends [RecordKind] ? true : never) : never = true;
void sameKinds;

function vectorToV2(v: VersionVector): V2Hlc[] {
  return Object.values(v).sort();
}

function vectorFromV2(list: readonly V2Hlc[]): VersionVector {
  const out: Record<string, Hlc> = {};
  for (const h of list) {
    if (!isHlc(h)) continue;
    const n: NodeId = nodeOf(h);
    const have = out[n];
    if (have === undefined || h > have) out[n] = h;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1))) as VersionVector;
}

/** The sync section for a graph: its units' vectors (empty ones left out) and its tombstones. */
export function syncToV2(sync: SyncState, graph: WorkshopGraph): V2Sync {
  const present = new Set<string>([...WORKSHOP_PARTS.map((p) => partKey(p)), ...recordUnits(graph).keys()]);
  const versions: V2UnitVersion[] = [];
  for (const [key, v] of Object.entries(sync.versions) as [UnitKey, VersionVector | undefined][]) {
    if (!v || Object.keys(v).length === 0 || !present.has(key)) continue;
    const { kind, id } = splitKey(key);
    versions.push({ kind: kind as V2UnitKind, id, vector: vectorToV2(v) });
  }
  versions.sort((a, b) => (`${a.kind}:${a.id}` < `${b.kind}:${b.id}` ? -1 : 1));
  const tombstones = sync.tombstones
    .filter((t) => !present.has(recordKey(t.kind, t.id)))
    .map((t) => ({ kind: t.kind, id: t.id, vector: vectorToV2(t.version), deletedAt: t.deletedAt }))
    .sort((a, b) => (`${a.kind}:${a.id}` < `${b.kind}:${b.id}` ? -1 : 1));
  return { versions, tombstones };
}

/** Back to the model's bookkeeping, for the graph the file holds. */
export function syncFromV2(s: V2Sync, graph: WorkshopGraph): SyncState {
  const present = new Set<string>([...WORKSHOP_PARTS.map((p) => partKey(p)), ...recordUnits(graph).keys()]);
  const versions: Partial<Record<UnitKey, VersionVector>> = {};
  for (const u of s.versions) {
    const key = `${u.kind}:${u.id}` as UnitKey;
    const v = vectorFromV2(u.vector);
    if (present.has(key) && Object.keys(v).length > 0) versions[key] = v;
  }
  const tombstones: Tombstone[] = s.tombstones
    .filter((t) => !present.has(recordKey(t.kind, t.id)))
    .map((t) => ({ workshopId: graph.workshop.id, kind: t.kind, id: t.id, version: vectorFromV2(t.vector), deletedAt: t.deletedAt as IsoDateTime }));
  return { versions, tombstones };
}
