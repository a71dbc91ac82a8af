// Why: the research behind DEDA found that projects stall on five missing preconditions. The
// app already knows part of the answer (who is at the table, whether the goal and its limits
// are written down, which phase the project is in), so it proposes a state for each one with
// the fact it rests on. The facilitator confirms or overrides; the app never decides alone.
import type { ProjectGoal, ProjectPhase } from './goal';
import { PRECONDITIONS, type Precondition, type PreconditionAssessment, type PreconditionScan, type PreconditionState } from './preconditions';
import type { Role } from './roles';

/** What the workshop knows that bears on the preconditions. */
export interface ScanFacts {
  readonly goal: ProjectGoal;
  /** The roles of everyone at the table (a person may hold several). */
  readonly roles: readonly (readonly Role[])[];
}

/** The fact a proposal rests on; each is a key into the `decision` namespace (`proposal.<reason>`). */
export const PROPOSAL_REASONS = [
  'nobody-listed',
  'po-absent',
  'po-late',
  'po-present',
  'owner-absent',
  'owner-without-goal',
  'owner-and-goal',
  'goal-empty',
  'limits-empty',
  'data-unnamed',
  'goal-bounded',
  'politics-absent',
  'politics-present',
  'one-discipline',
  'few-disciplines',
  'many-disciplines',
] as const;
export type ProposalReason = (typeof PROPOSAL_REASONS)[number];

export interface Proposal {
  readonly precondition: Precondition;
  readonly state: PreconditionState;
  readonly reason: ProposalReason;
}

/** Phases in which a PO/FG who only joins now has come late. */
const LATE_PHASES: readonly ProjectPhase[] = ['pilot', 'production', 'evaluation'];

/** Distinct kinds of expertise at the table; "other" says nothing about which, so it is not counted. */
export function disciplines(roles: readonly (readonly Role[])[]): number {
  return new Set(roles.flat().filter((r) => r !== 'other')).size;
}

function purpose(goal: ProjectGoal): Proposal {
  const p = 'purpose-limitation';
  if (goal.statement.trim() === '') return { precondition: p, state: 'missing', reason: 'goal-empty' };
  if (goal.nonDeliverables.trim() === '') return { precondition: p, state: 'partly', reason: 'limits-empty' };
  if (goal.dataSets.trim() === '') return { precondition: p, state: 'partly', reason: 'data-unnamed' };
  return { precondition: p, state: 'in-place', reason: 'goal-bounded' };
}

/** The app's proposal for one precondition. */
export function propose(precondition: Precondition, facts: ScanFacts): Proposal {
  if (precondition === 'purpose-limitation') return purpose(facts.goal);
  // Without anyone on the list the app cannot tell absent from not yet entered.
  if (facts.roles.length === 0) return { precondition, state: 'unknown', reason: 'nobody-listed' };
  const present = new Set(facts.roles.flat());
  switch (precondition) {
    case 'privacy-officer-involved':
      if (!present.has('privacy-officer')) return { precondition, state: 'missing', reason: 'po-absent' };
      if (facts.goal.phase && LATE_PHASES.includes(facts.goal.phase)) return { precondition, state: 'partly', reason: 'po-late' };
      return { precondition, state: 'in-place', reason: 'po-present' };
    case 'accountability':
      if (!present.has('project-owner')) return { precondition, state: 'missing', reason: 'owner-absent' };
      if (facts.goal.statement.trim() === '') return { precondition, state: 'partly', reason: 'owner-without-goal' };
      return { precondition, state: 'in-place', reason: 'owner-and-goal' };
    case 'political-support':
      // Politics being absent says nothing about support elsewhere: unknown, not missing.
      if (!present.has('politics')) return { precondition, state: 'unknown', reason: 'politics-absent' };
      return { precondition, state: 'in-place', reason: 'politics-present' };
    case 'integrated-work': {
      const n = disciplines(facts.roles);
      if (n <= 1) return { precondition, state: 'missing', reason: 'one-discipline' };
      if (n <= 3) return { precondition, state: 'partly', reason: 'few-disciplines' };
      return { precondition, state: 'in-place', reason: 'many-disciplines' };
    }
  }
}

