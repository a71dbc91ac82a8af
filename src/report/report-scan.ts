// Why: the preconditions scan as it counts: the group's own assessment once confirmed, and
// otherwise the app's current proposal with the fact it rests on (the same rule the closing
// screen uses), worded in the workshop's language and marked as a proposal.
import { PRECONDITIONS, type Precondition, type PreconditionState } from '../domain/preconditions';
import { effectiveState, propose } from '../domain/precondition-rules';
import type { WorkshopGraph } from '../domain/workshop-graph';
import type { Words } from './report-words';

export interface ScanLine {
  readonly precondition: Precondition;
  readonly state: PreconditionState;
  /** False: this is the app's proposal, not the group's assessment. */
  readonly confirmed: boolean;
  readonly explanation: string;
  /** Why the group set another state than the app proposed. */
  readonly override: string;
}

export function scanLines(graph: WorkshopGraph, say: Words): ScanLine[] {
  const w = graph.workshop;
  const facts = { goal: w.goal, roles: graph.participants.map((p) => p.roles) };
  return PRECONDITIONS.map((p) => {
    const a = w.preconditions[p];
    const proposal = propose(p, facts);
    return {
      precondition: p,
      state: effectiveState(a, proposal),
      confirmed: a.confirmed,
      explanation: a.confirmed ? a.explanation.trim() : say.t(`preconditions.reasons.${proposal.reason}`),
      override: a.confirmed ? a.overrideReason.trim() : '',
    };
  });
}
