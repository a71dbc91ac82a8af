// Why: the preconditions scan as it counts: the group's own assessment once confirmed, and
// otherwise the app's current proposal with the fact it rests on (the same rule the closing
// screen uses), worded in the workshop's language and marked as a proposal. The app's reason
// is worded here, never taken from what was stored as the group's explanation.
import { effectiveState, judgementOf, propose, type Judgement } from '../domain/precondition-rules';
import { PRECONDITIONS, type Precondition, type PreconditionState } from '../domain/preconditions';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { isProposalText } from '../i18n/proposal-texts';
import type { Words } from './report-words';

export interface ScanLine {
  readonly precondition: Precondition;
  readonly state: PreconditionState;
  /** False: this is the app's proposal, not the group's assessment. */
  readonly confirmed: boolean;
  /** The app's proposal (confirmed or not), or the group's own judgement and why. */
  readonly judgement: Judgement;
  /** The state the app currently proposes (whatever the group decided). */
  readonly proposed: PreconditionState;
  /** The fact the app's current proposal rests on, in the report's language. */
  readonly reason: string;
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
      judgement: judgementOf(a, proposal, isProposalText),
      proposed: proposal.state,
      reason: say.t(`preconditions.reasons.${proposal.reason}`),
    };
  });
}

/** The state cell: the group's state, or the app's proposal marked as one so it never reads as judged. */
export function scanState(line: ScanLine, say: Words): string {
  const state = say.t(`preconditions.states.${line.state}`);
  return line.confirmed ? state : say.t('preconditions.proposedState', { state });
}

/** The explanation cell: the app's reason marked as its proposal, or the group's own words. */
export function scanExplanation(line: ScanLine, say: Words): string {
  const { t } = say;
  const j = line.judgement;
  switch (j.kind) {
    case 'proposed':
      // The state cell already says it is a proposal; this says the group has not confirmed it.
      return `${line.reason}\n(${t('preconditions.proposal')})`;
    case 'confirmed':
      return [line.reason, `(${t('preconditions.confirmedProposal')})`, j.note].filter(Boolean).join('\n');
    case 'differs': {
      // What the app proposed and what the group decided instead, so neither is taken for the other.
      // The proposal may since have come round to the group's state: then only the group's reason.
      const state = t(`preconditions.states.${line.state}`);
      const override =
        line.proposed === line.state
          ? t('preconditions.overrideNowSame', { reason: j.why })
          : t('preconditions.override', { proposed: t(`preconditions.states.${line.proposed}`), state, reason: j.why });
      return [override, j.note].filter(Boolean).join('\n');
    }
    case 'judged':
      return j.note || `(${t('preconditions.judged')})`;
  }
}
