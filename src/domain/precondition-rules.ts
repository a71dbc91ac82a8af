// Why: the five preconditions are the group's judgement, never the app's. An earlier version
// proposed a state from the mere presence of facts (a councillor at the table read as
// "political support in place"), and one tap turned that into the group's words. Now the app
// only gathers evidence (precondition-evidence.ts); what counts is the state the group set and
// the reason it gave. A stored proposal from that earlier version (`confirmed: false`) is read
// as "not judged yet", whatever state it holds.
import { PRECONDITIONS, type Precondition, type PreconditionAssessment, type PreconditionScan, type PreconditionState } from './preconditions';

/** The states the group can choose when it judges; "unknown" is what not judging means. */
export const JUDGED_STATES = ['in-place', 'partly', 'missing'] as const satisfies readonly PreconditionState[];
export type JudgedState = (typeof JUDGED_STATES)[number];

/**
 * What the record says about one precondition, as the card and the report show it.
 * - not-judged: the group has not judged it (also a stored proposal of an earlier version).
 * - judged: the group's state and its reason; `reason` is empty only for records from earlier
 *   versions, where confirming the app's proposal needed none.
 */
export type Judgement = { readonly kind: 'not-judged' } | { readonly kind: 'judged'; readonly state: PreconditionState; readonly reason: string };

/**
 * How the group judged a precondition. `isAppText` recognises the app's own reason texts of an
 * earlier version: confirming once stored them as the explanation, and records (and bundles)
 * made then still hold them; they are the app's words, not the group's, so they are no reason.
 */
export function judgementOf(assessment: PreconditionAssessment, isAppText: (text: string) => boolean): Judgement {
  if (!assessment.confirmed) return { kind: 'not-judged' };
  return { kind: 'judged', state: assessment.state, reason: judgementReason(assessment, isAppText) };
}

/**
 * The group's reason, once: an earlier version kept the reason to differ from its proposal in
 * `overrideReason` and a note in `explanation`; both are the group's words (app texts aside).
 */
export function judgementReason(assessment: PreconditionAssessment, isAppText: (text: string) => boolean): string {
  if (!assessment.confirmed) return '';
  const why = assessment.overrideReason.trim();
  const explanation = assessment.explanation.trim();
  const note = explanation === why || isAppText(explanation) ? '' : explanation;
  return [why, note].filter(Boolean).join('\n\n');
}

/** The group's state, or null while it has not judged. */
export function judgedState(assessment: PreconditionAssessment): PreconditionState | null {
  return assessment.confirmed ? assessment.state : null;
}

export type JudgeProblem = 'state-required' | 'reason-required';

/** A judgement needs a state and a reason: the report says why the group thinks so. */
export function judgeProblem(state: PreconditionState | null, reason: string): JudgeProblem | null {
  if (state === null || !(JUDGED_STATES as readonly string[]).includes(state)) return 'state-required';
  return reason.trim() === '' ? 'reason-required' : null;
}

/** The preconditions the group has not judged yet, in the fixed order. */
export function notJudged(scan: PreconditionScan): Precondition[] {
  return PRECONDITIONS.filter((p) => !scan[p].confirmed);
}

/** Preconditions the group judged missing or partly in place, in the fixed order. */
export function needingAttention(scan: PreconditionScan): Precondition[] {
  return PRECONDITIONS.filter((p) => scan[p].confirmed && (scan[p].state === 'missing' || scan[p].state === 'partly'));
}
