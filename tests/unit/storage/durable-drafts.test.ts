// Why: a browser that is killed loses what localStorage had not yet written to disk, so a draft
// must also reach IndexedDB within a moment, come back from there at start, and be gone from
// there once it is dropped. The crash itself is played end to end in tests/e2e/crash.spec.ts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { draftStorageKey, dropDraft, keepDraft, readDraft, useDraftStorage } from '../../../src/storage/drafts';
import { tabId } from '../../../src/storage/tabs';
import { DURABLE, flushDrafts, restoreDrafts } from '../../../src/storage/durable-drafts';
import { freshName } from './migration-harness';
import { MemoryStorage } from '../support/memory-storage';

const g = globalThis as { localStorage?: unknown; sessionStorage?: unknown };
const KEY = 'w1:note:q1';
const durableRows = async () => (await db().settings.where('key').startsWith(DURABLE).toArray()).length;

beforeEach(() => {
  g.localStorage = new MemoryStorage();
  g.sessionStorage = new MemoryStorage();
  useDatabase(new DedaDatabase(freshName('durable-drafts')));
});
afterEach(() => {
  useDraftStorage(null);
  db().close();
  useDatabase(null);
  delete g.localStorage;
  delete g.sessionStorage;
});

describe('drafts on disk', () => {
  it('a draft that localStorage lost (a killed browser) comes back from IndexedDB at start', async () => {
    keepDraft(KEY, 'Half getypt');
    await flushDrafts();
    expect(await durableRows()).toBe(1);
    (g.localStorage as MemoryStorage).clear();
    expect(readDraft(KEY)).toBeNull();
    expect(await restoreDrafts()).toBe(1);
    expect(readDraft(KEY)).toBe('Half getypt');
  });

  it('keeps what localStorage still has over the copy on disk', async () => {
    keepDraft(KEY, 'Eerste');
    await flushDrafts();
    (g.localStorage as MemoryStorage).setItem(draftStorageKey(KEY, tabId()), JSON.stringify({ text: 'Nieuwer, uit localStorage', at: Date.now() }));
    expect(await restoreDrafts()).toBe(0);
    expect(readDraft(KEY)).toBe('Nieuwer, uit localStorage');
  });

  it('a dropped draft does not come back, after a reload nor after a crash that lost everything', async () => {
    keepDraft(KEY, 'Opgeslagen');
    await flushDrafts();
    dropDraft(KEY);
    // A reload before the drop reached IndexedDB: localStorage is newer, so nothing comes back.
    expect(await restoreDrafts()).toBe(0);
    expect(readDraft(KEY)).toBeNull();
    // Once it did, even an empty localStorage gets no draft back.
    await flushDrafts();
    (g.localStorage as MemoryStorage).clear();
    await restoreDrafts();
    expect(readDraft(KEY)).toBeNull();
  });

  it('a crash that lost the last change of a draft gets that change back, not the older one', async () => {
    keepDraft(KEY, 'Eerste');
    const before = new Map((g.localStorage as MemoryStorage).entries());
    keepDraft(KEY, 'Eerste en tweede');
    await flushDrafts();
    // localStorage on disk is as it was before the last change.
    (g.localStorage as MemoryStorage).clear();
    for (const [k, v] of before) (g.localStorage as MemoryStorage).setItem(k, v);
    expect(readDraft(KEY)).toBe('Eerste');
    expect(await restoreDrafts()).toBe(1);
    expect(readDraft(KEY)).toBe('Eerste en tweede');
  });

  it('with a vault open the drafts go to its sealed store and nothing plain reaches IndexedDB', async () => {
    useDraftStorage(new MemoryStorage() as unknown as Storage);
    keepDraft(KEY, 'Geheim');
    await flushDrafts();
    expect(await durableRows()).toBe(0);
  });
});
