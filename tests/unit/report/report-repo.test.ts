// Why: the report reads the whole workshop and its exact pack in one go, and making a report
// must never change what is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { WorkshopId } from '../../../src/domain/ids';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { putGraph } from '../../../src/storage/graph-store';
import { readReportSource } from '../../../src/storage/report-repo';
import { createWorkshop, deleteWorkshop } from '../../../src/storage/workshops-repo';
import { freshName } from '../storage/migration-harness';
import { fullWorkshop } from './full-workshop';
import { meta } from '../support/fixtures';

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('report')));
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('readReportSource', () => {
  it('gives the whole graph and the exact pack the workshop was created with', async () => {
    const full = fullWorkshop({ photos: 1 });
    // A workshop run with another version of the pack than the one this app ships.
    const stored = { ...defaultPack, version: '0.9.0', title: { nl: 'De opgeslagen set', en: 'The stored set' } };
    const g = { ...full, workshop: { ...full.workshop, pack: { id: stored.id, version: stored.version } } };
    await db().transaction('rw', db().tables, async () => {
      await putGraph(g);
      await db().packs.put(stored);
    });
    const before = await db().workshops.get(g.workshop.id);
    const source = await readReportSource(g.workshop.id);
    if (!source.ok) throw new Error(source.problem);
    // The stored pack, not the one shipped with this version of the app.
    expect(source.pack.title.nl).toBe('De opgeslagen set');
    expect(source.graph.notes.length).toBe(g.notes.length);
    expect(source.graph.participants.map((p) => p.name)).toEqual(g.participants.map((p) => p.name));
    expect(source.graph.attachments).toHaveLength(1);
    expect(await db().workshops.get(g.workshop.id)).toEqual(before);
  });

  it('says when the workshop is not there or was deleted', async () => {
    expect(await readReportSource('00000000-0000-4000-8000-000000000000' as WorkshopId)).toEqual({ ok: false, problem: 'not-found' });
    const created = await createWorkshop(meta(), 'nl', defaultPack);
    if (!created.ok) throw new Error(created.problem);
    await deleteWorkshop(created.value);
    expect(await readReportSource(created.value)).toEqual({ ok: false, problem: 'not-found' });
  });

  it('takes the built-in pack from the app, never from a stored copy with other texts under its name', async () => {
    const g = fullWorkshop();
    const forged = { ...defaultPack, title: { nl: 'Andere vragen', en: 'Other questions' } };
    await db().transaction('rw', db().tables, async () => {
      await putGraph(g);
      await db().packs.put(forged);
    });
    const source = await readReportSource(g.workshop.id);
    expect(source.ok && source.pack).toEqual(defaultPack);
  });

  it('falls back to the shipped pack only when it is the very same version', async () => {
    const g = fullWorkshop();
    await db().transaction('rw', db().tables, () => putGraph(g));
    const same = await readReportSource(g.workshop.id);
    expect(same.ok && same.pack.version).toBe(defaultPack.version);
    const other = { ...g, workshop: { ...g.workshop, pack: { id: defaultPack.id, version: '9.9.9' } } };
    await db().transaction('rw', db().tables, () => putGraph(other));
    expect(await readReportSource(g.workshop.id)).toEqual({ ok: false, problem: 'pack-missing' });
  });
});
