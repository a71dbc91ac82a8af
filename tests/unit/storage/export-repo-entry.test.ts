// Why: the Algoritmeregister entry is made from the workshop alone: it must read the whole
// graph even when the workshop's question pack is not on this device, and never a deleted one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkshopId } from '../../../src/domain/ids';
import type { IsoDateTime } from '../../../src/domain/time';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { readGraphForEntry } from '../../../src/storage/export-repo';
import { putGraph } from '../../../src/storage/graph-store';
import { fullWorkshop } from '../report/full-workshop';
import { freshName } from './migration-harness';

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('register-entry')));
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('readGraphForEntry', () => {
  it('reads the whole workshop without its pack, and nothing once it is deleted', async () => {
    const full = fullWorkshop({ photos: 0 });
    const g = { ...full, workshop: { ...full.workshop, pack: { id: 'org.elders', version: '9.9.9' } } };
    await db().transaction('rw', db().tables, () => putGraph(g));
    const read = await readGraphForEntry(g.workshop.id);
    expect(read?.notes).toHaveLength(g.notes.length);
    expect(read?.actionPoints.map((a) => a.title)).toEqual(g.actionPoints.map((a) => a.title));
    await db().workshops.update(g.workshop.id, { deletedAt: '2026-12-01T10:00:00.000Z' as IsoDateTime });
    expect(await readGraphForEntry(g.workshop.id)).toBeNull();
    expect(await readGraphForEntry('00000000-0000-4000-8000-000000000000' as WorkshopId)).toBeNull();
  });
});
