// Why: the facilitator's overview: per topic how many questions were discussed, parked or
// set aside, which parked questions still have to come back, and which steps are done.
// Pure, so the same rules drive the step rail, the overview and the report.
import { hasGoal, type ProjectGoal } from './goal';
import type { QuestionId, TopicId } from './ids';
import type { Role } from './roles';
import type { WorkshopValues } from './values';
import type { QuestionState, QuestionStatus } from './question-state';

export interface TopicShape {
  readonly id: TopicId;
  readonly questionIds: readonly QuestionId[];
}

export interface TopicProgress {
  readonly topicId: TopicId;
  readonly total: number;
  readonly discussed: number;
  readonly parked: number;
  readonly notApplicable: number;
  readonly open: number;
  readonly notes: number;
  readonly status: StepStatus;
}

/** empty: nothing happened yet; started: something is there; done: every question handled. */
export type StepStatus = 'empty' | 'started' | 'done';

export interface QuestionRef {
  readonly topicId: TopicId;
  readonly questionId: QuestionId;
  readonly reason: string;
}

export function statusOf(states: ReadonlyMap<QuestionId, QuestionState>, questionId: QuestionId): QuestionStatus {
  return states.get(questionId)?.status ?? 'open';
}

export function topicProgress(topic: TopicShape, states: ReadonlyMap<QuestionId, QuestionState>, noteCounts: ReadonlyMap<QuestionId, number>): TopicProgress {
  const count = (s: QuestionStatus) => topic.questionIds.filter((q) => statusOf(states, q) === s).length;
  const discussed = count('discussed');
  const parked = count('parked');
  const notApplicable = count('not-applicable');
  const notes = topic.questionIds.reduce((sum, q) => sum + (noteCounts.get(q) ?? 0), 0);
  const total = topic.questionIds.length;
  const handled = discussed + notApplicable;
  const status: StepStatus = total > 0 && handled === total ? 'done' : handled + parked + notes > 0 ? 'started' : 'empty';
  return { topicId: topic.id, total, discussed, parked, notApplicable, open: total - discussed - parked - notApplicable, notes, status };
}

function withStatus(topics: readonly TopicShape[], states: ReadonlyMap<QuestionId, QuestionState>, status: QuestionStatus): QuestionRef[] {
  return topics.flatMap((t) => t.questionIds.filter((q) => statusOf(states, q) === status).map((q) => ({ topicId: t.id, questionId: q, reason: states.get(q)?.reason ?? '' })));
}

/** Parked questions, in the order of the session: they come back in the overview. */
export function parkedQuestions(topics: readonly TopicShape[], states: ReadonlyMap<QuestionId, QuestionState>): QuestionRef[] {
  return withStatus(topics, states, 'parked');
}

/** Questions the group set aside as not applicable, with the reason it gave. */
export function skippedQuestions(topics: readonly TopicShape[], states: ReadonlyMap<QuestionId, QuestionState>): QuestionRef[] {
  return withStatus(topics, states, 'not-applicable');
}

export interface SessionTotals {
  readonly questions: number;
  readonly discussed: number;
  readonly parked: number;
  readonly notApplicable: number;
  readonly open: number;
  readonly notes: number;
  readonly topicsDone: number;
}

export function sessionTotals(progress: readonly TopicProgress[]): SessionTotals {
  const sum = (k: 'total' | 'discussed' | 'parked' | 'notApplicable' | 'open' | 'notes') => progress.reduce((s, p) => s + p[k], 0);
  return {
    questions: sum('total'),
    discussed: sum('discussed'),
    parked: sum('parked'),
    notApplicable: sum('notApplicable'),
    open: sum('open'),
    notes: sum('notes'),
    topicsDone: progress.filter((p) => p.status === 'done').length,
  };
}

/** A reason is required when a question is set aside as not applicable. */
export function reasonRequired(status: QuestionStatus): boolean {
  return status === 'not-applicable';
}

/** Goal step: started with a goal statement; done once it also says what the project will not deliver. */
export function goalStatus(goal: ProjectGoal): StepStatus {
  if (!hasGoal(goal)) return 'empty';
  return goal.nonDeliverables.trim() ? 'done' : 'started';
}

/**
 * "Aan tafel": done once the people at the table are listed, each with a role. Whether a key
 * role is missing is a finding the rail and the report show beside it, not unfinished work:
 * five people listed are listed. Someone without a role yet keeps the step started.
 */
export function participantsStatus(people: ReadonlyArray<{ readonly roles: readonly Role[] }>): StepStatus {
  if (people.length === 0) return 'empty';
  return people.every((p) => p.roles.length > 0) ? 'done' : 'started';
}

/** Values step: started with one value; done once at least one is chosen as core value. */
export function valuesStatus(values: WorkshopValues): StepStatus {
  if (values.entries.length === 0) return 'empty';
  return values.coreRanking.length > 0 ? 'done' : 'started';
}
