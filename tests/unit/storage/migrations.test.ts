// Why: proves the migration harness on a test-only next version, and that the current schema
// opens a database left by every older version with its data intact.
import type { Transaction } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DedaDatabase } from '../../../src/storage/db';
import { CURRENT_VERSION, SCHEMA, type SchemaVersion } from '../../../src/storage/schema';
import { onStorageEvent, type StorageEvent } from '../../../src/storage/storage-events';
import { V1_STORES } from './fixtures/v1';
import { V1_DUMP, v1Rows } from './fixtures/v1-database';
import { createAt, freshName, openWith } from './migration-harness';

/** Test-only, the version after the current one: notes gain `pinned` and an index on their kind. */
const TEST_NEXT: SchemaVersion = {
  version: CURRENT_VERSION + 1,
  stores: { notes: 'id, workshopId, [workshopId+questionId], [workshopId+kind]' },
  upgrade: async (tx: Transaction) => {
    await tx
      .table('notes')
      .toCollection()
      .modify((note: Record<string, unknown>) => {
        note.pinned = note.kind === 'concern';
      });
  },
};

/** The rows a real version-1 database held (see fixtures/v1-database.ts). */
const V1_ROWS = v1Rows();

const open: DedaDatabase[] = [];
afterEach(() => {
  for (const d of open.splice(0)) d.close();
});

describe('schema', () => {
  it('version 1 is what the frozen fixture says it is', () => {
    expect(SCHEMA[0]?.version).toBe(1);
    expect(SCHEMA[0]?.stores).toEqual(V1_STORES);
  });

  it('lists versions in increasing order', () => {
    const numbers = SCHEMA.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(CURRENT_VERSION).toBe(numbers[numbers.length - 1]);
  });

  it('opens a version-1 database with the current code and keeps every row', async () => {
    const name = freshName('v1');
    await createAt(name, SCHEMA, 1, V1_ROWS);
    const d = await openWith(name, SCHEMA);
    open.push(d);
    expect(d.verno).toBe(CURRENT_VERSION);
    expect(await d.workshops.count()).toBe(V1_ROWS.workshops?.length);
    expect((await d.notes.toArray()).map((n) => n.text).sort()).toEqual(V1_ROWS.notes?.map((n) => (n as { text: string }).text).sort());
    expect(await d.settings.get('signer-name')).toEqual({ key: 'signer-name', value: 'Anne de Vries' });
  });
});

describe('migration harness with a test-only next version', () => {
  it('upgrades version-1 data: new field filled, new index usable, other tables untouched', async () => {
    const name = freshName('next');
    await createAt(name, SCHEMA, 1, V1_ROWS);
    const d = await openWith(name, [...SCHEMA, TEST_NEXT]);
    open.push(d);
    expect(d.verno).toBe(TEST_NEXT.version);
    const notes = (await d.notes.toArray()) as unknown as Array<{ kind: string; pinned: boolean }>;
    expect(notes.length).toBeGreaterThan(2);
    for (const n of notes) expect(n.pinned).toBe(n.kind === 'concern');
    const concerns = await d.notes.where('[workshopId+kind]').equals([V1_DUMP.ids.rich, 'concern']).count();
    expect(concerns).toBe(3);
    expect(await d.workshops.count()).toBe(V1_ROWS.workshops?.length);
  });

  it('an upgrade that throws leaves the old data as it was', async () => {
    const name = freshName('next-broken');
    await createAt(name, SCHEMA, 1, V1_ROWS);
    const broken: SchemaVersion = { ...TEST_NEXT, upgrade: async () => Promise.reject(new Error('boom')) };
    await expect(openWith(name, [...SCHEMA, broken])).rejects.toThrow();
    // Still at version 1 (every upgrade of that opening rolled back): version 1 alone opens it.
    const d = await openWith(name, SCHEMA.filter((v) => v.version === 1));
    open.push(d);
    expect(d.verno).toBe(1);
    expect(await d.notes.count()).toBe(V1_ROWS.notes?.length);
  });

  it('a tab on the old schema steps aside and is told to reload', async () => {
    const name = freshName('tabs');
    await createAt(name, SCHEMA, 1, V1_ROWS);
    const events: StorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    const oldTab = await openWith(name, SCHEMA);
    const newTab = await openWith(name, [...SCHEMA, TEST_NEXT]);
    open.push(newTab);
    stop();
    expect(events).toContainEqual({ kind: 'stale-tab' });
    expect(oldTab.isOpen()).toBe(false);
    expect(newTab.verno).toBe(TEST_NEXT.version);
  });
});
