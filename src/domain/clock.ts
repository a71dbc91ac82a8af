// Why: the facilitator keeps time per step, and a session of four hours drifts. Every step
// keeps its own clock (the time used on it and the minutes added), so pausing, leaving or
// coming back to a step never loses time, and at most one clock runs: starting one step's
// clock pauses the one that runs and keeps its time. From those clocks and the agenda
// follows how the session stands against its plan.
//
// "Behind" and "ahead", as this module defines them: how much later (or earlier) than the
// agenda the session will end if the rest goes to plan. Walk the agenda in order up to the
// furthest step that has used time (the session's position). For every earlier step whose
// clock was used, the difference between its used time and its planned minutes counts; an
// earlier step that was never timed counts as on plan (the clock is optional, so no time says
// nothing about it). The position step counts only once it runs over its planned minutes:
// while it is within them, the session is where the plan says. Minutes added with "+5 min"
// do not change the plan: they let a step run long, and the session is behind by them.
// Rounded to whole minutes; under half a minute either way is "on schedule".
//
// Pure rules: every function that depends on time is given `now`. Only the workshop screen
// uses them, so they load with it; the shape of the clocks is in clock-model.ts.
import type { AgendaItem } from './agenda';
import type { StepClock, WorkshopClocks } from './clock-model';
import type { StepKey } from './steps';
import type { IsoDateTime } from './time';

export { EMPTY_CLOCKS, type StepClock, type WorkshopClocks } from './clock-model';

const MINUTE = 60_000;

function stored(clocks: WorkshopClocks, step: StepKey): StepClock {
  return clocks.steps.find((c) => c.step === step) ?? { step, usedMs: 0, extraMinutes: 0 };
}

function withClock(clocks: WorkshopClocks, next: StepClock): WorkshopClocks {
  const has = clocks.steps.some((c) => c.step === next.step);
  return { ...clocks, steps: has ? clocks.steps.map((c) => (c.step === next.step ? next : c)) : [...clocks.steps, next] };
}

function runningSpan(clocks: WorkshopClocks, now: Date): number {
  return clocks.runningSince ? Math.max(0, now.getTime() - Date.parse(clocks.runningSince)) : 0;
}

export function isRunning(clocks: WorkshopClocks, step: StepKey): boolean {
  return clocks.runningSince !== null && clocks.current === step;
}

/** The step whose clock runs now, if any. */
export function runningStep(clocks: WorkshopClocks): StepKey | null {
  return clocks.runningSince !== null ? clocks.current : null;
}

/** Time used on a step so far, the running span included. */
export function usedMs(clocks: WorkshopClocks, step: StepKey, now: Date): number {
  return stored(clocks, step).usedMs + (isRunning(clocks, step) ? runningSpan(clocks, now) : 0);
}

export function extraMinutes(clocks: WorkshopClocks, step: StepKey): number {
  return stored(clocks, step).extraMinutes;
}

/** Milliseconds left of the step's allotment (agenda minutes plus extra); negative when over. */
export function remainingMs(clocks: WorkshopClocks, step: StepKey, plannedMinutes: number, now: Date): number {
  return (plannedMinutes + extraMinutes(clocks, step)) * MINUTE - usedMs(clocks, step, now);
}

/** Stops the running clock, keeping the time it ran. */
export function pauseClock(clocks: WorkshopClocks, now: Date): WorkshopClocks {
  if (!clocks.current || !clocks.runningSince) return clocks;
  const c = stored(clocks, clocks.current);
  return { ...withClock(clocks, { ...c, usedMs: c.usedMs + runningSpan(clocks, now) }), runningSince: null };
}

/** Starts a step's clock; the clock that was running (another step's) is paused first. */
export function startClock(clocks: WorkshopClocks, step: StepKey, now: Date): WorkshopClocks {
  if (isRunning(clocks, step)) return clocks;
  const paused = pauseClock(clocks, now);
  return { ...withClock(paused, stored(paused, step)), current: step, runningSince: now.toISOString() as IsoDateTime };
}

export function extendClock(clocks: WorkshopClocks, step: StepKey, minutes: number): WorkshopClocks {
  const c = stored(clocks, step);
  return withClock(clocks, { ...c, extraMinutes: c.extraMinutes + minutes });
}

/** Sets a step's clock back to nothing used and no extra minutes; if it was running, it stops. */
export function resetClock(clocks: WorkshopClocks, step: StepKey): WorkshopClocks {
  const rest = clocks.steps.filter((c) => c.step !== step);
  return isRunning(clocks, step) ? { steps: rest, current: step, runningSince: null } : { ...clocks, steps: rest };
}

/**
 * Whether opening `step` should start its clock (when the facilitator chose that): not when it
 * is the step timed last, so that a clock paused on purpose stays paused across a reload and
 * coming back to the running step never restarts it.
 */
export function startsOnOpen(clocks: WorkshopClocks, step: StepKey): boolean {
  return clocks.current !== step;
}

export type ScheduleStatus =
  | { readonly kind: 'not-started' }
  | { readonly kind: 'on-schedule' }
  | { readonly kind: 'behind'; readonly minutes: number }
  | { readonly kind: 'ahead'; readonly minutes: number };

export interface SessionTime {
  /** The agenda's minutes, all steps. */
  readonly plannedMinutes: number;
  /** Time used on all steps so far. */
  readonly usedMs: number;
  /** The furthest step in agenda order with used time; null before any. */
  readonly position: StepKey | null;
  /** Positive: later than the plan; negative: earlier (see the module comment). */
  readonly deltaMs: number;
  readonly status: ScheduleStatus;
}

/** The session against its agenda: planned and used time, and whether it is behind. */
export function sessionTime(agenda: readonly AgendaItem[], clocks: WorkshopClocks, now: Date): SessionTime {
  const plannedMinutes = agenda.reduce((sum, a) => sum + a.minutes, 0);
  const used = agenda.map((a) => usedMs(clocks, a.step, now));
  // startClock always gives the running step an entry, so the entries hold all time used.
  const total = clocks.steps.reduce((sum, c) => sum + usedMs(clocks, c.step, now), 0);
  let at = -1;
  agenda.forEach((a, i) => {
    if ((used[i] ?? 0) > 0 || isRunning(clocks, a.step)) at = i;
  });
  const position = agenda[at]?.step ?? null;
  if (position === null) return { plannedMinutes, usedMs: total, position, deltaMs: 0, status: { kind: 'not-started' } };
  let deltaMs = 0;
  for (let i = 0; i < at; i++) {
    const u = used[i] ?? 0;
    if (u > 0) deltaMs += u - (agenda[i]?.minutes ?? 0) * MINUTE;
  }
  deltaMs += Math.max(0, (used[at] ?? 0) - (agenda[at]?.minutes ?? 0) * MINUTE);
  const minutes = Math.round(Math.abs(deltaMs) / MINUTE);
  const status: ScheduleStatus = minutes === 0 ? { kind: 'on-schedule' } : deltaMs > 0 ? { kind: 'behind', minutes } : { kind: 'ahead', minutes };
  return { plannedMinutes, usedMs: total, position, deltaMs, status };
}
