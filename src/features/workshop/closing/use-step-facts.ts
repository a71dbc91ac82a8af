// Why: the step rail shows every fixed step's state (domain/step-status, one rule per step of
// the table) and how many action points are still open; the action points are read here, the
// rest of what the rules read is already in the workshop's context.
import { isOpen } from '../../../domain/action-point';
import type { StepFacts } from '../../../domain/step-status';
import { useWorkshopData } from '../workshop-context';
import { useActionPoints } from './use-closing-data';

/** What the state rules of the fixed steps read, and how many action points are still open. */
export function useStepFacts(): { facts: StepFacts; openActions: number } {
  const { workshop, participants } = useWorkshopData();
  const points = useActionPoints(workshop.id);
  const actionPoints = points.status === 'ready' ? points.value : [];
  return { facts: { workshop, participants, actionPoints }, openActions: actionPoints.filter(isOpen).length };
}
