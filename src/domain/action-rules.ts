// Why: the rules for one action point, apart from where it is stored: what a point made from
// a note starts as, what a status change needs (dropping needs a reason, done gets a date),
// and when the closing steps of a session count as started or done for the step rail.
import { NO_DONE_RECORD, isOpen, type ActionPoint, type ActionStatus, type DoneRecord } from './action-point';
import type { Decision } from './decision';
import { PRECONDITIONS, type PreconditionScan } from './preconditions';
import type { StepStatus } from './progress';
import type { IsoDate, IsoDateTime } from './time';

export const MAX_ACTION_TITLE = 200;

/** A title from a note: its first line, cut at a word boundary when it is long. */
export function titleFromNote(text: string): string {
  const first = (text.trim().split(/\r?\n/)[0] ?? '').trim();
  if (first.length <= MAX_ACTION_TITLE) return first;
  const cut = first.slice(0, MAX_ACTION_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_ACTION_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export type StatusProblem = 'reason-required';

export type StatusChange =
  | { readonly ok: true; readonly change: Pick<ActionPoint, 'status' | 'dropReason' | 'completedAt' | 'done'> }
  | { readonly ok: false; readonly problem: StatusProblem };

/**
 * The fields a status change sets. Dropping needs a reason (the record must say why a point
 * was let go); done records when, and what the person marking it said was done, by whom and
 * on which day (each may be left empty: the report then says it was not told); any other
 * status clears all of that, because the point is no longer done.
 */
export function statusChange(status: ActionStatus, reason: string, now: IsoDateTime, current?: Pick<ActionPoint, 'status' | 'completedAt'>, done: DoneRecord = NO_DONE_RECORD): StatusChange {
  if (status === 'dropped') {
    const r = reason.trim();
    if (r === '') return { ok: false, problem: 'reason-required' };
    return { ok: true, change: { status, dropReason: r, completedAt: null, done: NO_DONE_RECORD } };
  }
  if (status === 'done') return { ok: true, change: { status, dropReason: '', completedAt: current?.status === 'done' ? (current.completedAt ?? now) : now, done: cleanDone(done) } };
  return { ok: true, change: { status, dropReason: '', completedAt: null, done: NO_DONE_RECORD } };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Trimmed text; a day that is not a calendar date (a half-typed field) is no day. */
export function cleanDone(done: DoneRecord): DoneRecord {
  const on = done.on !== null && ISO_DAY.test(done.on) && !Number.isNaN(Date.parse(`${done.on}T12:00:00Z`)) ? (done.on as IsoDate) : null;
  return { note: done.note.trim(), by: done.by.trim(), on };
}

/** True when the person marking the point done told anything about it. */
export function hasDoneRecord(done: DoneRecord): boolean {
  return done.note !== '' || done.by !== '' || done.on !== null;
}

/**
 * Actions step: started once there is a point; done only when no point is still open (every
 * one done or dropped). A point still open is work left, whatever owner and date it has: the
 * rail must not say "klaar" next to "3 open".
 */
export function actionsStatus(points: readonly Pick<ActionPoint, 'status'>[]): StepStatus {
  if (points.length === 0) return 'empty';
  return points.some(isOpen) ? 'started' : 'done';
}

/** Preconditions step: done once the group confirmed all five. */
export function preconditionsStatus(scan: PreconditionScan): StepStatus {
  const confirmed = PRECONDITIONS.filter((p) => scan[p].confirmed).length;
  return confirmed === 0 ? 'empty' : confirmed === PRECONDITIONS.length ? 'done' : 'started';
}

export function decisionStatus(decision: Decision | null): StepStatus {
  return decision ? 'done' : 'empty';
}

export type DraftProblem = 'title-required' | 'title-too-long';

/** What is wrong with the title of a new or edited point, if anything. */
export function titleProblem(title: string): DraftProblem | null {
  const t = title.trim();
  if (t === '') return 'title-required';
  if (t.length > MAX_ACTION_TITLE) return 'title-too-long';
  return null;
}
