// Why: what an export needs from the device: a whole workshop with the exact content pack it
// runs with, every workshop at once for a backup, and the note that it left the device
// (`lastExportedAt`, which drives the home screen's quiet reminder). Marking an export does
// not count as a change to the workshop.
import type { ContentPack } from '../content/pack-types';
import type { WorkshopId } from '../domain/ids';
import type { IsoDateTime } from '../domain/time';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { db } from './db';
import type { SyncState } from '../exchange/v2/convert';
import { graphTables, readGraph } from './graph-store';
import { readReplica } from './merge-repo';
import { packFor } from './packs-repo';
import { write, type WriteResult } from './write';

export interface ExportSource {
  readonly graph: WorkshopGraph;
  readonly pack: ContentPack;
  /** The vectors and tombstones a merge on another device needs (bundle format 2). */
  readonly sync: SyncState;
}

export type ExportRead = { readonly kind: 'ok'; readonly source: ExportSource } | { readonly kind: 'missing' } | { readonly kind: 'pack-missing'; readonly title: string };

/** The workshop and its pack, read in one transaction so they belong together. */
export async function readForExport(id: WorkshopId): Promise<ExportRead> {
  const replica = await db().transaction('r', [...graphTables(db())], () => readReplica(id));
  if (!replica || replica.graph.workshop.deletedAt !== null) return { kind: 'missing' };
  const { graph, versions, tombstones } = replica;
  const { pack, exact } = await packFor(graph.workshop.pack);
  // Never send a workshop out with questions it was not run with.
  if (!exact) return { kind: 'pack-missing', title: graph.workshop.title };
  return { kind: 'ok', source: { graph, pack, sync: { versions, tombstones } } };
}

/**
 * The workshop alone, read in one transaction, for an export that carries no questions (the
 * Algoritmeregister entry); null when it is gone or deleted.
 */
export async function readGraphForEntry(id: WorkshopId): Promise<WorkshopGraph | null> {
  const graph = await db().transaction('r', [...graphTables(db())], () => readGraph(id));
  return graph && graph.workshop.deletedAt === null ? graph : null;
}

/** Every workshop on this device that is not deleted, for a backup. */
export async function listWorkshopIdsForBackup(): Promise<WorkshopId[]> {
  const all = await db().workshops.toArray();
  return all.filter((w) => w.deletedAt === null).map((w) => w.id);
}

export function markExported(ids: readonly WorkshopId[], at: IsoDateTime): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      for (const id of ids) await db().workshops.update(id, { lastExportedAt: at });
    }),
  );
}
