// Why: every schema version adds a fixture of a real database written by the release that
// introduced it (tests/contract/v2/database.json: schema 6, written in Chromium by
// make-fixtures.mjs 2), opened by the current code and read back through the repositories.
// Schema 6 is the first with vectors and tombstones: they must come back as written, and a
// local change must go on from them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopId } from '../../../src/domain/ids';
import { compare, EMPTY_VECTOR } from '../../../src/domain/version';
import { db, useDatabase } from '../../../src/storage/db';
import { graphTables } from '../../../src/storage/graph-store';
import { listRecovery } from '../../../src/storage/import-repo';
import { readReplica } from '../../../src/storage/merge-repo';
import { updateGoalField } from '../../../src/storage/workshop-content-repo';
import { listWorkshops } from '../../../src/storage/workshops-repo';
import { V6_DUMP, useV6Database } from './fixtures/v6-database';

const DUMP = V6_DUMP;
const rich = DUMP.ids.rich as WorkshopId;

beforeEach(async () => {
  await useV6Database('db-v6');
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('the database schema 6 wrote', () => {
  it('is what the test says, and reads back with its vectors, tombstones and the copy kept before the merge', async () => {
    expect(DUMP.database.version).toBe(6);
    expect((await listWorkshops()).map((w) => w.title).sort()).toEqual(['Smart bins', 'Wachtlijst schuldhulp voorspellen']);
    const r = await db().transaction('r', [...graphTables(db())], () => readReplica(rich));
    expect(Object.keys(r?.versions['workshop:goal'] ?? {})).toHaveLength(2);
    expect(r?.tombstones.map((t) => t.kind).sort()).toEqual(['note', 'participant']);
    // The copy before the merge, and the other tablet's version of the goal that lost.
    expect((await listRecovery()).map((e) => e.workshopId)).toEqual([rich, rich]);
  });

  it('a change made now is newer than what was stored', async () => {
    const before = await db().transaction('r', [...graphTables(db())], () => readReplica(rich));
    await updateGoalField(rich, 'statement', 'Nog een keer anders');
    const after = await db().transaction('r', [...graphTables(db())], () => readReplica(rich));
    expect(compare(after?.versions['workshop:goal'] ?? EMPTY_VECTOR, before?.versions['workshop:goal'] ?? EMPTY_VECTOR)).toBe('after');
  });
});
