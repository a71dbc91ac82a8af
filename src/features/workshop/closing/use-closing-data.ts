// Why: the closing steps read the action points and notes of the workshop (a few dozen points,
// a few hundred notes at most) whole and live; the evidence for the preconditions and the
// list of what is still open before "go" are worked out from them at render, never stored.
import type { WorkshopId } from '../../../domain/ids';
import { gatherEvidence, type Evidence } from '../../../domain/precondition-evidence';
import { PRECONDITIONS, type Precondition } from '../../../domain/preconditions';
import type { ActionPoint } from '../../../domain/action-point';
import { listActionPoints } from '../../../storage/action-points-repo';
import { continuedPoints, evaluationsOf } from '../../../storage/evaluation-repo';
import { useLive } from '../../../storage/live';
import { notesOfWorkshop } from '../../../storage/notes-repo';
import { useWorkshopData } from '../workshop-context';

export function useActionPoints(workshopId: WorkshopId) {
  return useLive(() => listActionPoints(workshopId), [workshopId]);
}

export function useContinued(workshopId: WorkshopId) {
  return useLive(() => continuedPoints(workshopId), [workshopId]);
}

export function useEvaluations(workshopId: WorkshopId) {
  return useLive(() => evaluationsOf(workshopId), [workshopId]);
}

export function useWorkshopNotes(workshopId: WorkshopId) {
  return useLive(() => notesOfWorkshop(workshopId), [workshopId]);
}

/** The evidence for each precondition, from what the workshop recorded (null while notes load). */
export function useEvidence(points: readonly ActionPoint[]): Readonly<Record<Precondition, Evidence[]>> | null {
  const { workshop, participants, states, index } = useWorkshopData();
  const notes = useWorkshopNotes(workshop.id);
  if (notes.status !== 'ready') return null;
  const facts = { goal: workshop.goal, participants, notes: notes.value, states, actionPoints: points, topics: index.shapes };
  return Object.fromEntries(PRECONDITIONS.map((p) => [p, gatherEvidence(p, facts)])) as Record<Precondition, Evidence[]>;
}
