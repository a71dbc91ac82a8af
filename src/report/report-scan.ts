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
      reason: say.t(`preconditions.reasons.${proposal.reason}`),
    };
  });
}

/** The explanation cell: the app's reason marked as its proposal, or the group's own words. */
export function scanExplanation(line: ScanLine, say: Words): string {
  const { t } = say;
  const j = line.judgement;
  switch (j.kind) {
    case 'proposed':
      return `${line.reason}\n(${t('preconditions.proposal')})`;
    case 'confirmed':
      return [line.reason, `(${t('preconditions.confirmedProposal')})`, j.note].filter(Boolean).join('\n');
    case 'differs':
      return [t('preconditions.override', { reason: j.why }), j.note].filter(Boolean).join('\n');
    case 'judged':
      return j.note || `(${t('preconditions.judged')})`;
  }
}
