// Why: the closing steps read the action points of the workshop (a few dozen at most) whole
// and live, and the app's precondition proposals follow what the workshop records.
import { useEffect } from 'preact/hooks';
import type { WorkshopId } from '../../../domain/ids';
import { proposeAll, staleProposals, type Proposal } from '../../../domain/precondition-rules';
import { i18n } from '../../../i18n/i18n';
import { listActionPoints } from '../../../storage/action-points-repo';
import { refreshProposals } from '../../../storage/decision-repo';
import { continuedPoints, evaluationsOf } from '../../../storage/evaluation-repo';
import { useLive } from '../../../storage/live';
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

export function useProposals(): Proposal[] {
  const { workshop, participants } = useWorkshopData();
  return proposeAll({ goal: workshop.goal, roles: participants.map((p) => p.roles) });
}

/**
 * Keeps the proposals stored on the workshop current (for the report), in the workshop's own
 * language. Runs after render; stops by itself once nothing is stale.
 */
export function useRefreshProposals(proposals: readonly Proposal[]): void {
  const { workshop } = useWorkshopData();
  const explain = (p: Proposal) => i18n.t(`decision:proposal.${p.reason}`, { lng: workshop.lang });
  const stale = staleProposals(workshop.preconditions, proposals, explain);
  const key = stale.map((s) => `${s.precondition}=${s.assessment.state}`).join(',');
  useEffect(() => {
    if (stale.length > 0) void refreshProposals(workshop.id, stale);
    // `key` stands for `stale`, which is a new array on every render.
  }, [workshop.id, key]);
}
