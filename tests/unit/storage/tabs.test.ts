// Why: whether a tab is open decides whether its draft may be offered to another tab
// (src/storage/tabs.ts). With Web Locks that follows from the held locks alone, so a tab killed
// a moment ago is gone at once; without them, from the timed beat.
import { describe, expect, it } from 'vitest';
import { GONE_MS, LOCK_PREFIX, heldTabs, isOpen, type Seen } from '../../../src/storage/tabs';

const seen = (tabs: string[], since: number): Seen => ({ held: new Set(tabs), since });

describe('which tabs are open', () => {
  it('reads the tab ids out of the held lock names, and nothing else', () => {
    expect(heldTabs([`${LOCK_PREFIX}a1`, 'other-lock', undefined, LOCK_PREFIX, `${LOCK_PREFIX}b2`])).toEqual(new Set(['a1', 'b2']));
  });

  it('with Web Locks: open while its lock is held, however long ago it typed; gone at once without it', () => {
    expect(isOpen('a1', 0, seen(['a1'], 5_000), 0, 600_000)).toBe(true);
    expect(isOpen('a1', 4_999, seen(['b2'], 5_000), 0, 5_001)).toBe(false);
  });

  it('with Web Locks: a tab of the version before them counts as open while it beats, and gone after', () => {
    expect(isOpen('old', 4_000, seen(['a1'], 5_000), 4_900, 5_000)).toBe(true);
    expect(isOpen('old', 4_000, seen(['a1'], 5_000), 4_900, 4_900 + GONE_MS)).toBe(false);
  });

  it('with Web Locks: a tab that kept its draft after the look began counts as open until the next look', () => {
    expect(isOpen('c3', 5_000, seen(['a1'], 5_000), 0, 5_100)).toBe(true);
    expect(isOpen('c3', 5_200, seen(['a1'], 5_000), 0, 5_300)).toBe(true);
  });

  it('without Web Locks: open for GONE_MS after its last beat', () => {
    expect(isOpen('a1', 0, null, 1_000, 1_000 + GONE_MS - 1)).toBe(true);
    expect(isOpen('a1', 0, null, 1_000, 1_000 + GONE_MS)).toBe(false);
    expect(isOpen('a1', 0, null, 0, 1_000)).toBe(false);
  });
});
