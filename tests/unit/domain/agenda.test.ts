import { describe, expect, it } from 'vitest';
import { SESSION_MINUTES, agendaTotal, defaultAgenda, remainingMs, type StepTimer } from '../../../src/domain/agenda';
import type { TopicId } from '../../../src/domain/ids';
import { stepSequence } from '../../../src/domain/steps';
import type { IsoDateTime } from '../../../src/domain/time';

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

  it('counts down while running, holds while paused, and goes negative when over time', () => {
    const start = new Date('2026-11-29T10:00:00Z');
    const running: StepTimer = { step: 'goal', runningSince: start.toISOString() as IsoDateTime, elapsedMs: 0, extraMinutes: 0 };
    expect(remainingMs(running, 20, new Date('2026-11-29T10:05:00Z'))).toBe(15 * 60_000);
    const paused: StepTimer = { ...running, runningSince: null, elapsedMs: 5 * 60_000 };
    expect(remainingMs(paused, 20, new Date('2026-11-29T12:00:00Z'))).toBe(15 * 60_000);
    const extended: StepTimer = { ...paused, extraMinutes: 5 };
    expect(remainingMs(extended, 20, new Date())).toBe(20 * 60_000);
    expect(remainingMs(running, 20, new Date('2026-11-29T10:25:00Z'))).toBe(-5 * 60_000);
  });
});
