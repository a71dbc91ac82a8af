import { describe, expect, it } from 'vitest';
import { SESSION_MINUTES, agendaTotal, defaultAgenda } from '../../../src/domain/agenda';
import type { TopicId } from '../../../src/domain/ids';
import { stepSequence } from '../../../src/domain/steps';

const topics = ['algorithms', 'source', 'anonymisation', 'visualisation', 'access', 'open-data', 'responsibility', 'communication', 'transparency', 'privacy', 'bias'] as TopicId[];

describe('agenda', () => {
  it('has a step for goal, people, values, each topic and the closing steps, in that order', () => {
    const steps = stepSequence(topics);
    expect(steps.slice(0, 3)).toEqual(['goal', 'participants', 'values']);
    expect(steps.slice(3, 14)).toEqual(topics.map((t) => `topic:${t}`));
    expect(steps.slice(14)).toEqual(['actions', 'preconditions', 'decision']);
  });

  it('spreads about four hours over the steps, giving the goal more than one topic', () => {
    const agenda = defaultAgenda(stepSequence(topics));
    expect(agendaTotal(agenda)).toBe(SESSION_MINUTES);
    const minutes = (step: string) => agenda.find((a) => a.step === step)?.minutes ?? 0;
    expect(minutes('goal')).toBeGreaterThan(minutes('topic:bias'));
    expect(agenda.every((a) => a.minutes >= 5 && a.minutes % 5 === 0)).toBe(true);
  });
});
