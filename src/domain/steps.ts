// Why: a DEDA session follows a fixed sequence: goal, people, values, eleven topics, then
// action points and the decision. Steps are named here so that routes, the agenda, the
// progress overview and the report all agree on them.
import type { TopicId } from './ids';

export type FixedStep = 'goal' | 'participants' | 'values' | 'actions' | 'preconditions' | 'decision';
export type StepKey = FixedStep | `topic:${string}`;

export const OPENING_STEPS = ['goal', 'participants', 'values'] as const satisfies readonly FixedStep[];
export const CLOSING_STEPS = ['actions', 'preconditions', 'decision'] as const satisfies readonly FixedStep[];

export function topicStep(topicId: TopicId): StepKey {
  return `topic:${topicId}`;
}

/** The full sequence for the topics of a pack, in order. */
export function stepSequence(topicIds: readonly TopicId[]): StepKey[] {
  return [...OPENING_STEPS, ...topicIds.map(topicStep), ...CLOSING_STEPS];
}
