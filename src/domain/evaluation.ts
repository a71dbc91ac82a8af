// Why: DEDA is meant for the start of a project and for evaluation moments later on. An
// evaluation session starts from the first one: the same goal, people and values, and the
// action points still open (carried over, so the first session's record stays as it was),
// but a fresh board and a fresh preconditions scan, so that the group looks again. The
// comparison then says per topic and per precondition what changed since.
import { isOpen, type ActionPoint } from './action-point';
import type { Owner, Speaker } from './author';
import { EMPTY_CLOCKS } from './clock-model';
import type { Outcome } from './decision';
import type { ActionPointId, QuestionId, TopicId } from './ids';
import type { Note } from './note';
import { PRECONDITIONS, emptyScan, type Precondition, type PreconditionState } from './preconditions';
import { statusOf, type TopicShape } from './progress';
import type { QuestionState, QuestionStatus } from './question-state';
import type { IsoDate, IsoDateTime } from './time';
import type { Workshop } from './workshop';
import { randomIds, type IdFactory, type WorkshopGraph } from './workshop-graph';

/**
 * The evaluation workshop made from `first`: a new workshop of kind 'evaluation' pointing back
 * at it, with copies (under fresh ids) of its participants and open action points; goal,
 * values, pack, language and agenda as they were. What the first session left open comes back
 * too: its parked questions (still parked, with their reason) and its open-question notes
 * ("Open vraag"). Other notes and question states, photos, the scan and the decision are not
 * copied: those are what the evaluation session does again.
 */
export function evaluationCopy(first: WorkshopGraph, opts: { now: IsoDateTime; today: IsoDate; title: string; ids?: IdFactory }): WorkshopGraph {
  const ids = opts.ids ?? randomIds;
  const workshopId = ids.workshop();
  const people = new Map(first.participants.map((p) => [p.id, ids.participant()]));
  const owner = (o: Owner): Owner => (o.kind === 'participant' ? { kind: 'participant', participantId: people.get(o.participantId) ?? o.participantId } : o);
  const w = first.workshop;
  const workshop: Workshop = {
    ...w,
    id: workshopId,
    kind: 'evaluation',
    evaluationOf: w.id,
    title: opts.title,
    date: opts.today,
    preconditions: emptyScan(),
    decision: null,
    clocks: EMPTY_CLOCKS,
    createdAt: opts.now,
    updatedAt: opts.now,
    lastExportedAt: null,
    deletedAt: null,
  };
  const open = first.actionPoints.filter(isOpen);
  const speaker = (s: Speaker): Speaker => (s.kind === 'participant' ? { kind: 'participant', participantId: people.get(s.participantId) ?? s.participantId } : s);
  return {
    workshop,
    participants: first.participants.map((p) => ({ ...p, id: people.get(p.id) ?? p.id, workshopId, createdAt: opts.now, updatedAt: opts.now })),
    notes: first.notes
      .filter((n) => n.kind === 'question' && n.text.trim() !== '')
      .map((n) => ({ ...n, id: ids.note(), workshopId, speaker: speaker(n.speaker), createdAt: opts.now, updatedAt: opts.now })),
    questionStates: first.questionStates.filter((s) => s.status === 'parked').map((s) => ({ ...s, workshopId, updatedAt: opts.now })),
    actionPoints: open.map((a, i) => ({
      ...a,
      id: ids.actionPoint(),
      workshopId,
      owner: owner(a.owner),
      origin: { kind: 'carried-over', fromActionPointId: a.id },
      order: i,
      createdAt: opts.now,
      updatedAt: opts.now,
      completedAt: null,
    })),
    attachments: [],
  };
}

/** What one session holds, as far as the comparison needs it. */
/** The first session as an evaluation's report needs it: its name and date, and what it recorded. */
export interface EarlierSession {
  readonly title: string;
  readonly date: IsoDate | null;
  readonly before: SessionSide;
}

export interface SessionSide {
  readonly workshop: Pick<Workshop, 'goal' | 'preconditions' | 'decision'>;
  readonly states: readonly QuestionState[];
  readonly notes: readonly Pick<Note, 'questionId' | 'kind'>[];
  readonly actionPoints: readonly ActionPoint[];
}

export interface TopicFigures {
  readonly discussed: number;
  readonly parked: number;
  readonly notApplicable: number;
  readonly notes: number;
  readonly concerns: number;
}

export interface QuestionChange {
  readonly questionId: QuestionId;
  readonly before: QuestionStatus;
  readonly after: QuestionStatus;
}

export interface TopicComparison {
  readonly topicId: TopicId;
  readonly before: TopicFigures;
  readonly after: TopicFigures;
  readonly questions: readonly QuestionChange[];
  /** Nothing discussed or noted yet in the evaluation: too early to compare. */
  readonly notYet: boolean;
}

