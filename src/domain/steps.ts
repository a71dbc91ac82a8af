// Why: a DEDA session follows a fixed sequence: goal, people, values, eleven topics, then
// action points and the decision. This is the one table of the fixed steps: their order, the
// part of the session they belong to and their share of the agenda. The sequence, the rail's
// groups and the default agenda are derived from it; every other place that needs something
// per step (the screen's component and label, the state rule, the report's chapter) keeps a
// `Record<FixedStep, …>`, so a row added here is a compile error wherever it is not handled.
// Adding a step: the short list in docs/architecture.md, "Steps".
import type { TopicId } from './ids';

/** Where a fixed step sits: before the topics or after them. */
export type StepPhase = 'opening' | 'closing';

interface StepRow {
  readonly key: string;
  readonly phase: StepPhase;
  /** Relative share of the session in the default agenda (a topic has TOPIC_AGENDA_WEIGHT). */
  readonly agendaWeight: number;
}

/** The fixed steps in session order; the topics of the pack come between the phases. */
export const STEP_TABLE = [
  { key: 'goal', phase: 'opening', agendaWeight: 3 },
  { key: 'participants', phase: 'opening', agendaWeight: 1 },
  { key: 'values', phase: 'opening', agendaWeight: 2.5 },
  { key: 'actions', phase: 'closing', agendaWeight: 2.5 },
  { key: 'preconditions', phase: 'closing', agendaWeight: 1.5 },
  { key: 'decision', phase: 'closing', agendaWeight: 2 },
] as const satisfies readonly StepRow[];

export type FixedStep = (typeof STEP_TABLE)[number]['key'];
/** A step of the method: a fixed step or one topic of the pack (`topic:<topicId>`). */
export type StepKey = FixedStep | `topic:${string}`;

/** A topic's share of the session in the default agenda. */
export const TOPIC_AGENDA_WEIGHT = 1.5;

export const FIXED_STEPS: readonly FixedStep[] = STEP_TABLE.map((s) => s.key);
const phaseOf = (phase: StepPhase): readonly FixedStep[] => STEP_TABLE.filter((s) => s.phase === phase).map((s) => s.key);
export const OPENING_STEPS: readonly FixedStep[] = phaseOf('opening');
export const CLOSING_STEPS: readonly FixedStep[] = phaseOf('closing');

export function isFixedStep(step: string): step is FixedStep {
  return (FIXED_STEPS as readonly string[]).includes(step);
}

export function topicStep(topicId: TopicId): StepKey {
  return `topic:${topicId}`;
}

/** The topic a step is about, or null for a fixed step. */
export function topicOfStep(step: string): TopicId | null {
  return step.startsWith('topic:') ? (step.slice(6) as TopicId) : null;
}

/** The step's weight in the default agenda. */
export function agendaWeight(step: StepKey): number {
  return STEP_TABLE.find((s) => s.key === step)?.agendaWeight ?? TOPIC_AGENDA_WEIGHT;
}

/** The full sequence for the topics of a pack, in order. */
export function stepSequence(topicIds: readonly TopicId[]): StepKey[] {
  return [...OPENING_STEPS, ...topicIds.map(topicStep), ...CLOSING_STEPS];
}
