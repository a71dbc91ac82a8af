import { describe, expect, it } from 'vitest';
import { EMPTY_GOAL } from '../../../src/domain/goal';
import type { TopicId, ValueId } from '../../../src/domain/ids';
import { emptyScan } from '../../../src/domain/preconditions';
import { fixedStepStatus, type StepFacts } from '../../../src/domain/step-status';
import { CLOSING_STEPS, FIXED_STEPS, OPENING_STEPS, STEP_TABLE, TOPIC_AGENDA_WEIGHT, agendaWeight, isFixedStep, stepSequence, topicOfStep } from '../../../src/domain/steps';
import { EMPTY_VALUES } from '../../../src/domain/values';

const topics = ['algorithms', 'bias'] as TopicId[];

describe('the table of steps', () => {
  it('puts the opening steps before the topics and the closing steps after them, in the order of the table', () => {
    expect(stepSequence(topics)).toEqual([...OPENING_STEPS, 'topic:algorithms', 'topic:bias', ...CLOSING_STEPS]);
    expect([...OPENING_STEPS, ...CLOSING_STEPS]).toEqual(STEP_TABLE.map((s) => s.key));
    expect(OPENING_STEPS.length).toBeGreaterThan(0);
    expect(CLOSING_STEPS.length).toBeGreaterThan(0);
  });

  it('has every step once', () => {
    expect(new Set(FIXED_STEPS).size).toBe(FIXED_STEPS.length);
  });

  it('tells a fixed step from a topic and from an unknown word', () => {
    expect(FIXED_STEPS.every(isFixedStep)).toBe(true);
    expect(isFixedStep('topic:bias')).toBe(false);
    expect(isFixedStep('overview')).toBe(false);
    expect(topicOfStep('topic:bias')).toBe('bias');
    expect(topicOfStep('goal')).toBeNull();
  });

  it('gives each step its weight in the agenda, a topic the topic weight', () => {
    for (const row of STEP_TABLE) expect(agendaWeight(row.key)).toBe(row.agendaWeight);
    expect(agendaWeight('topic:bias')).toBe(TOPIC_AGENDA_WEIGHT);
    expect(agendaWeight('goal')).toBeGreaterThan(TOPIC_AGENDA_WEIGHT);
  });
});

describe('the state of a fixed step', () => {
  const fresh: StepFacts = { workshop: { goal: EMPTY_GOAL, values: EMPTY_VALUES, preconditions: emptyScan(), decision: null }, participants: [], actionPoints: [] };

  it('is empty for every step of a fresh workshop', () => {
    expect(FIXED_STEPS.map((s) => fixedStepStatus(s, fresh))).toEqual(FIXED_STEPS.map(() => 'empty'));
  });

  it('follows what each step reads, and only that', () => {
    const v = 'v1' as ValueId;
    const filled: StepFacts = {
      ...fresh,
      workshop: { ...fresh.workshop, goal: { ...EMPTY_GOAL, statement: 'Minder ritten' }, values: { entries: [{ id: v, label: 'Privacy', source: 'organisation', description: '' }], coreRanking: [], conflicts: [] } },
      participants: [{ roles: ['privacy-officer'] }],
      actionPoints: [{ status: 'open' }],
    };
    expect(Object.fromEntries(FIXED_STEPS.map((s) => [s, fixedStepStatus(s, filled)]))).toEqual({
      goal: 'started',
      participants: 'done',
      values: 'started',
      actions: 'started',
      preconditions: 'empty',
      decision: 'empty',
    });
  });
});