/**
 * How a precondition changed. 'not-comparable': one side is "unknown". 'not-judged': the group
 * has not judged it in one of the sessions (a stored proposal of an earlier version included), so nothing can be
 * said about better or worse yet.
 */
export type Direction = 'better' | 'worse' | 'same' | 'not-comparable' | 'not-judged';

export interface PreconditionComparison {
  readonly precondition: Precondition;
  /** The group's judgement in the first session; null when the group did not judge it. */
  readonly before: PreconditionState | null;
  /** The group's judgement in the evaluation; null while the group has not judged it. */
  readonly after: PreconditionState | null;
  readonly direction: Direction;
}

export interface CarriedOverFigures {
  readonly carried: number;
  readonly done: number;
  readonly dropped: number;
  readonly stillOpen: number;
}

export interface Comparison {
  readonly topics: readonly TopicComparison[];
  readonly preconditions: readonly PreconditionComparison[];
  readonly carriedOver: CarriedOverFigures;
  readonly goalChanged: boolean;
  readonly decision: { readonly before: Outcome | null; readonly after: Outcome | null };
}

const RANK: Record<PreconditionState, number | null> = { 'in-place': 2, partly: 1, missing: 0, unknown: null };

/** Better, worse or the same: only between two judgements of the group (null: not judged). */
export function direction(before: PreconditionState | null, after: PreconditionState | null): Direction {
  if (before === null || after === null) return 'not-judged';
  const b = RANK[before];
  const a = RANK[after];
  if (b === null || a === null) return before === after ? 'same' : 'not-comparable';
  return a > b ? 'better' : a < b ? 'worse' : 'same';
}

function figures(topic: TopicShape, side: SessionSide, states: ReadonlyMap<QuestionId, QuestionState>): TopicFigures {
  const qs = new Set<string>(topic.questionIds);
  const notes = side.notes.filter((n) => qs.has(n.questionId));
  const count = (s: QuestionStatus) => topic.questionIds.filter((q) => statusOf(states, q) === s).length;
  return { discussed: count('discussed'), parked: count('parked'), notApplicable: count('not-applicable'), notes: notes.length, concerns: notes.filter((n) => n.kind === 'concern').length };
}

/**
 * Per topic, per precondition and for the carried-over action points: the first session
 * (`before`) next to the evaluation (`after`). Preconditions compare only what the group
 * judged: a proposal stored by an earlier version counts as not judged.
 */
export function compareSessions(topics: readonly TopicShape[], before: SessionSide, after: SessionSide): Comparison {
  const bStates = new Map(before.states.map((s) => [s.questionId, s]));
  const aStates = new Map(after.states.map((s) => [s.questionId, s]));
  const topicRows = topics.map((t): TopicComparison => {
    const b = figures(t, before, bStates);
    const a = figures(t, after, aStates);
    const questions = t.questionIds
      .map((q) => ({ questionId: q, before: statusOf(bStates, q), after: statusOf(aStates, q) }))
      .filter((c) => c.before !== c.after && c.after !== 'open');
    return { topicId: t.id, before: b, after: a, questions, notYet: a.discussed + a.parked + a.notApplicable + a.notes === 0 };
  });
  const pre = PRECONDITIONS.map((p): PreconditionComparison => {
    const judged = (side: SessionSide) => (side.workshop.preconditions[p].confirmed ? side.workshop.preconditions[p].state : null);
    const b = judged(before);
    const a = judged(after);
    return { precondition: p, before: b, after: a, direction: direction(b, a) };
  });
  const carried = after.actionPoints.filter((p) => p.origin.kind === 'carried-over');
  const carriedOver: CarriedOverFigures = {
    carried: carried.length,
    done: carried.filter((p) => p.status === 'done').length,
    dropped: carried.filter((p) => p.status === 'dropped').length,
    stillOpen: carried.filter(isOpen).length,
  };
  const g1 = before.workshop.goal;
  const g2 = after.workshop.goal;
  const goalChanged = (['statement', 'deliverables', 'nonDeliverables', 'outcomeRole', 'dataSets', 'phase'] as const).some((k) => (g1[k] ?? '') !== (g2[k] ?? ''));
  return {
    topics: topicRows,
    preconditions: pre,
    carriedOver,
    goalChanged,
    decision: { before: before.workshop.decision?.outcome ?? null, after: after.workshop.decision?.outcome ?? null },
  };
}

/** The point of the first session a carried-over point came from. */
export function originalOf(point: Pick<ActionPoint, 'origin'>): ActionPointId | null {
  return point.origin.kind === 'carried-over' ? point.origin.fromActionPointId : null;
}
