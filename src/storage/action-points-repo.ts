// Why: action points are the follow-up of a session: made at the table (one tap from a note,
// from a suggestion, or on their own), changed afterwards from the workshop or from the
// follow-up view across workshops. Each is its own row so a status change rewrites one point;
// the follow-up view reads them across workshops through the status index.
import { NO_DONE_RECORD, type ActionOrigin, type ActionPoint, type ActionStatus, type DoneRecord, type Priority } from '../domain/action-point';
import { statusChange, titleFromNote, titleProblem, type DraftProblem, type StatusProblem } from '../domain/action-rules';
import { NOBODY, type Owner } from '../domain/author';
import { cardSummary, carriedOverIds, type PointsSummary } from '../domain/follow-up';
import { newId, type ActionPointId, type ParticipantId, type TopicId, type ValueId, type WorkshopId } from '../domain/ids';
import type { Note } from '../domain/note';
import type { Participant } from '../domain/participant';
import type { Precondition } from '../domain/preconditions';
import { nowIso, todayIso, type IsoDate } from '../domain/time';
import type { Workshop } from '../domain/workshop';
import { plainText, plainTexts } from '../domain/plain-text';
import { db } from './db';
import { touch } from './touch';
import { write, type WriteResult } from './write';

/** A write the rules refused before anything was stored; `refused` says why. */
export type Refused<R> = { readonly ok: false; readonly refused: R };

/** The fields a person fills in for an action point. */
export interface ActionDraft {
  readonly title: string;
  readonly description: string;
  readonly owner: Owner;
  readonly dueDate: IsoDate | null;
  readonly priority: Priority;
  readonly isCondition: boolean;
  readonly valueId: ValueId | null;
  readonly precondition: Precondition | null;
}

export const EMPTY_DRAFT: ActionDraft = { title: '', description: '', owner: NOBODY, dueDate: null, priority: 'medium', isCondition: false, valueId: null, precondition: null };

/** A value read back from a kept draft (localStorage) has the shape of an action point draft. */
export function isActionDraft(v: unknown): v is ActionDraft {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  return typeof d.title === 'string' && typeof d.description === 'string' && typeof d.owner === 'object' && d.owner !== null && typeof d.isCondition === 'boolean' && typeof d.priority === 'string';
}

export function listActionPoints(workshopId: WorkshopId): Promise<ActionPoint[]> {
  return db().actionPoints.where('workshopId').equals(workshopId).sortBy('order');
}

/** Trimmed text; a person without a name is nobody. */
function clean(draft: ActionDraft): ActionDraft {
  const owner: Owner = draft.owner.kind === 'person' ? (draft.owner.name.trim() ? { kind: 'person', name: draft.owner.name.trim() } : NOBODY) : draft.owner;
  return { ...draft, title: draft.title.trim(), description: draft.description.trim(), owner };
}

/**
 * The workshop's action points, a carried-over point seen with the origin of the point it was
 * first made as (through any number of evaluation sessions). The preconditions scan needs that:
 * a suggestion taken in the first session and carried over must not be offered again.
 */
export function actionPointsByFirstOrigin(workshopId: WorkshopId): Promise<ActionPoint[]> {
  return db().transaction('r', db().actionPoints, async () => {
    const points = await listActionPoints(workshopId);
    return Promise.all(
      points.map(async (p) => {
        let origin = p.origin;
        for (let hops = 0; origin.kind === 'carried-over' && hops < 20; hops += 1) {
          const from = await db().actionPoints.get(origin.fromActionPointId);
          if (!from) break;
          origin = from.origin;
        }
        return origin === p.origin ? p : { ...p, origin };
      }),
    );
  });
}

export function addActionPoint(workshopId: WorkshopId, draft: ActionDraft, origin: ActionOrigin = { kind: 'manual' }): Promise<WriteResult<ActionPointId> | Refused<DraftProblem>> {
  const problem = titleProblem(draft.title);
  if (problem) return Promise.resolve({ ok: false, refused: problem });
  return write(() =>
    db().transaction('rw', db().actionPoints, db().workshops, async () => {
      const now = nowIso();
      const last = (await db().actionPoints.where('workshopId').equals(workshopId).toArray()).reduce((m, p) => Math.max(m, p.order), -1);
      const id = newId<ActionPointId>();
      const point: ActionPoint = { ...clean(plainTexts(draft)), id, workshopId, status: 'open', dropReason: '', origin, order: last + 1, createdAt: now, updatedAt: now, completedAt: null, done: NO_DONE_RECORD };
      await db().actionPoints.add(point);
      await touch(workshopId, now);
      return id;
    }),
  );
}

/** The one-tap way from a note: the point keeps the link to the note, its question and topic. */
export function addFromNote(note: Note, topicId: TopicId | null, draft: Partial<ActionDraft> = {}): Promise<WriteResult<ActionPointId> | Refused<DraftProblem>> {
  return addActionPoint(note.workshopId, { ...EMPTY_DRAFT, title: titleFromNote(note.text), ...draft }, { kind: 'note', noteId: note.id, questionId: note.questionId, topicId });
}

