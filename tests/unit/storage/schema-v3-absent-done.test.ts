// Why: schema version 3 gives a workshop its list of parties that should have been at the table
// (`absent`) and an action point what was done, by whom and when (`done`). The database the
// released app wrote (schema 1, tests/contract/v1/database.json) must come through both
// upgrades with empty defaults, read back through the repositories the screens use, take the
// new fields from there, and still bring back a workshop kept in the recovery table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NO_DONE_RECORD } from '../../../src/domain/action-point';
import type { AbsentPartyId, WorkshopId } from '../../../src/domain/ids';
import type { IsoDate } from '../../../src/domain/time';
import { addValue } from '../../../src/domain/values';
import { listActionPoints, setActionStatus } from '../../../src/storage/action-points-repo';
import { db, useDatabase } from '../../../src/storage/db';
import { readForExport } from '../../../src/storage/export-repo';
import { listRecovery, restoreRecovery } from '../../../src/storage/import-repo';
import { CURRENT_VERSION } from '../../../src/storage/schema';
import { updateAbsent, updateValues } from '../../../src/storage/workshop-content-repo';
import { getWorkshop, listWorkshops } from '../../../src/storage/workshops-repo';
import { V1_DUMP, useV1Database } from './fixtures/v1-database';

const rich = V1_DUMP.ids.rich as WorkshopId;

beforeEach(() => useV1Database('db-v1-to-v3'));
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('schema version 3 on a database the release wrote', () => {
  it('the fixture is what the test says: rows without absent or done', () => {
    const workshops = V1_DUMP.database.tables.workshops as Record<string, unknown>[];
    const points = V1_DUMP.database.tables.actionPoints as Record<string, unknown>[];
    expect(workshops.length).toBeGreaterThan(0);
    expect(points.length).toBeGreaterThan(0);
    expect(workshops.some((w) => 'absent' in w)).toBe(false);
    expect(points.some((a) => 'done' in a)).toBe(false);
  });

  it('gives every workshop an empty list of absent parties and every action point an empty done record', async () => {
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(3);
    expect(db().verno).toBe(CURRENT_VERSION);
    const all = await listWorkshops();
    expect(all.length).toBe(4);
    for (const w of all) expect(w.absent).toEqual([]);
    const points = await listActionPoints(rich);
    expect(points.map((p) => p.status).sort()).toEqual(['done', 'dropped', 'open', 'open']);
    for (const p of points) expect(p.done).toEqual(NO_DONE_RECORD);
  });

  it('takes the new fields from there: a party that was missing, a point marked done with what was done', async () => {
    await updateAbsent(rich, (list) => [...list, { id: 'a1' as AbsentPartyId, party: 'De leverancier', reason: 'Niet uitgenodigd' }]);
    expect((await getWorkshop(rich))?.absent).toEqual([{ id: 'a1', party: 'De leverancier', reason: 'Niet uitgenodigd' }]);
    const open = (await listActionPoints(rich)).find((p) => p.status === 'open');
    if (!open) throw new Error('no open point');
    const r = await setActionStatus(open, 'done', '', { note: ' Toets gedaan ', by: 'Anne', on: '2027-01-05' as IsoDate });
    expect(r.ok).toBe(true);
    const after = (await listActionPoints(rich)).find((p) => p.id === open.id);
    expect(after?.done).toEqual({ note: 'Toets gedaan', by: 'Anne', on: '2027-01-05' });
    // A value named in the other list becomes a value of both, kept as one value.
    const w = await getWorkshop(rich);
    const first = w?.values.entries[0];
    if (!first) throw new Error('no value');
    await updateValues(rich, (v) => addValue(v, { id: 'new' as never, label: first.label, source: first.source === 'project' ? 'organisation' : 'project', description: '' }));
    const again = await getWorkshop(rich);
    expect(again?.values.entries.filter((e) => e.label === first.label).map((e) => [e.id, e.source])).toEqual([[first.id, 'both']]);
    // And it all travels in a bundle's records.
    const read = await readForExport(rich);
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(read.source.graph.workshop.absent).toHaveLength(1);
  });

  it('upgrades the workshops kept in the recovery table, so bringing one back works', async () => {
    const [entry] = await listRecovery();
    if (!entry) throw new Error('no recovery entry');
    const kept = (await db().recovery.get(entry.id))?.graph;
    expect(kept?.workshop.absent).toEqual([]);
    for (const p of kept?.actionPoints ?? []) expect(p.done).toEqual(NO_DONE_RECORD);
    const restored = await restoreRecovery(entry.id, 'Terug');
    if (!restored.ok) throw new Error('restore failed');
    expect((await getWorkshop(restored.value))?.absent).toEqual([]);
  });
});
