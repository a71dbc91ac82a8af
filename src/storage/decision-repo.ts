// Why: the two records that close a session and live on the workshop row: the preconditions
// scan (the app's proposals, confirmed or overridden by the group) and the decision. The
// decision is checked against the action points inside the same transaction, so "go" can
// never be stored while a condition is open, not even from a second tab.
import type { Decision, Dissent, Outcome } from '../domain/decision';
import { refusalFor, type DecisionRefusal } from '../domain/decision-rules';
import type { WorkshopId } from '../domain/ids';
import { overrideProblem, type OverrideProblem, type Proposal } from '../domain/precondition-rules';
import type { Precondition, PreconditionAssessment, PreconditionState } from '../domain/preconditions';
import { nowIso, type IsoDate } from '../domain/time';
import type { Refused } from './action-points-repo';
import { db } from './db';
import { touch } from './touch';
import { write, type WriteResult } from './write';

export interface DecisionDraft {
  readonly outcome: Outcome;
  readonly rationale: string;
  readonly dissent: readonly Dissent[];
  readonly decidedBy: string;
  readonly date: IsoDate | null;
}

/** Records the decision, replacing an earlier one; refused when the rules say no. */
export function recordDecision(workshopId: WorkshopId, draft: DecisionDraft): Promise<WriteResult<void> | Refused<DecisionRefusal>> {
  return write(() =>
    db().transaction('rw', db().workshops, db().actionPoints, async (): Promise<Refused<DecisionRefusal> | null> => {
      const points = await db().actionPoints.where('workshopId').equals(workshopId).toArray();
      const refusal = refusalFor(draft.outcome, draft.rationale, points);
      if (refusal) return { ok: false, refused: refusal };
      const now = nowIso();
      const decision: Decision = {
        outcome: draft.outcome,
        rationale: draft.rationale.trim(),
        dissent: draft.dissent.map((d) => ({ ...d, who: d.who.trim(), reason: d.reason.trim() })).filter((d) => d.who !== '' || d.reason !== ''),
        decidedBy: draft.decidedBy.trim(),
        date: draft.date,
        recordedAt: now,
      };
      const n = await db().workshops.update(workshopId, { decision, updatedAt: now });
      if (n === 0) throw new Error('workshop not found');
      return null;
    }),
  ).then((r): WriteResult<void> | Refused<DecisionRefusal> => {
    if (!r.ok) return r;
    return r.value ?? { ok: true, value: undefined };
  });
}

/** Takes the decision back (the session is reopened); the undo puts it back as it was. */
export function clearDecision(workshopId: WorkshopId, restore: Decision | null = null): Promise<WriteResult<void>> {
  return write(async () => {
    const n = await db().workshops.update(workshopId, { decision: restore, updatedAt: nowIso() });
    if (n === 0) throw new Error('workshop not found');
  });
}

async function setAssessment(workshopId: WorkshopId, precondition: Precondition, change: (a: PreconditionAssessment) => PreconditionAssessment): Promise<void> {
  await db().transaction('rw', db().workshops, async () => {
    const w = await db().workshops.get(workshopId);
    if (!w) throw new Error('workshop not found');
    const now = nowIso();
    const next = { ...change(w.preconditions[precondition]), updatedAt: now };
    await db().workshops.update(workshopId, { [`preconditions.${precondition}`]: next });
    await touch(workshopId, now);
  });
}

/**
 * The group agrees with the app's proposal. Nothing of the app's wording is stored as the
 * group's explanation: the card and the report word the proposal's reason when they show it.
 */
export function confirmProposal(workshopId: WorkshopId, proposal: Proposal): Promise<WriteResult<void>> {
  return write(() => setAssessment(workshopId, proposal.precondition, (a) => ({ ...a, state: proposal.state, explanation: '', confirmed: true, overrideReason: '' })));
}

/**
 * The group judges the precondition itself, with one text: when the state differs from the
 * app's proposal it is the reason why (required, refused without it) and is stored as such;
 * otherwise it is an optional explanation. Either way the record says it once.
 */
export function overrideAssessment(workshopId: WorkshopId, proposal: Proposal, state: PreconditionState, text: string): Promise<WriteResult<void> | Refused<OverrideProblem>> {
  const problem = overrideProblem(proposal, state, text);
  if (problem) return Promise.resolve({ ok: false, refused: problem });
  const differs = state !== proposal.state;
  return write(() =>
    setAssessment(workshopId, proposal.precondition, (a) => ({ ...a, state, confirmed: true, overrideReason: differs ? text.trim() : '', explanation: differs ? '' : text.trim() })),
  );
}

/** Back to the app's proposal: the group's own judgement is taken back. */
export function reopenAssessment(workshopId: WorkshopId, precondition: Precondition, restore: PreconditionAssessment | null = null): Promise<WriteResult<void>> {
  return write(() => setAssessment(workshopId, precondition, (a) => restore ?? { ...a, confirmed: false, overrideReason: '' }));
}

/**
 * Keeps the unconfirmed proposals stored on the workshop in step with what the app now
 * proposes, so the report shows them (marked as proposals). This is the app's bookkeeping,
 * not the group's work: it does not make the workshop "changed".
 */
export function refreshProposals(workshopId: WorkshopId, stale: readonly { precondition: Precondition; assessment: PreconditionAssessment }[]): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const w = await db().workshops.get(workshopId);
      if (!w) throw new Error('workshop not found');
      const fields: Record<string, PreconditionAssessment> = {};
      // Only those still unconfirmed now: the group may have confirmed one meanwhile.
      for (const s of stale) if (!w.preconditions[s.precondition].confirmed) fields[`preconditions.${s.precondition}`] = s.assessment;
      if (Object.keys(fields).length > 0) await db().workshops.update(workshopId, fields);
    }),
  );
}

/** The group does not want this suggested action point; it is not offered again. */
export function dismissSuggestion(workshopId: WorkshopId, precondition: Precondition, key: string): Promise<WriteResult<void>> {
  return write(() =>
    setAssessment(workshopId, precondition, (a) => ({ ...a, dismissedSuggestions: a.dismissedSuggestions.includes(key) ? a.dismissedSuggestions : [...a.dismissedSuggestions, key] })),
  );
}

export function restoreSuggestion(workshopId: WorkshopId, precondition: Precondition, key: string): Promise<WriteResult<void>> {
  return write(() => setAssessment(workshopId, precondition, (a) => ({ ...a, dismissedSuggestions: a.dismissedSuggestions.filter((k) => k !== key) })));
}
