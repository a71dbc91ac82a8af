// Why: reading and writing a whole workshop graph (all its tables) in one transaction is
// shared by duplicate, delete, recovery and (later) import; all-or-nothing lives here once.
import type { WorkshopId } from '../domain/ids';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { db, type DedaDatabase } from './db';

export function graphTables(d: DedaDatabase) {
  return [d.workshops, d.participants, d.notes, d.questionStates, d.actionPoints, d.attachments] as const;
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

/** Removes every part of a workshop; call inside a read-write transaction over graphTables. */
export async function eraseGraph(id: WorkshopId): Promise<void> {
  const d = db();
  await Promise.all([
    d.participants.where('workshopId').equals(id).delete(),
    d.notes.where('workshopId').equals(id).delete(),
    d.questionStates.where('workshopId').equals(id).delete(),
    d.actionPoints.where('workshopId').equals(id).delete(),
    d.attachments.where('workshopId').equals(id).delete(),
    d.workshops.delete(id),
  ]);
}
