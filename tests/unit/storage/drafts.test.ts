// Why: localStorage is shared by every tab, and the same field can be typed in two tabs at once.
// Each tab's draft must survive the other's keystrokes and saves; a tab opened after the browser
// died must still find what was typed; a draft once saved must not come back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from '../support/memory-storage';

type Drafts = typeof import('../../../src/storage/drafts');

const g = globalThis as { localStorage?: unknown; sessionStorage?: unknown };
let now = 1_000;

/** A tab: its own sessionStorage and its own copy of the module, over the shared localStorage. */
async function openTab(): Promise<<T>(f: (d: Drafts) => T) => T> {
  const session = new MemoryStorage();
  vi.resetModules();
  const drafts = (await import('../../../src/storage/drafts')) as Drafts;
  return (f) => {
    g.sessionStorage = session;
    now += 10;
    return f(drafts);
  };
}

beforeEach(() => {
  g.localStorage = new MemoryStorage();
  vi.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => {
  delete g.localStorage;
  delete g.sessionStorage;
  vi.restoreAllMocks();
});

const KEY = 'w1:composer:q1';

describe('drafts in two tabs', () => {
  it('keeps what each tab types, whatever the other types or saves', async () => {
    const a = await openTab();
    const b = await openTab();
    expect(b((d) => d.readDraft(KEY))).toBeNull(); // B's field opens empty
    a((d) => d.keepDraft(KEY, 'Wie beheert de'));
    b((d) => d.keepDraft(KEY, 'De camera'));
    a((d) => d.keepDraft(KEY, 'Wie beheert de sensoren?'));
    // Each tab reloads: its own text, not the other's last keystroke.
    expect(b((d) => d.readDraft(KEY))).toBe('De camera');
    expect(a((d) => d.readDraft(KEY))).toBe('Wie beheert de sensoren?');
    // A saves and drops its draft; B's stays.
    a((d) => d.dropDraft(KEY));
    expect(b((d) => d.readDraft(KEY))).toBe('De camera');
    b((d) => d.dropDraft(KEY));
    expect(a((d) => d.readDraft(KEY))).toBeNull();
  });

  it('gives a fresh tab the newest draft left, and does not offer it again once saved', async () => {
    const dead = await openTab();
    dead((d) => d.keepDraft(KEY, 'Eerste versie'));
    const older = await openTab();
    older((d) => d.keepDraft('w1:goal', 'ander veld'));
    dead((d) => d.keepDraft(KEY, 'Laatste versie voor de crash'));
    // The browser died (its tabs stop saying they are open); a new tab (new session) finds the text.
    now += 20_000;
    const fresh = await openTab();
    expect(fresh((d) => d.readDraft(KEY))).toBe('Laatste versie voor de crash');
    fresh((d) => d.keepDraft(KEY, 'Laatste versie voor de crash, aangevuld'));
    expect(fresh((d) => d.readDraft(KEY))).toBe('Laatste versie voor de crash, aangevuld');
    fresh((d) => d.dropDraft(KEY));
    const later = await openTab();
    expect(later((d) => d.readDraft(KEY))).toBeNull();
  });

  it('never offers a tab the draft of another tab that is still open; once that one is gone, nothing is lost', async () => {
    const a = await openTab();
    const b = await openTab();
    a((d) => d.keepDraft(KEY, 'Wie'));
    expect(b((d) => d.readDraft(KEY))).toBeNull(); // A is open: B's composer opens empty
    b((d) => d.keepDraft(KEY, 'Wie kijkt'));
    a((d) => d.keepDraft(KEY, 'Wie beheert'));
    expect(a((d) => d.readDraft(KEY))).toBe('Wie beheert');
    expect(b((d) => d.readDraft(KEY))).toBe('Wie kijkt');
    // Both die; a fresh tab gets the newest, and the other after that one is saved.
    now += 20_000;
    const fresh = await openTab();
    expect(fresh((d) => d.readDraft(KEY))).toBe('Wie beheert');
    fresh((d) => d.dropDraft(KEY));
    const next = await openTab();
    expect(next((d) => d.readDraft(KEY))).toBe('Wie kijkt');
  });

  it('keeps each tab\'s text when one tab writes before the other\'s last write has reached it', async () => {
    // As in Chromium: each tab reads its own copy of localStorage, which another tab's writes
    // reach a few milliseconds later (the browser keeps the last write of each key).
    const disk = g.localStorage as MemoryStorage;
    const views = [new MemoryStorage(), new MemoryStorage()];
    const lagging = (view: MemoryStorage) =>
      ({
        get length() {
          return view.length;
        },
        key: (i: number) => view.key(i),
        getItem: (k: string) => view.getItem(k),
        setItem: (k: string, v: string) => (view.setItem(k, v), disk.setItem(k, v)),
        removeItem: (k: string) => (view.removeItem(k), disk.removeItem(k)),
      }) as unknown as Storage;
    const arrive = () => {
      for (const view of views) {
        view.clear();
        for (const [k, v] of disk.entries()) view.setItem(k, v);
      }
    };
    const tabs = [await openTab(), await openTab()];
    const inTab = <T,>(i: number, f: (d: Drafts) => T): T => {
      g.localStorage = lagging(views[i]!);
      return tabs[i]!(f);
    };
    inTab(1, (d) => d.keepDraft(KEY, 'De camera’s hangen er al.'));
    // Tab 0 types on before tab 1's write has reached it.
    inTab(0, (d) => d.keepDraft(KEY, 'Wie beheert de sensoren?'));
    arrive();
    expect(inTab(1, (d) => d.readDraft(KEY))).toBe('De camera’s hangen er al.');
    expect(inTab(0, (d) => d.readDraft(KEY))).toBe('Wie beheert de sensoren?');
    // Each tab's drop removes only its own.
    inTab(0, (d) => d.dropDraft(KEY));
    arrive();
    expect(inTab(1, (d) => d.readDraft(KEY))).toBe('De camera’s hangen er al.');
  });

  it('reads a draft kept before drafts were kept per tab, and drops it when taken over', async () => {
    (g.localStorage as MemoryStorage).setItem(`deda-tafel:draft:${KEY}`, 'Wie kijkt elk kwartaal naar de');
    const a = await openTab();
    expect(a((d) => d.readDraft(KEY))).toBe('Wie kijkt elk kwartaal naar de');
    a((d) => d.keepDraft(KEY, 'Wie kijkt elk kwartaal naar de cijfers?'));
    a((d) => d.dropDraft(KEY));
    expect((g.localStorage as MemoryStorage).getItem(`deda-tafel:draft:${KEY}`)).toBeNull();
  });

  it('forgets every draft of an erased workshop', async () => {
    const a = await openTab();
    a((d) => d.keepDraft('w1:goal', 'x'));
    a((d) => d.keepDraft('w2:goal', 'y'));
    a((d) => d.dropDraftsOf('w1'));
    expect(a((d) => d.readDraft('w1:goal'))).toBeNull();
    expect(a((d) => d.readDraft('w2:goal'))).toBe('y');
  });
});
