// Why: a session takes about four hours and the facilitator keeps time. The agenda spreads
// the minutes over the steps (editable); the clocks per step and how the session stands
// against this plan are in clock.ts. Pure rules, so they can be tested without a clock.
import { agendaWeight, type StepKey } from './steps';

export interface AgendaItem {
  readonly step: StepKey;
  readonly minutes: number;
}

export const SESSION_MINUTES = 240;

/** Default minutes per step: the opening gets more time, the topics share the middle. */
export function defaultAgenda(steps: readonly StepKey[]): AgendaItem[] {
  const weights = steps.map(agendaWeight);
  const total = weights.reduce((a, b) => a + b, 0);
  // Hand out the session in 5-minute slots: each step its share rounded down (at least one
  // slot), then the slots left over to the steps that lost most in rounding.
  const slots = Math.floor(SESSION_MINUTES / 5);
  const shares = weights.map((w) => (w / total) * slots);
  const given = shares.map((s) => Math.max(1, Math.floor(s)));
  let left = slots - given.reduce((a, b) => a + b, 0);
  const byRemainder = shares.map((s, i) => ({ i, r: s - Math.floor(s) })).sort((a, b) => b.r - a.r);
  for (let k = 0; left > 0 && byRemainder.length > 0; k = (k + 1) % byRemainder.length, left -= 1) {
    const idx = byRemainder[k]?.i ?? 0;
    given[idx] = (given[idx] ?? 0) + 1;
  }
  return steps.map((step, i) => ({ step, minutes: (given[i] ?? 1) * 5 }));
}

export function agendaTotal(items: readonly AgendaItem[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}
