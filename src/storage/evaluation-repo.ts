// Why: an evaluation session is started from an earlier workshop in one transaction (all of
// it or nothing), keeps the pack the first one used, and is later compared with it. The
// comparison reads only what it needs of both: question states, the kind of each note, and
// the action points.
import type { ActionPoint } from '../domain/action-point';
import { evaluationCopy, type EarlierSession, type SessionSide } from '../domain/evaluation';
import type { WorkshopId } from '../domain/ids';
import { nowIso, todayIso } from '../domain/time';
import type { Workshop } from '../domain/workshop';
import { plainText } from '../domain/plain-text';
import { db } from './db';
import { graphTables, putGraph, readGraph } from './graph-store';
import { write, type WriteResult } from './write';

export function startEvaluation(firstId: WorkshopId, title: string): Promise<WriteResult<WorkshopId>> {
  return write(() =>
    db().transaction('rw', [...graphTables(db())], async () => {
      const first = await readGraph(firstId);
      if (!first || first.workshop.deletedAt !== null) throw new Error('workshop not found');
      const copy = evaluationCopy(first, { now: nowIso(), today: todayIso(), title: plainText(title).trim() || first.workshop.title });
      await putGraph(copy);
      return copy.workshop.id;
    }),
  );
}

/** Evaluation sessions started from this workshop that are still on the device, oldest first. */
export async function evaluationsOf(firstId: WorkshopId): Promise<Workshop[]> {
  const all = await db().workshops.where('evaluationOf').equals(firstId).toArray();
  return all.filter((w) => w.deletedAt === null).sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
}

async function side(workshop: Workshop): Promise<SessionSide & { workshop: Workshop; actionPoints: ActionPoint[] }> {
  const d = db();
  const [states, notes, actionPoints] = await Promise.all([
    d.questionStates.where('workshopId').equals(workshop.id).toArray(),
    d.notes.where('workshopId').equals(workshop.id).toArray(),
    d.actionPoints.where('workshopId').equals(workshop.id).sortBy('order'),
  ]);
  return { workshop, states, notes: notes.map((n) => ({ questionId: n.questionId, kind: n.kind })), actionPoints };
}

export type ComparisonData =
  | { readonly kind: 'ready'; readonly first: Workshop; readonly before: SessionSide; readonly after: SessionSide }
  /** The first workshop was deleted or erased on this device: nothing to compare with. */
  | { readonly kind: 'first-gone' };

/** Both sides of an evaluation, read in one transaction so they belong together. */
export async function comparisonData(evaluation: Workshop): Promise<ComparisonData> {
  const d = db();
  return d.transaction('r', d.workshops, d.questionStates, d.notes, d.actionPoints, async (): Promise<ComparisonData> => {
    const firstId = evaluation.evaluationOf;
    const first = firstId ? await d.workshops.get(firstId) : undefined;
    const current = await d.workshops.get(evaluation.id);
    if (!first || first.deletedAt !== null || !current) return { kind: 'first-gone' };
    const [before, after] = await Promise.all([side(first), side(current)]);
    return { kind: 'ready', first, before, after };
  });
}

/** The first session of an evaluation, for its report; 'gone' when it is no longer on this device. */
export async function earlierSession(evaluation: Workshop): Promise<EarlierSession | 'gone'> {
  const data = await comparisonData(evaluation);
  return data.kind === 'ready' ? { title: data.first.title, date: data.first.date, before: data.before } : 'gone';
}

/** Points of this workshop that were carried over into one of its evaluation sessions. */
export async function continuedPoints(firstId: WorkshopId): Promise<Set<string>> {
  const evaluations = await evaluationsOf(firstId);
  if (evaluations.length === 0) return new Set();
  const points = await db().actionPoints.where('workshopId').anyOf(evaluations.map((w) => w.id)).toArray();
  return new Set(points.flatMap((p) => (p.origin.kind === 'carried-over' ? [p.origin.fromActionPointId as string] : [])));
}
