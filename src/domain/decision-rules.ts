// Why: a decision is only worth recording if the organisation can be held to it. "Go" while
// the group's own conditions are still open would be a contradiction on paper, so it is
// refused with the reason; "go under conditions" needs at least one open condition to point
// at; a deadlock between values is a legitimate outcome. Pure, so screens, storage and the
// report apply the same rules.
import { isOpen, type ActionPoint } from './action-point';
import type { Decision, Outcome } from './decision';

export type DecisionRefusal =
  /** "Go" while conditions are open: do them first, or decide "go under conditions". */
  | { readonly kind: 'open-conditions'; readonly open: readonly ActionPoint[] }
  /** "Go under conditions" with nothing open marked as condition. */
  | { readonly kind: 'no-open-conditions' }
  /** Every outcome needs its reasons written down. */
  | { readonly kind: 'rationale-required' };

/** The conditions of a workshop that are not yet done (and not dropped), in list order. */
export function openConditions(points: readonly ActionPoint[]): ActionPoint[] {
  return points.filter((p) => p.isCondition && isOpen(p));
}

/** Why this outcome may not be recorded now, or null when it may. */
export function refusalFor(outcome: Outcome, rationale: string, points: readonly ActionPoint[]): DecisionRefusal | null {
  const open = openConditions(points);
  if (outcome === 'go' && open.length > 0) return { kind: 'open-conditions', open };
  if (outcome === 'go-with-conditions' && open.length === 0) return { kind: 'no-open-conditions' };
  if (rationale.trim() === '') return { kind: 'rationale-required' };
  return null;
}

export interface ConditionsMet {
  readonly met: number;
  /** Conditions that still count: dropped ones (with their reason) are left out. */
  readonly total: number;
  readonly dropped: number;
}

export function conditionsMet(points: readonly Pick<ActionPoint, 'isCondition' | 'status'>[]): ConditionsMet {
  const conditions = points.filter((p) => p.isCondition);
  const dropped = conditions.filter((p) => p.status === 'dropped').length;
  return { met: conditions.filter((p) => p.status === 'done').length, total: conditions.length - dropped, dropped };
}

/**
 * A recorded decision that the action points have since overtaken: "go" while a condition
 * was added or reopened afterwards, or "go under conditions" once every condition is done
 * (worth a second look, not an error).
 */
export type DecisionNote = 'go-but-open-conditions' | 'conditions-all-met' | null;

export function decisionNote(decision: Pick<Decision, 'outcome'> | null, points: readonly ActionPoint[]): DecisionNote {
  if (!decision) return null;
  const open = openConditions(points);
  if (decision.outcome === 'go' && open.length > 0) return 'go-but-open-conditions';
  const c = conditionsMet(points);
  if (decision.outcome === 'go-with-conditions' && open.length === 0 && c.total > 0) return 'conditions-all-met';
  return null;
}
