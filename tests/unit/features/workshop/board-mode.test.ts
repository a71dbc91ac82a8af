// The table poster is the default on a landscape tablet, the list in portrait, and a choice
// made on the device wins over the screen's shape, also after a reload. On the poster the
// columns share the width by their post-its.
import { beforeEach, describe, expect, it } from 'vitest';
import { columnWeight, layoutFor } from '../../../../src/features/workshop/board-mode';
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

describe('columnWeight', () => {
  it('gives a column with more post-its more of the width, an empty one still its share', () => {
    expect(columnWeight(0, false)).toBeGreaterThan(0);
    expect(columnWeight(5, false)).toBeGreaterThan(columnWeight(2, false));
    expect(columnWeight(5, false) / columnWeight(2, false)).toBeGreaterThan(1.5);
  });
  it('stops growing at twelve', () => {
    expect(columnWeight(40, false)).toBe(columnWeight(12, false));
    expect(columnWeight(12, false)).toBeGreaterThan(columnWeight(11, false));
  });
  it('widens the column being written in', () => {
    expect(columnWeight(3, true)).toBeGreaterThan(columnWeight(3, false));
  });
});

describe('layoutFor', () => {
  it('follows the screen while nobody chose', () => {
    expect(layoutFor(null, true)).toBe('table');
    expect(layoutFor(null, false)).toBe('list');
  });
  it('keeps the choice of the device whatever the screen', () => {
    expect(layoutFor('list', true)).toBe('list');
    expect(layoutFor('table', false)).toBe('table');
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
