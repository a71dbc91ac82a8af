import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../src/domain/agenda';
import {
  EMPTY_CLOCKS,
  extendClock,
  isRunning,
  pauseClock,
  remainingMs,
  resetClock,
  runningStep,
  sessionTime,
  startClock,
  startsOnOpen,
  usedMs,
  type WorkshopClocks,
} from '../../../src/domain/clock';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 29, 10, minute, second));
const MIN = 60_000;

describe('step clocks', () => {
  it('count while running, hold while paused, and go over time', () => {
    const running = startClock(EMPTY_CLOCKS, 'goal', at(0));
    expect(isRunning(running, 'goal')).toBe(true);
    expect(remainingMs(running, 'goal', 20, at(5))).toBe(15 * MIN);
    const paused = pauseClock(running, at(5));
    expect(isRunning(paused, 'goal')).toBe(false);
    expect(remainingMs(paused, 'goal', 20, at(59))).toBe(15 * MIN);
    expect(remainingMs(extendClock(paused, 'goal', 5), 'goal', 20, at(59))).toBe(20 * MIN);
    expect(remainingMs(running, 'goal', 20, at(25))).toBe(-5 * MIN);
  });

  it('keep the time of a step whose clock is paused by starting another step', () => {
    const a = startClock(EMPTY_CLOCKS, 'goal', at(0));
    const b = startClock(a, 'values', at(12));
    expect(runningStep(b)).toBe('values');
    expect(isRunning(b, 'goal')).toBe(false);
    expect(usedMs(b, 'goal', at(40))).toBe(12 * MIN);
    expect(usedMs(b, 'values', at(40))).toBe(28 * MIN);
    // Back to the first step: its clock goes on from where it was.
    const back = startClock(b, 'goal', at(40));
    expect(usedMs(back, 'goal', at(43))).toBe(15 * MIN);
    expect(usedMs(back, 'values', at(43))).toBe(28 * MIN);
  });

  it('run one at a time', () => {
    let c: WorkshopClocks = EMPTY_CLOCKS;
    for (const [i, step] of (['goal', 'values', 'topic:bias', 'goal'] as const).entries()) c = startClock(c, step, at(i * 10));
    expect(['goal', 'values', 'topic:bias'].filter((s) => isRunning(c, s as never))).toEqual(['goal']);
    expect(c.steps.map((s) => s.step)).toEqual(['goal', 'values', 'topic:bias']);
  });

  it('starting the running step again changes nothing; pausing a paused clock neither', () => {
    const a = startClock(EMPTY_CLOCKS, 'goal', at(0));
    expect(startClock(a, 'goal', at(5))).toBe(a);
    const p = pauseClock(a, at(5));
    expect(pauseClock(p, at(9))).toBe(p);
  });

  it('a reset clears one step only and stops it if it ran', () => {
    const c = startClock(extendClock(startClock(EMPTY_CLOCKS, 'goal', at(0)), 'goal', 5), 'values', at(10));
    const r = resetClock(c, 'values');
    expect(runningStep(r)).toBeNull();
    expect(usedMs(r, 'values', at(30))).toBe(0);
    expect(usedMs(r, 'goal', at(30))).toBe(10 * MIN);
    expect(remainingMs(r, 'goal', 20, at(30))).toBe(15 * MIN);
  });

  it('open a step with its clock running only when it is not the step timed last', () => {
    expect(startsOnOpen(EMPTY_CLOCKS, 'goal')).toBe(true);
    const a = startClock(EMPTY_CLOCKS, 'goal', at(0));
    expect(startsOnOpen(a, 'goal')).toBe(false);
    expect(startsOnOpen(pauseClock(a, at(3)), 'goal')).toBe(false);
    expect(startsOnOpen(a, 'values')).toBe(true);
  });
});

describe('the session against its agenda', () => {
  const agenda: AgendaItem[] = [
    { step: 'goal', minutes: 30 },
    { step: 'participants', minutes: 10 },
    { step: 'values', minutes: 20 },
    { step: 'topic:bias', minutes: 15 },
  ];

  it('has not started before any clock ran', () => {
    expect(sessionTime(agenda, EMPTY_CLOCKS, at(0))).toMatchObject({ plannedMinutes: 75, usedMs: 0, position: null, status: { kind: 'not-started' } });
  });

  it('is on schedule while the step in hand is within its minutes', () => {
    const c = startClock(EMPTY_CLOCKS, 'goal', at(0));
    expect(sessionTime(agenda, c, at(0)).status).toEqual({ kind: 'on-schedule' });
    expect(sessionTime(agenda, c, at(29)).status).toEqual({ kind: 'on-schedule' });
  });

  it('falls behind as soon as the step in hand runs over', () => {
    const c = startClock(EMPTY_CLOCKS, 'goal', at(0));
    expect(sessionTime(agenda, c, at(37)).status).toEqual({ kind: 'behind', minutes: 7 });
  });

  it('counts the overrun of earlier steps, and time won on them', () => {
    // Goal took 40 of 30 (10 late); participants 4 of 10 (6 won); values in hand, within time.
    let c = startClock(EMPTY_CLOCKS, 'goal', at(0));
    c = startClock(c, 'participants', at(40));
    c = startClock(c, 'values', at(44));
    const s = sessionTime(agenda, c, at(50));
    expect(s.position).toBe('values');
    expect(s.usedMs).toBe(50 * MIN);
    expect(s.status).toEqual({ kind: 'behind', minutes: 4 });
    // Participants done in 4 of 10 and goal on time: ahead.
    let d = startClock(EMPTY_CLOCKS, 'goal', at(0));
    d = startClock(d, 'participants', at(30));
    d = startClock(d, 'values', at(34));
    expect(sessionTime(agenda, d, at(35)).status).toEqual({ kind: 'ahead', minutes: 6 });
  });

  it('treats an earlier step that was never timed as on plan', () => {
    const c = startClock(EMPTY_CLOCKS, 'values', at(0));
    expect(sessionTime(agenda, c, at(10)).status).toEqual({ kind: 'on-schedule' });
  });

  it('counts going back to an earlier step against the plan, the position staying the furthest step', () => {
    let c = startClock(EMPTY_CLOCKS, 'goal', at(0));
    c = startClock(c, 'participants', at(30));
    c = startClock(c, 'goal', at(40));
    const s = sessionTime(agenda, c, at(45));
    expect(s.position).toBe('participants');
    expect(s.status).toEqual({ kind: 'behind', minutes: 5 });
  });

  it('does not take extra minutes as part of the plan', () => {
    const c = extendClock(startClock(EMPTY_CLOCKS, 'goal', at(0)), 'goal', 10);
    expect(remainingMs(c, 'goal', 30, at(35))).toBe(5 * MIN);
    expect(sessionTime(agenda, c, at(35)).status).toEqual({ kind: 'behind', minutes: 5 });
  });

  it('rounds to whole minutes: under half a minute is on schedule', () => {
    const c = startClock(EMPTY_CLOCKS, 'goal', at(0));
    expect(sessionTime(agenda, c, at(30, 29)).status).toEqual({ kind: 'on-schedule' });
    expect(sessionTime(agenda, c, at(30, 31)).status).toEqual({ kind: 'behind', minutes: 1 });
  });
});
