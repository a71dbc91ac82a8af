// Why: whether opening a step starts its clock is the facilitator's habit on this device, not
// something the workshop recorded: it lives in localStorage (never in a bundle) and in a module
// of its own, so the home screen's first load does not carry it. Failing storage only means
// the choice is not remembered.
const KEY = 'deda-tafel:clock-starts-on-open';

export function clockStartsOnOpen(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function saveClockStartsOnOpen(on: boolean): void {
  try {
    if (on) globalThis.localStorage?.setItem(KEY, '1');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // not remembered; still applied for this screen
  }
}