export function proposeAll(facts: ScanFacts): Proposal[] {
  return PRECONDITIONS.map((p) => propose(p, facts));
}

/**
 * The state that counts for a precondition: the group's own once confirmed, otherwise the
 * app's current proposal (which follows the workshop as it changes).
 */
export function effectiveState(assessment: PreconditionAssessment, proposal: Proposal): PreconditionState {
  return assessment.confirmed ? assessment.state : proposal.state;
}

/**
 * Unconfirmed assessments whose stored state no longer matches the app's proposal, with the
 * assessment they should become. Confirmed ones are the group's and are never touched.
 */
export function staleProposals(scan: PreconditionScan, proposals: readonly Proposal[], explain: (p: Proposal) => string): { precondition: Precondition; assessment: PreconditionAssessment }[] {
  return proposals
    .filter((p) => {
      const a = scan[p.precondition];
      return !a.confirmed && (a.state !== p.state || a.explanation !== explain(p));
    })
    .map((p) => ({ precondition: p.precondition, assessment: { ...scan[p.precondition], state: p.state, explanation: explain(p), overrideReason: '' } }));
}

/**
 * What the record says about one precondition, as the card and the report show it. The app's
 * reason is never stored as the group's words: it is worded at display time from the proposal.
 * - proposed: only the app's proposal; the group has not judged it yet.
 * - confirmed: the group confirmed the app's proposal (`note`: anything the group added).
 * - differs: the group set another state than the app proposed, and said why.
 * - judged: the group's state, which the app's current proposal no longer matches (the
 *   workshop changed since), without a reason to differ.
 */
export type Judgement =
  | { readonly kind: 'proposed' }
  | { readonly kind: 'confirmed'; readonly note: string }
  | { readonly kind: 'differs'; readonly why: string; readonly note: string }
  | { readonly kind: 'judged'; readonly note: string };

/**
 * How the group judged a precondition. `isAppText` recognises the app's own reason texts:
 * confirming once stored them as the explanation, and records (and bundles) made then still
 * hold them; they are the app's words, not the group's, so they are no note.
 */
export function judgementOf(assessment: PreconditionAssessment, proposal: Proposal, isAppText: (text: string) => boolean): Judgement {
  if (!assessment.confirmed) return { kind: 'proposed' };
  const why = assessment.overrideReason.trim();
  const explanation = assessment.explanation.trim();
  const note = explanation === '' || explanation === why || isAppText(explanation) ? '' : explanation;
  if (why !== '') return { kind: 'differs', why, note };
  return assessment.state === proposal.state ? { kind: 'confirmed', note } : { kind: 'judged', note };
}

/** The one text the group gives when judging: the reason to differ, or else an optional note. */
export function judgementText(assessment: PreconditionAssessment, isAppText: (text: string) => boolean): string {
  if (!assessment.confirmed) return '';
  const why = assessment.overrideReason.trim();
  const explanation = assessment.explanation.trim();
  const note = explanation === why || isAppText(explanation) ? '' : explanation;
  return [why, note].filter(Boolean).join('\n\n');
}

export type OverrideProblem = 'reason-required';

/** Setting a state other than the app's proposal needs a reason, so the record says why. */
export function overrideProblem(proposal: Proposal, state: PreconditionState, reason: string): OverrideProblem | null {
  return state !== proposal.state && reason.trim() === '' ? 'reason-required' : null;
}

/** Preconditions that need attention (missing or partly), in the fixed order. */
export function needingAttention(states: Readonly<Record<Precondition, PreconditionState>>): Precondition[] {
  return PRECONDITIONS.filter((p) => states[p] === 'missing' || states[p] === 'partly');
}
