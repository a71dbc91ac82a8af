// Why: "Samenvoegen": taking another tablet's copy of a workshop that is already here into
// this one. The rule is pure (domain/merge.ts); this module reads this device's copy with its
// vectors and tombstones (`readReplica`), shows what a merge would do without writing
// (`previewMerge`), and writes the merged copy inside the import's one transaction
// (`applyMerge`): this copy as it was goes to the recovery table first, and the other copy
// too when one of its versions lost (the way back to every version that lost), the rows are written with the vectors the merge gave them (asRemote, so
// they are not stamped again), and each resolved conflict is then a change made on this
// device (a bump), so that the merged copy is newer than both sides the next time they meet.
import type { WorkshopId } from '../domain/ids';
import { merge, type Choices, type Conflict, type MergeCounts, type MergeResult } from '../domain/merge';
import { WORKSHOP_PARTS, partKey, recordKey, type Replica, type Tombstone, type UnitKey, type WorkshopPart } from '../domain/sync-units';
import { nowIso } from '../domain/time';
import { bump, EMPTY_VECTOR, latest, type VersionVector } from '../domain/version';
import type { WorkshopGraph } from '../domain/workshop-graph';
import type { Hlc } from '../domain/hlc';
import type { OpenedBundle } from '../exchange/bundle';
import { db } from './db';
import { eraseGraph, graphTables, putOwnGraph, readGraph } from './graph-store';
import type { RecoveryRow } from './rows';
import type { StampedRow, StampedWorkshop, TombstoneRow } from './stamping';
import { asRemote, ticksAfter, tombstoneKey } from './stamping-core';

type Row = StampedRow<{ readonly workshopId: string }>;

function strip<T extends object>(row: T): T {
  const { version: _v, versions: _vs, ...rest } = row as T & { version?: unknown; versions?: unknown };
  return rest as T;
}

/** A graph as read from storage, split into the graph and its vectors; call inside a transaction over graphTables. */
export async function readReplica(id: WorkshopId): Promise<Replica | null> {
  const g = await readGraph(id);
  if (!g) return null;
  const versions: Partial<Record<UnitKey, VersionVector>> = {};
  const w = g.workshop as StampedWorkshop;
  for (const part of WORKSHOP_PARTS) {
    const v = w.versions?.[part];
    if (v && Object.keys(v).length > 0) versions[partKey(part)] = v;
  }
  const take = <T extends object>(kind: Parameters<typeof recordKey>[0], rows: readonly T[], idOf: (r: T) => string): T[] =>
    rows.map((r) => {
      const v = (r as Row).version;
      if (v && Object.keys(v).length > 0) versions[recordKey(kind, idOf(r))] = v;
      return strip(r);
    });
  const graph: WorkshopGraph = {
    workshop: strip(g.workshop),
    participants: take('participant', g.participants, (r) => r.id),
    notes: take('note', g.notes, (r) => r.id),
    questionStates: take('questionState', g.questionStates, (r) => r.questionId),
    actionPoints: take('actionPoint', g.actionPoints, (r) => r.id),
    attachments: take('attachment', g.attachments, (r) => r.id),
  };
  const tombstones = (await db().tombstones.where('workshopId').equals(id).toArray()).map(({ key: _k, ...t }): Tombstone => t);
  return { graph, versions, tombstones };
}

/** The copy a bundle brings: a format-1 file has no vectors and no tombstones. */
export function remoteReplica(bundle: OpenedBundle): Replica {
  return { graph: bundle.graph, versions: bundle.sync?.versions ?? {}, tombstones: bundle.sync?.tombstones ?? [] };
}

/** The rows to store for a replica: each record with its vector, the workshop with its part vectors. */
function rowsOf(r: Pick<Replica, 'graph' | 'versions'>): WorkshopGraph {
  const v = (k: UnitKey) => r.versions[k] ?? EMPTY_VECTOR;
  const parts: Partial<Record<WorkshopPart, VersionVector>> = {};
  for (const part of WORKSHOP_PARTS) parts[part] = v(partKey(part));
  const g = r.graph;
  return {
    workshop: { ...g.workshop, versions: parts } as StampedWorkshop,
    participants: g.participants.map((x) => ({ ...x, version: v(recordKey('participant', x.id)) })),
    notes: g.notes.map((x) => ({ ...x, version: v(recordKey('note', x.id)) })),
    questionStates: g.questionStates.map((x) => ({ ...x, version: v(recordKey('questionState', x.questionId)) })),
    actionPoints: g.actionPoints.map((x) => ({ ...x, version: v(recordKey('actionPoint', x.id)) })),
    attachments: g.attachments.map((x) => ({ ...x, version: v(recordKey('attachment', x.id)) })),
  };
}

