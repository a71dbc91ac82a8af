// Why: with Web Locks, a tab is open exactly while the browser holds its lock (src/storage/tabs.ts).
// So the draft of a tab killed a moment ago is the next tab's at once (no seconds of a beat that
// reached the disk), the draft of an open tab is never offered, and a duplicated tab (same
// sessionStorage, so the same tab id) takes an id of its own instead of sharing the other's text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeLockManager } from '../support/fake-locks';
import { MemoryStorage } from '../support/memory-storage';

type Drafts = typeof import('../../../src/storage/drafts');
type Tabs = typeof import('../../../src/storage/tabs');

const g = globalThis as { localStorage?: unknown; sessionStorage?: unknown; navigator?: unknown };
const KEY = 'w1:composer:q1';
let now = 1_000;
let manager = new FakeLockManager();

/** A page of a tab: its own sessionStorage (a copy for a duplicated tab or a reload), its own modules and locks. */
async function openTab(session = new MemoryStorage()) {
  const page = manager.page();
  vi.resetModules();
  const drafts = (await import('../../../src/storage/drafts')) as Drafts;
  const tabs = (await import('../../../src/storage/tabs')) as Tabs;
  const on = <T>(f: (d: Drafts, t: Tabs) => T): T => {
    g.sessionStorage = session;
    g.navigator = { locks: page.locks };
    now += 10;
    return f(drafts, tabs);
  };
  const claimed = on((_, t) => t.claimTab());
  return { on, claimed, session, kill: page.close };
}

function copyOf(s: MemoryStorage): MemoryStorage {
  const copy = new MemoryStorage();
  for (const [k, v] of s.entries()) copy.setItem(k, v);
  return copy;
}

/** Lets the look a read started land (the browser answers `query()` a moment later). */
const looked = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  manager = new FakeLockManager();
  g.localStorage = new MemoryStorage();
  vi.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.useRealTimers();
  delete g.localStorage;
  delete g.sessionStorage;
  delete g.navigator;
  vi.restoreAllMocks();
});

