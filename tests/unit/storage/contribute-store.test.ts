// Why: the phone's notes live only in its localStorage until handed over: what is kept must
// come back whole after a reload, and what is not a state of ours must not be read as one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepPhoneState, readPhoneState, type PhoneState } from '../../../src/storage/contribute-store';
import { JOIN } from '../exchange/contribution/fixture';

class MemoryStorage {
  private m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

beforeEach(() => {
  (globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('the phone state', () => {
  it('comes back as it was kept, also once its join code has expired', () => {
    const state: PhoneState = { join: JOIN, writers: [{ name: 'Sanne' }], current: 0, notes: [{ id: 'x1', questionId: JOIN.questions[0]!.id, kind: 'idea', text: 'Een idee', createdAt: '2026-12-02T10:00:00.000Z', writer: 0 }] };
    expect(keepPhoneState(state)).toBe(true);
    expect(readPhoneState()).toEqual(state);
    expect(keepPhoneState(null)).toBe(true);
    expect(readPhoneState()).toBeNull();
  });

  it('reads nothing from text that is not a state of ours', () => {
    localStorage.setItem('deda-tafel:meeschrijven', '{"join":{"format":"other"},"writers":[],"notes":[]}');
    expect(readPhoneState()).toBeNull();
    localStorage.setItem('deda-tafel:meeschrijven', 'not json');
    expect(readPhoneState()).toBeNull();
  });

  it('says so when the browser refuses to keep it', () => {
    (globalThis as { localStorage?: unknown }).localStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    expect(keepPhoneState({ join: JOIN, writers: [], current: null, notes: [] })).toBe(false);
  });
});