/**
 * Writes another copy as it came (an import of a workshop new here, or replacing this one):
 * its rows with their vectors and its tombstones, none of it stamped again. Returns what was
 * written (a record whose id another workshop here uses gets a new one). Call inside a
 * read-write transaction over graphTables.
 */
export async function putReplica(r: Replica): Promise<WorkshopGraph> {
  return asRemote(async () => {
    const written = await putOwnGraph(rowsOf(r));
    // Under the id it was written with (a new one when another vault holds the workshop's).
    const workshopId = written.workshop.id;
    await db().tombstones.bulkPut(r.tombstones.map((t): TombstoneRow => ({ key: tombstoneKey({ ...t, workshopId }), ...t, workshopId })));
    return written;
  });
}

export interface MergePreview {
  readonly counts: MergeCounts;
  readonly conflicts: readonly Conflict[];
}

/** What merging the bundle into the copy here would do; null when the workshop is not here. Writes nothing. */
export async function previewMerge(bundle: OpenedBundle): Promise<MergePreview | null> {
  const d = db();
  const local = await d.transaction('r', [...graphTables(d)], () => readReplica(bundle.graph.workshop.id));
  if (!local) return null;
  const r = merge(local, remoteReplica(bundle));
  return { counts: r.counts, conflicts: r.conflicts };
}

/**
 * Merges the bundle's copy into the one here, with the person's choices for the conflicts.
 * Call inside the import's read-write transaction over graphTables, recovery and settings.
 * Returns the result, or null when the workshop is not here (any more).
 */
export async function applyMerge(bundle: OpenedBundle, choices: Choices): Promise<MergeResult | null> {
  const d = db();
  const id = bundle.graph.workshop.id;
  const local = await readReplica(id);
  if (!local) return null;
  const remote = remoteReplica(bundle);
  const result = merge(local, remote, choices);
  // The way back to every version that lost: this copy exactly as it was, and the other copy
  // when one of its versions lost a conflict.
  const now = nowIso();
  const before = await readGraph(id);
  if (before) await d.recovery.add({ id: crypto.randomUUID(), workshopId: id, reason: 'before-merge', createdAt: now, graph: before } satisfies RecoveryRow);
  if (result.conflicts.some((c) => (choices[c.key] ?? c.provisional) === 'local')) await d.recovery.add({ id: crypto.randomUUID(), workshopId: id, reason: 'lost-in-merge', createdAt: now, graph: remote.graph } satisfies RecoveryRow);

  // A resolution is a change made here: one timestamp each, after everything the other copy had.
  const seen = Object.values(remote.versions).flatMap((v) => (v ? [latest(v)] : [])).filter((h): h is Hlc => h !== null);
  const { node, stamps } = await ticksAfter(d.settings, seen, result.conflicts.length);
  const versions = { ...result.versions };
  const tombstones = new Map(result.tombstones.map((t) => [recordKey(t.kind, t.id), t]));
  result.conflicts.forEach((c, i) => {
    const at = stamps[i] as Hlc;
    const t = tombstones.get(c.key);
    if (t) tombstones.set(c.key, { ...t, version: bump(t.version, node, at) });
    else versions[c.key] = bump(versions[c.key] ?? EMPTY_VECTOR, node, at);
  });

  const rows = rowsOf({ graph: { ...result.graph, workshop: { ...result.graph.workshop, updatedAt: nowIso() } }, versions });
  await asRemote(async () => {
    await eraseGraph(id);
    await putOwnGraph(rows);
    await d.tombstones.bulkPut([...tombstones.values()].map((t): TombstoneRow => ({ key: tombstoneKey(t), ...t })));
  });
  return { ...result, versions, tombstones: [...tombstones.values()] };
}
