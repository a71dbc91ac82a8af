// Why: a draft in localStorage does not survive a browser that dies a moment after the last
// key (it is written to disk lazily), so text being typed must reach IndexedDB within about a
// second even when the typing never pauses.
import { describe, expect, it } from 'vitest';
import { MAX_WAIT_MS, saveIn } from '../../../../src/features/workshop/use-autosave';

describe('when a field being typed saves', () => {
  it('after a pause of the delay, when keys come slowly', () => {
    expect(saveIn(1000, 1000, 400)).toBe(400);
  });
  it('never later than a second after the oldest unsaved key, when keys keep coming', () => {
    // Keys every 100 ms since t=0: each would push a pure debounce back by another 400 ms.
    expect(saveIn(700, 0, 400)).toBe(MAX_WAIT_MS - 700);
    expect(saveIn(950, 0, 400)).toBe(50);
    expect(saveIn(1200, 0, 400)).toBe(0);
  });
});
