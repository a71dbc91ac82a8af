// Why: schema version 4 gives a workshop the group's DPIA and IAMA answers (`screening`). The
// database the released app wrote (schema 1, tests/contract/v1/database.json) must come through
// every upgrade with "nothing answered yet", take answers through the repository the screen
// uses, carry them in a bundle, and still bring back a workshop kept in the recovery table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopId } from '../../../src/domain/ids';
import { EMPTY_SCREENING, dpiaOutcome } from '../../../src/domain/screening';
import { db, useDatabase } from '../../../src/storage/db';
import { readForExport } from '../../../src/storage/export-repo';
import { listRecovery, restoreRecovery } from '../../../src/storage/import-repo';
import { updateScreening } from '../../../src/storage/workshop-content-repo';
import { getWorkshop, listWorkshops } from '../../../src/storage/workshops-repo';
import { V1_DUMP, useV1Database } from './fixtures/v1-database';

const rich = V1_DUMP.ids.rich as WorkshopId;

beforeEach(() => useV1Database('db-v1-to-v4'));
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('schema version 4 on a database the release wrote', () => {
  it('the fixture is what the test says: workshops without a screening', () => {
    const workshops = V1_DUMP.database.tables.workshops as Record<string, unknown>[];
    expect(workshops.length).toBeGreaterThan(0);
    expect(workshops.some((w) => 'screening' in w)).toBe(false);
  });

  it('gives every workshop "nothing answered yet"', async () => {
    expect(db().verno).toBeGreaterThanOrEqual(4);
    const all = await listWorkshops();
    expect(all.length).toBe(4);
    for (const w of all) {
      expect(w.screening).toEqual(EMPTY_SCREENING);
      expect(dpiaOutcome(w.screening).kind).toBe('not-screened');
    }
  });

  it('takes answers through the repository, and they travel in a bundle', async () => {
    const r = await updateScreening(rich, (s) => ({ ...s, personalData: 'yes', dpia: { 'vulnerable-people': 'yes', 'combining-data': 'yes' }, apList: ['fraud-prevention'], note: ' Bijstandsdata ' }));
    expect(r.ok).toBe(true);
    const w = await getWorkshop(rich);
    expect(w?.screening).toMatchObject({ personalData: 'yes', apList: ['fraud-prevention'], note: ' Bijstandsdata ' });
    expect(dpiaOutcome(w!.screening).kind).toBe('required');
    const read = await readForExport(rich);
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(read.source.graph.workshop.screening.dpia).toEqual({ 'vulnerable-people': 'yes', 'combining-data': 'yes' });
  });

  it('upgrades the workshops kept in the recovery table, so bringing one back works', async () => {
    const [entry] = await listRecovery();
    if (!entry) throw new Error('no recovery entry');
    expect((await db().recovery.get(entry.id))?.graph.workshop.screening).toEqual(EMPTY_SCREENING);
    const restored = await restoreRecovery(entry.id, 'Terug');
    if (!restored.ok) throw new Error('restore failed');
    expect((await getWorkshop(restored.value))?.screening).toEqual(EMPTY_SCREENING);
  });
});
