// Why: the preconditions scan as the group judged it. A precondition the group did not judge
// (including a proposal stored by an earlier version of the app, `confirmed: false`) is printed
// as "not yet judged", never with a state, so a reader cannot take the app's guess for the
// group's judgement. A judged one carries the group's reason; the app's own texts from that
// earlier version are recognised and left out.
import { judgementOf, type Judgement } from '../domain/precondition-rules';
import { PRECONDITIONS, type Precondition } from '../domain/preconditions';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { isProposalText } from '../i18n/proposal-texts';
import type { Words } from './report-words';

export interface ScanLine {
  readonly precondition: Precondition;
  readonly judgement: Judgement;
}

export function scanLines(graph: WorkshopGraph): ScanLine[] {
  const w = graph.workshop;
  return PRECONDITIONS.map((p) => ({ precondition: p, judgement: judgementOf(w.preconditions[p], isProposalText) }));
}

/** The state cell: the group's state, or "not yet judged". */
export function scanState(line: ScanLine, say: Words): string {
  const j = line.judgement;
  return j.kind === 'judged' ? say.t(`preconditions.states.${j.state}`) : say.t('preconditions.notJudged');
}

/** The explanation cell: the group's reason, or why there is none. */
export function scanExplanation(line: ScanLine, say: Words): string {
  const j = line.judgement;
  if (j.kind === 'not-judged') return say.t('preconditions.notJudgedExplanation');
  return j.reason || say.t('preconditions.noReason');
}

/** True when the group judged it missing or partly in place. */
export function needsAttention(line: ScanLine): boolean {
  return line.judgement.kind === 'judged' && (line.judgement.state === 'missing' || line.judgement.state === 'partly');
}
