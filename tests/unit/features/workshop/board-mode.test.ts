// The table poster is the default on a landscape tablet, the list in portrait, and a choice
// made on the device wins over the screen's shape, also after a reload. (How the poster shares
// its room is poster-layout.test.ts.)
import { beforeEach, describe, expect, it } from 'vitest';
import { claimScreenFit, layoutFor } from '../../../../src/features/workshop/board-mode';
import { boardLayout, lastTopic, rememberTopic, saveBoardLayout } from '../../../../src/storage/preferences';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('layoutFor', () => {
  it('follows the screen while nobody chose', () => {
    expect(layoutFor(null, true)).toBe('table');
    expect(layoutFor(null, false)).toBe('list');
  });
  it('keeps the choice of the device whatever the screen', () => {
    expect(layoutFor('list', true)).toBe('list');
    expect(layoutFor('table', false)).toBe('table');
  });
  it('shows the list on a screen too narrow for the poster, whatever was chosen', () => {
    expect(layoutFor('table', true, true)).toBe('list');
    expect(layoutFor(null, true, true)).toBe('list');
  });
});

describe('board preferences', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: memoryStorage(), configurable: true });
  });
  it('remembers the layout chosen on this device', () => {
    expect(boardLayout()).toBeNull();
    saveBoardLayout('table');
    expect(boardLayout()).toBe('table');
    saveBoardLayout('list');
    expect(boardLayout()).toBe('list');
  });
  it('ignores a value it does not know', () => {
    localStorage.setItem('deda-tafel:board-layout', 'poster');
    expect(boardLayout()).toBeNull();
  });
  it('remembers the topic per workshop', () => {
    rememberTopic('w1', 'source');
    rememberTopic('w2', 'bias');
    expect(lastTopic('w1')).toBe('source');
    expect(lastTopic('w2')).toBe('bias');
    expect(lastTopic('w3')).toBeNull();
  });
});

describe('the page mark of the poster', () => {
  function fakeRoot() {
    const marks = new Set<string>();
    return { marks, classList: { add: (c: string) => void marks.add(c), remove: (c: string) => void marks.delete(c) } };
  }

  it('stays while the next board has claimed it, even when the board before lets go after that', () => {
    const root = fakeRoot();
    const before = claimScreenFit(root);
    // The next topic's poster mounts before the previous one unmounts.
    const next = claimScreenFit(root);
    before();
    expect(root.marks.has('board-mode')).toBe(true);
    next();
    expect(root.marks.has('board-mode')).toBe(false);
  });

  it('counts a claim let go twice only once', () => {
    const root = fakeRoot();
    const a = claimScreenFit(root);
    const b = claimScreenFit(root);
    a();
    a();
    expect(root.marks.has('board-mode')).toBe(true);
    b();
    expect(root.marks.has('board-mode')).toBe(false);
  });
});