export function updateActionPoint(point: ActionPoint, change: Partial<ActionDraft>): Promise<WriteResult<void> | Refused<DraftProblem>> {
  if (change.title !== undefined) {
    const problem = titleProblem(change.title);
    if (problem) return Promise.resolve({ ok: false, refused: problem });
  }
  return write(() =>
    db().transaction('rw', db().actionPoints, db().workshops, async () => {
      const now = nowIso();
      const next = clean({ ...point, ...plainTexts(change) });
      const fields: Partial<ActionPoint> = {};
      for (const k of Object.keys(change) as (keyof ActionDraft)[]) Object.assign(fields, { [k]: next[k] });
      const n = await db().actionPoints.update(point.id, { ...fields, updatedAt: now });
      if (n === 0) throw new Error('action point not found');
      await touch(point.workshopId, now);
    }),
  );
}

/**
 * Open, in progress, done (with what was done, by whom and when, as told), or dropped with a
 * reason (refused without one).
 */
export function setActionStatus(point: ActionPoint, status: ActionStatus, typed = '', told: DoneRecord = NO_DONE_RECORD): Promise<WriteResult<void> | Refused<StatusProblem>> {
  const reason = plainText(typed);
  const done: DoneRecord = { note: plainText(told.note), by: plainText(told.by), on: told.on };
  const now = nowIso();
  const checked = statusChange(status, reason, now, point, done);
  if (!checked.ok) return Promise.resolve({ ok: false, refused: checked.problem });
  return write(() =>
    db().transaction('rw', db().actionPoints, db().workshops, async () => {
      const current = await db().actionPoints.get(point.id);
      if (!current) throw new Error('action point not found');
      const change = statusChange(status, reason, now, current, done);
      if (!change.ok) throw new Error('status refused');
      await db().actionPoints.update(point.id, { ...change.change, updatedAt: now });
      await touch(point.workshopId, now);
    }),
  );
}

export function deleteActionPoint(point: ActionPoint): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().actionPoints, db().workshops, async () => {
      await db().actionPoints.delete(point.id);
      await touch(point.workshopId);
    }),
  );
}

/** Undo of a delete: the point comes back exactly as it was. */
export function restoreActionPoint(point: ActionPoint): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().actionPoints, db().workshops, async () => {
      await db().actionPoints.put(point);
      await touch(point.workshopId);
    }),
  );
}

export interface FollowUpData {
  /** Open points of workshops that are not deleted, with their workshop. */
  readonly items: readonly { readonly point: ActionPoint; readonly workshop: Workshop }[];
  /** Every workshop on the device that is not deleted, newest change first (for the filter). */
  readonly workshops: readonly Workshop[];
  /** Participants of those workshops, to name owners. */
  readonly participants: ReadonlyMap<ParticipantId, Participant>;
  /** Points continued in a later session (see domain/follow-up). */
  readonly continued: ReadonlySet<ActionPointId>;
}

/** Everything the follow-up view shows, in one read. */
export async function followUpData(): Promise<FollowUpData> {
  const d = db();
  return d.transaction('r', d.workshops, d.actionPoints, d.participants, async () => {
    const workshops = (await d.workshops.toArray()).filter((w) => w.deletedAt === null).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    const live = new Map(workshops.map((w) => [w.id, w]));
    const open = (await d.actionPoints.where('status').anyOf(['open', 'in-progress']).toArray()).filter((p) => live.has(p.workshopId));
    const carried = (await d.actionPoints.filter((p) => p.origin.kind === 'carried-over').toArray()).filter((p) => live.has(p.workshopId));
    const ownerWorkshops = [...new Set(open.filter((p) => p.owner.kind === 'participant').map((p) => p.workshopId))];
    const people = ownerWorkshops.length === 0 ? [] : await d.participants.where('workshopId').anyOf(ownerWorkshops).toArray();
    return {
      items: open.map((point) => ({ point, workshop: live.get(point.workshopId) as Workshop })),
      workshops,
      participants: new Map(people.map((p) => [p.id, p])),
      continued: carriedOverIds(carried),
    };
  });
}

export type { PointsSummary } from '../domain/follow-up';

/**
 * For a workshop card: conditions met, and the open and overdue points, from that workshop's
 * points only. Points carried over into one of its evaluation sessions are followed up there
 * and are not counted as open here (its conditions stay as the session recorded them).
 */
export async function pointsSummary(workshopId: WorkshopId, today: IsoDate = todayIso()): Promise<PointsSummary> {
  const d = db();
  return d.transaction('r', d.actionPoints, d.workshops, async () => {
    const points = await d.actionPoints.where('workshopId').equals(workshopId).toArray();
    const evaluations = (await d.workshops.where('evaluationOf').equals(workshopId).toArray()).filter((w) => w.deletedAt === null);
    const later = evaluations.length === 0 ? [] : await d.actionPoints.where('workshopId').anyOf(evaluations.map((w) => w.id)).toArray();
    return cardSummary(points, later, today);
  });
}