describe('drafts with Web Locks', () => {
  it('gives the draft of a killed tab to the next tab at once, no time passing', async () => {
    const dead = await openTab();
    await dead.claimed;
    dead.on((d) => d.keepDraft(KEY, 'Nog niet toegevoegd'));
    dead.kill();
    const fresh = await openTab();
    await fresh.claimed;
    expect(fresh.on((d) => d.readDraft(KEY))).toBe('Nog niet toegevoegd');
    // and writes no beat: nothing on disk can make a killed tab look open
    expect((g.localStorage as MemoryStorage).entries().some(([k]) => k.startsWith('deda-tafel:tab-alive:'))).toBe(false);
  });

  it('never offers the draft of a tab whose lock is held, however long ago it typed', async () => {
    const a = await openTab();
    await a.claimed;
    a.on((d) => d.keepDraft(KEY, 'Wie beheert'));
    now += 600_000;
    const b = await openTab();
    await b.claimed;
    expect(b.on((d) => d.readDraft(KEY))).toBeNull();
    b.on((d) => d.readDraft(KEY));
    await looked();
    expect(b.on((d) => d.readDraft(KEY))).toBeNull();
    expect(a.on((d) => d.readDraft(KEY))).toBe('Wie beheert');
  });

  it('offers the draft of a tab closed while this one stays open, once it has looked again', async () => {
    const a = await openTab();
    const b = await openTab();
    await Promise.all([a.claimed, b.claimed]);
    a.on((d) => d.keepDraft(KEY, 'Wie kijkt'));
    a.kill();
    b.on((d) => d.readDraft(KEY));
    await looked();
    expect(b.on((d) => d.readDraft(KEY))).toBe('Wie kijkt');
  });

  it('never offers the draft of a tab of the version before Web Locks while it beats', async () => {
    const ls = g.localStorage as MemoryStorage;
    ls.setItem(`deda-tafel:draft:${KEY}`, JSON.stringify({ v: 1, tabs: { old1: { text: 'Oud tabblad', at: now } } }));
    ls.setItem('deda-tafel:tab-alive:old1', String(now));
    const b = await openTab();
    await b.claimed;
    expect(b.on((d) => d.readDraft(KEY))).toBeNull();
    now += 20_000; // it stopped beating: gone
    expect(b.on((d) => d.readDraft(KEY))).toBe('Oud tabblad');
  });

  it('a duplicated tab takes an id of its own: it neither shows nor overwrites what the other is typing', async () => {
    const a = await openTab();
    await a.claimed;
    a.on((d) => d.keepDraft(KEY, 'Wie beheert de sensoren?'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const dup = await openTab(copyOf(a.session));
    await vi.advanceTimersByTimeAsync(1_000);
    await dup.claimed;
    vi.useRealTimers();
    expect(dup.on((_, t) => t.tabId())).not.toBe(a.on((_, t) => t.tabId()));
    expect(dup.on((d) => d.readDraft(KEY))).toBeNull();
    dup.on((d) => d.keepDraft(KEY, 'De camera’s hangen er al.'));
    expect(a.on((d) => d.readDraft(KEY))).toBe('Wie beheert de sensoren?');
    expect(dup.on((d) => d.readDraft(KEY))).toBe('De camera’s hangen er al.');
  });

  it('a reload keeps its tab id and its draft, though the page before it lets go of the lock a moment late', async () => {
    const before = await openTab();
    await before.claimed;
    before.on((d) => d.keepDraft(KEY, 'Half getypt'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const after = await openTab(before.session);
    await vi.advanceTimersByTimeAsync(100);
    before.kill();
    await vi.advanceTimersByTimeAsync(1_000);
    await after.claimed;
    vi.useRealTimers();
    expect(after.on((_, t) => t.tabId())).toBe(before.on((_, t) => t.tabId()));
    expect(after.on((d) => d.readDraft(KEY))).toBe('Half getypt');
  });

  it('a reload on a busy tablet, whose page before lets go of the lock well after the next page starts, keeps its tab id and draft', async () => {
    const before = await openTab();
    await before.claimed;
    before.on((d) => d.keepDraft(KEY, 'Half getypt'));
    before.on((_, t) => t.tabLeaving());
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const after = await openTab(before.session);
    await vi.advanceTimersByTimeAsync(1_500);
    await after.claimed;
    before.kill();
    await vi.advanceTimersByTimeAsync(100);
    vi.useRealTimers();
    expect(after.on((_, t) => t.tabId())).toBe(before.on((_, t) => t.tabId()));
    expect(after.on((d) => d.readDraft(KEY))).toBe('Half getypt');
    // the lock it waited for is its own now: a duplicate of this tab takes another id
    const dup = await openTab(copyOf(after.session));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await vi.advanceTimersByTimeAsync(1_000);
    await dup.claimed;
    vi.useRealTimers();
    expect(dup.on((_, t) => t.tabId())).not.toBe(after.on((_, t) => t.tabId()));
  });

  it('a browser whose Web Locks never answer still starts, and offers no other tab\'s draft', async () => {
    const a = await openTab();
    await a.claimed;
    a.on((d) => d.keepDraft(KEY, 'Wie beheert'));
    vi.resetModules();
    g.sessionStorage = new MemoryStorage();
    g.navigator = { locks: { request: () => new Promise(() => undefined), query: () => new Promise(() => undefined) } };
    const tabs = (await import('../../../src/storage/tabs')) as Tabs;
    const drafts = (await import('../../../src/storage/drafts')) as Drafts;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const started = tabs.claimTab();
    await vi.advanceTimersByTimeAsync(5_000);
    await started;
    vi.useRealTimers();
    expect(drafts.readDraft(KEY)).toBeNull();
  });

  it('where Web Locks are missing, falls back to the beat', async () => {
    vi.resetModules();
    g.sessionStorage = new MemoryStorage();
    const tabs = (await import('../../../src/storage/tabs')) as Tabs;
    const drafts = (await import('../../../src/storage/drafts')) as Drafts;
    await tabs.claimTab();
    drafts.keepDraft(KEY, 'x');
    expect((g.localStorage as MemoryStorage).getItem(`deda-tafel:tab-alive:${tabs.tabId()}`)).toBe(String(now));
  });
});
