// Why: schema version 6 gives every record a version vector, the workshop one per part, and
// keeps tombstones, so that two copies can be merged. The database the released app wrote
// (schema 1, tests/contract/v1/database.json) must come through every upgrade with no vectors
// (read as empty: nothing stamped yet), be read back through the repositories, stamp what is
// changed from then on, and still bring back a workshop kept in the recovery table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopId } from '../../../src/domain/ids';
import { merge } from '../../../src/domain/merge';
import { db, useDatabase } from '../../../src/storage/db';
import { graphTables } from '../../../src/storage/graph-store';
import { listRecovery, restoreRecovery } from '../../../src/storage/import-repo';
import { readReplica } from '../../../src/storage/merge-repo';
import { deleteNote, notesOfWorkshop, updateNote } from '../../../src/storage/notes-repo';
import { CURRENT_VERSION } from '../../../src/storage/schema';
import type { StampedRow, StampedWorkshop } from '../../../src/storage/stamping';
import { updateGoalField } from '../../../src/storage/workshop-content-repo';
import { listWorkshops } from '../../../src/storage/workshops-repo';
import { V1_DUMP, useV1Database } from './fixtures/v1-database';

const rich = V1_DUMP.ids.rich as WorkshopId;

beforeEach(() => useV1Database('db-v1-to-v6'));
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('schema version 6 on a database the release wrote', () => {
  it('reads every row as not stamped yet (no vector), has no tombstones, and merges a copy of itself with nothing to do', async () => {
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(4);
    expect(db().verno).toBe(CURRENT_VERSION);
    const d = db();
    for (const w of (await d.workshops.toArray()) as StampedWorkshop[]) expect(w.versions ?? {}).toEqual({});
    for (const t of [d.participants, d.notes, d.questionStates, d.actionPoints, d.attachments] as const) {
      const rows = (await (t as typeof d.notes).toArray()) as StampedRow<object>[];
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r.version ?? {}).toEqual({});
    }
    expect(await d.tombstones.count()).toBe(0);
    expect((await listWorkshops()).length).toBe(4);
    const r = await d.transaction('r', [...graphTables(d)], () => readReplica(rich));
    if (!r) throw new Error('rich missing');
    expect(r.versions).toEqual({});
    expect(merge(r, r)).toMatchObject({ conflicts: [], counts: { incoming: 0, changed: 0, deleted: 0 } });
  });

  it('stamps what is changed from then on, and nothing else', async () => {
    const [first, second] = await notesOfWorkshop(rich);
    if (!first || !second) throw new Error('fixture');
    await updateNote(first, { text: `${first.text} (bijgewerkt)` });
    await updateGoalField(rich, 'statement', 'Een nieuw doel');
    await deleteNote(second);
    const r = await db().transaction('r', [...graphTables(db())], () => readReplica(rich));
    expect(Object.keys(r?.versions ?? {}).sort()).toEqual([`note:${first.id}`, 'workshop:goal']);
    expect(r?.tombstones.map((t) => t.id)).toEqual([second.id]);
  });

  it('upgrades the workshops kept in the recovery table, so bringing one back works', async () => {
    const [entry] = await listRecovery();
    if (!entry) throw new Error('no recovery entry');
    const kept = (await db().recovery.get(entry.id))?.graph;
    if (!kept) throw new Error('no graph');
    expect((kept.workshop as StampedWorkshop).versions ?? {}).toEqual({});
    for (const n of kept.notes) expect((n as StampedRow<object>).version ?? {}).toEqual({});
    const restored = await restoreRecovery(entry.id, 'Terug');
    expect(restored.ok).toBe(true);
  });
});
