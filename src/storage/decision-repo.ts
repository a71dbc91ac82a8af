// Why: the two records that close a session and live on the workshop row: the preconditions
// scan (the group's judgement of each, with its reason) and the decision. The
// decision is checked against the action points inside the same transaction, so "go" can
// never be stored while a condition is open, not even from a second tab.
import type { Decision, Dissent, Outcome } from '../domain/decision';
import { refusalFor, type DecisionRefusal } from '../domain/decision-rules';
import type { WorkshopId } from '../domain/ids';
import { judgeProblem, type JudgeProblem } from '../domain/precondition-rules';
import type { Precondition, PreconditionAssessment, PreconditionState } from '../domain/preconditions';
import { nowIso, type IsoDate } from '../domain/time';
import { plainText, plainTexts } from '../domain/plain-text';
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
export function recordDecision(workshopId: WorkshopId, typed: DecisionDraft): Promise<WriteResult<void> | Refused<DecisionRefusal>> {
  const draft = plainTexts(typed);
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
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const n = await db().workshops.update(workshopId, { decision: restore, updatedAt: nowIso() });
      if (n === 0) throw new Error('workshop not found');
    }),
  );
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
 * The group judges the precondition: a state and the reason why, both required (refused
 * without). The reason is stored as the explanation; the field an earlier version used for the
 * reason to differ from its proposal is cleared, so the record says it once.
 */
export function judgeAssessment(workshopId: WorkshopId, precondition: Precondition, state: PreconditionState | null, typed: string): Promise<WriteResult<void> | Refused<JudgeProblem>> {
  const reason = plainText(typed);
  const problem = judgeProblem(state, reason);
  if (problem || state === null) return Promise.resolve({ ok: false, refused: problem ?? 'state-required' });
  return write(() => setAssessment(workshopId, precondition, (a) => ({ ...a, state, confirmed: true, explanation: reason.trim(), overrideReason: '' })));
}

/** The group takes its judgement back: not judged again (the undo puts it back as it was). */
export function reopenAssessment(workshopId: WorkshopId, precondition: Precondition, restore: PreconditionAssessment | null = null): Promise<WriteResult<void>> {
  return write(() => setAssessment(workshopId, precondition, (a) => restore ?? { ...a, state: 'unknown', confirmed: false, explanation: '', overrideReason: '' }));
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
