// Why: WebKit freezes a page it keeps in its back/forward cache, and a transaction that page
// had not finished then holds its tables for ever: every later write of the app waits behind
// it (tests/webkit/left-page.spec.mjs plays it in WebKit). These tests check the app's side:
// what runs when the page is frozen is aborted (so it holds nothing), nothing new begins
// while it is frozen, and a page that comes back after a broken-off transaction loads again.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { freeze, runningCount, thaw, watchFreezes } from '../../../src/storage/frozen-page';
import { freshName } from './migration-harness';

const rows = () => db().settings.where('key').startsWith('probe:').count();

/** A write of many rows, each put after the one before is stored: in flight for a while. */
function longWrite(onFirst: () => void): Promise<unknown> {
  const settings = db().settings;
  return db().transaction('rw', settings, async () => {
    for (let i = 0; i < 50; i++) {
      await settings.put({ key: `probe:${i}`, value: i });
      if (i === 0) onFirst();
    }
  });
}

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('frozen-page')));
});
afterEach(() => {
  thaw();
  db().close();
  useDatabase(null);
});

describe('a page frozen in the back/forward cache', () => {
  it('aborts the transaction still running, so it stores nothing and holds nothing', async () => {
    const writing = longWrite(() => freeze());
    await expect(writing).rejects.toThrow();
    expect(runningCount()).toBe(0);
    expect(thaw()).toBe(true);
    expect(await rows()).toBe(0);
  });

  it('begins no transaction while frozen, and writes again once shown', async () => {
    // A read that has ended (its transaction complete) is not running any more.
    await db().transaction('r', db().settings, () => db().settings.count());
    freeze();
    await expect(db().transaction('rw', db().settings, () => db().settings.put({ key: 'probe:x', value: 1 }))).rejects.toMatchObject({ name: 'AbortError' });
    // Nothing was running: the page need not load again.
    expect(thaw()).toBe(false);
    await db().transaction('rw', db().settings, () => db().settings.put({ key: 'probe:x', value: 1 }));
    expect(await rows()).toBe(1);
  });

  it('a write that ends before the page is frozen is kept, and is not counted as running', async () => {
    await longWrite(() => undefined);
    expect(runningCount()).toBe(0);
    freeze();
    expect(thaw()).toBe(false);
    expect(await rows()).toBe(50);
  });

  it('follows pagehide and pageshow: frozen only when the page is kept, loaded again only after a broken-off transaction', async () => {
    const page = new EventTarget();
    const reload = vi.fn();
    watchFreezes(page as unknown as Window, reload);
    const event = (type: string, persisted: boolean) => page.dispatchEvent(Object.assign(new Event(type), { persisted }));
    // A page that is unloaded, not kept: the browser ends its transactions itself.
    event('pagehide', false);
    await db().transaction('rw', db().settings, () => db().settings.put({ key: 'probe:a', value: 1 }));
    // Kept in the cache with a write running: aborted; shown again: loaded again.
    const writing = longWrite(() => event('pagehide', true));
    await expect(writing).rejects.toThrow();
    event('pageshow', true);
    expect(reload).toHaveBeenCalledTimes(1);
    // Kept with nothing running, shown again: stays as it is.
    event('pagehide', true);
    event('pageshow', true);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(await rows()).toBe(1);
  });
});
