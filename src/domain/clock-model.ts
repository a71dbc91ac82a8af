// Why: the shape of a workshop's step clocks, apart from the rules about them (clock.ts):
// every new workshop starts with empty clocks, so this module is in the home screen's first
// load and stays this small. What the fields mean and why is in clock.ts.
import type { StepKey } from './steps';
import type { IsoDateTime } from './time';

export interface StepClock {
  readonly step: StepKey;
  /** Time used on this step while its clock was paused or before `runningSince`, in ms. */
  readonly usedMs: number;
  /** Minutes added on top of the agenda's allotment for this step. */
  readonly extraMinutes: number;
}

export interface WorkshopClocks {
  /** One entry per step whose clock was ever used, in the order first used. */
  readonly steps: readonly StepClock[];
  /** The step whose clock was started last (running or paused since); null before any. */
  readonly current: StepKey | null;
  /** When the current step's clock was started; null while it is paused. */
  readonly runningSince: IsoDateTime | null;
}

export const EMPTY_CLOCKS: WorkshopClocks = { steps: [], current: null, runningSince: null };
