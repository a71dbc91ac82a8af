// Why: reading and writing a whole workshop graph (all its tables) in one transaction is
// shared by duplicate, delete, recovery and import; all-or-nothing lives here once. So does the
// rule that writing one workshop never touches another's records (`putOwnGraph`).
import type { WorkshopId } from '../domain/ids';
import { rekeyGraph, type TakenIds, type WorkshopGraph } from '../domain/workshop-graph';
import { db, type DedaDatabase } from './db';
import { sessionsKey } from './many-hands-key';
import { asRemote } from './stamping-core';
import { vault } from './vault';

/** The tables a workshop lives in, its tombstones (since schema 6) included. */
export function graphTables(d: DedaDatabase) {
  return [d.workshops, d.participants, d.notes, d.questionStates, d.actionPoints, d.attachments, d.tombstones] as const;
}

/** Reads a workshop with all its parts; call inside a transaction for a consistent view. */
export async function readGraph(id: WorkshopId): Promise<WorkshopGraph | null> {
  const d = db();
  const workshop = await d.workshops.get(id);
  if (!workshop) return null;
  const [participants, notes, questionStates, actionPoints, attachments] = await Promise.all([
    d.participants.where('workshopId').equals(id).sortBy('order'),
    d.notes.where('workshopId').equals(id).sortBy('order'),
    d.questionStates.where('workshopId').equals(id).toArray(),
    d.actionPoints.where('workshopId').equals(id).sortBy('order'),
    d.attachments.where('workshopId').equals(id).toArray(),
  ]);
  return { workshop, participants, notes, questionStates, actionPoints, attachments };
}

/** Writes every part of the graph; call inside a read-write transaction over graphTables. */
export async function putGraph(graph: WorkshopGraph): Promise<void> {
  const d = db();
  await d.workshops.put(graph.workshop);
  await d.participants.bulkPut([...graph.participants]);
  await d.notes.bulkPut([...graph.notes]);
  await d.questionStates.bulkPut([...graph.questionStates]);
  await d.actionPoints.bulkPut([...graph.actionPoints]);
  await d.attachments.bulkPut([...graph.attachments]);
}

/**
 * The ids in the graph that are already used by a record of ANOTHER workshop on this device,
 * whether the open vault sees it or not (a row of another organisation's vault keeps its key);
 * and whether the workshop's own id is held by a workshop of another vault. Ids are unique per
 * device, not across devices, so a graph from a file can name them; call inside a transaction
 * over graphTables.
 */
export async function idsTakenElsewhere(graph: WorkshopGraph): Promise<TakenIds> {
  const d = db();
  const own = graph.workshop.id;
  const taken = (rows: readonly ({ readonly id: string; readonly workshopId: string } | undefined)[], held: ReadonlySet<unknown> | undefined) =>
    new Set([...rows.flatMap((r) => (r && r.workshopId !== own ? [r.id] : [])), ...[...(held ?? [])].map(String)]);
  const ids = {
    participants: graph.participants.map((x) => x.id),
    notes: graph.notes.map((x) => x.id),
    actionPoints: graph.actionPoints.map((x) => x.id),
    attachments: graph.attachments.map((x) => x.id),
  };
  const [participants, notes, actionPoints, attachments] = await Promise.all([
    d.participants.bulkGet(ids.participants),
    d.notes.bulkGet(ids.notes),
    d.actionPoints.bulkGet(ids.actionPoints),
    d.attachments.bulkGet(ids.attachments),
  ]);
  // Only awaited when some row can be another vault's (Dexie's transaction survives no other await).
  const check = vault.heldElsewhere({ workshops: [own], ...ids });
  const held = check ? await check : {};
  const workshopHeld = (held.workshops?.size ?? 0) > 0;
  return { workshop: workshopHeld, participants: taken(participants, held.participants), notes: taken(notes, held.notes), actionPoints: taken(actionPoints, held.actionPoints), attachments: taken(attachments, held.attachments) };
}

/**
 * Writes a graph that did not come from this device (an import) into its own workshop only:
 * a record whose id another workshop here already uses is written under a new id (with the
 * references to it rewritten), never over that other workshop's record; a workshop whose id
 * another vault holds becomes a new workshop (a new id). Returns what was written. Call inside a read-write transaction over graphTables.
 */
export async function putOwnGraph(graph: WorkshopGraph): Promise<WorkshopGraph> {
  const safe = rekeyGraph(graph, await idsTakenElsewhere(graph));
  await putGraph(safe);
  return safe;
}

/**
 * Removes every part of a workshop, its tombstones too: erasing is not a change to merge
 * (a copy elsewhere is not told to delete). Call inside a read-write transaction over graphTables.
 */
export async function eraseGraph(id: WorkshopId): Promise<void> {
  const d = db();
  await asRemote(() => Promise.all([
    d.tombstones.where('workshopId').equals(id).delete(),
    d.participants.where('workshopId').equals(id).delete(),
    d.notes.where('workshopId').equals(id).delete(),
    d.questionStates.where('workshopId').equals(id).delete(),
    d.actionPoints.where('workshopId').equals(id).delete(),
    d.attachments.where('workshopId').equals(id).delete(),
    d.workshops.delete(id),
  ]));
}

/** The tables a workshop's erasing touches: its graph, its way back, its device records. */
export function eraseTables(d: DedaDatabase) {
  return [...graphTables(d), d.recovery, d.settings];
}

/**
 * Erases a workshop for good: its graph, the snapshots kept as a way back, and its many-hands
 * sessions (their join codes hold its title and the names at the table). Inside a read-write
 * transaction over eraseTables.
 */
export async function eraseWorkshopRecords(id: WorkshopId): Promise<void> {
  // The graph last: its erasing runs as a remote write (asRemote), after which this transaction
  // takes no more requests from here (Dexie's zone does not survive that native await).
  await db().recovery.where('workshopId').equals(id).delete();
  await db().settings.delete(sessionsKey(id));
  await eraseGraph(id);
}
