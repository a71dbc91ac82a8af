// Why: the home screen's first list is read without Dexie (storage/first-read.ts). It must
// give exactly what the repository gives, never read a database that still needs an upgrade,
// and never create a database where there was none (Dexie must find nothing there).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { DB_NAME, LATEST_SCHEMA, nativeVersion } from '../../../src/storage/db-name';
import { readWorkshopsDirect } from '../../../src/storage/first-read';
import { VAULT_KEY } from '../../../src/storage/vault';
import { CURRENT_VERSION, SCHEMA } from '../../../src/storage/schema';
import { createWorkshop, deleteWorkshop, listWorkshops, updateWorkshopMeta } from '../../../src/storage/workshops-repo';
import type { IsoDate } from '../../../src/domain/time';
import { addActionPoint, EMPTY_DRAFT } from '../../../src/storage/action-points-repo';
import { pointsSummaries } from '../../../src/storage/card-summaries-repo';
import { meta } from '../support/fixtures';
import { createAt, freshName } from './migration-harness';

describe('the direct first read of the workshop list', () => {
  let name: string;
  beforeEach(() => {
    name = freshName('first-read');
  });
  afterEach(() => {
    db().close();
    useDatabase(null);
  });

  it('knows the schema version and the name the database has', () => {
    // A new schema version must change LATEST_SCHEMA too, or the direct read never answers.
    expect(LATEST_SCHEMA).toBe(CURRENT_VERSION);
    expect(DB_NAME).toBe(new DedaDatabase().name);
  });

  it('lists what listWorkshops lists, in the same order, without the deleted ones, with the summaries pointsSummaries gives', async () => {
    useDatabase(new DedaDatabase(name));
    const ids = [];
    for (const title of ['Parkeren', 'Schuldhulp', 'Vuilcontainers']) {
      const r = await createWorkshop(meta({ title }), 'nl', defaultPack);
      if (!r.ok) throw new Error(r.problem);
      ids.push(r.value);
    }
    await updateWorkshopMeta(ids[0]!, meta({ title: 'Parkeren, opnieuw' }));
    await addActionPoint(ids[0]!, { ...EMPTY_DRAFT, title: 'Voorwaarde', isCondition: true });
    await addActionPoint(ids[0]!, { ...EMPTY_DRAFT, title: 'Te laat', dueDate: '2020-01-01' as IsoDate });
    await addActionPoint(ids[2]!, { ...EMPTY_DRAFT, title: 'Later' });
    await deleteWorkshop(ids[1]!);
    const direct = await readWorkshopsDirect(indexedDB, name);
    expect(direct?.workshops).toEqual(await listWorkshops());
    expect(direct?.workshops.map((w) => w.title).sort()).toEqual(['Parkeren, opnieuw', 'Vuilcontainers']);
    expect(direct?.summaries).toEqual(await pointsSummaries());
    expect(direct?.summaries.get(ids[0]!)).toMatchObject({ open: 2, overdue: 1, total: 1, met: 0 });
  });

  it('steps aside on a device with a vault: its rows are sealed and the lock screen comes first', async () => {
    useDatabase(new DedaDatabase(name));
    const r = await createWorkshop(meta({ title: 'Bijstand' }), 'nl', defaultPack);
    if (!r.ok) throw new Error(r.problem);
    expect((await readWorkshopsDirect(indexedDB, name))?.workshops).toHaveLength(1);
    await db().settings.put({ key: VAULT_KEY, value: { v: 1 } });
    expect(await readWorkshopsDirect(indexedDB, name)).toBeNull();
  });

  it('answers "none" for a device without a database, and leaves no database behind', async () => {
    expect(await readWorkshopsDirect(indexedDB, name)).toEqual({ workshops: [], summaries: new Map() });
    expect(await Dexie.exists(name)).toBe(false);
    // Dexie then makes it as usual.
    useDatabase(new DedaDatabase(name));
    await db().open();
    expect(db().verno).toBe(CURRENT_VERSION);
  });

  it('leaves a database of an older schema to Dexie (it must be upgraded first)', async () => {
    await createAt(name, SCHEMA, 1, { workshops: [{ id: 'w-1', title: 'Oud', updatedAt: '2026-01-01T10:00:00.000Z', deletedAt: null }] });
    expect(await readWorkshopsDirect(indexedDB, name)).toBeNull();
    // Untouched: still at version 1 for the upgrade to find.
    const raw = await new Promise<IDBDatabase>((resolve) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => resolve(r.result);
    });
    expect(raw.version).toBe(nativeVersion(1));
    raw.close();
  });

  it('steps aside without IndexedDB', async () => {
    expect(await readWorkshopsDirect(null, name)).toBeNull();
  });

  it('does not block Dexie opening the same database while it reads', async () => {
    useDatabase(new DedaDatabase(name));
    await db().open();
    db().close();
    const [direct] = await Promise.all([readWorkshopsDirect(indexedDB, name), new DedaDatabase(name).open()]);
    expect(direct?.workshops).toEqual([]);
  });
});
