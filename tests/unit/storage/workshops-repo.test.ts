// Why: the home screen's operations against a real (in-memory) IndexedDB: what is listed,
// in which order, and that delete, restore, duplicate and erase do exactly what they say.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { packHash } from '../../../src/exchange/pack-hash';
import type { WorkshopId } from '../../../src/domain/ids';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { readGraph, putGraph } from '../../../src/storage/graph-store';
import { onStorageEvent, type StorageEvent } from '../../../src/storage/storage-events';
import {
  KEEP_DELETED_DAYS,
  createWorkshop,
  deleteWorkshop,
  duplicateWorkshop,
  eraseAllDeleted,
  eraseExpiredDeleted,
  eraseWorkshop,
  getWorkshop,
  listDeletedWorkshops,
  listWorkshops,
  restoreWorkshop,
  updateWorkshopMeta,
} from '../../../src/storage/workshops-repo';
import { saveState } from '../../../src/storage/write';
import { graph, meta } from '../support/fixtures';
import { freshName } from './migration-harness';

beforeEach(() => {
  useDatabase(new DedaDatabase(freshName('repo')));
});
afterEach(() => {
  vi.useRealTimers();
  db().close();
  useDatabase(null);
});

async function create(title: string): Promise<WorkshopId> {
  const r = await createWorkshop(meta({ title }), 'nl', defaultPack);
  if (!r.ok) throw new Error(r.problem);
  return r.value;
}

describe('workshops repository', () => {
  it('creates a workshop that records its pack and keeps a copy of that pack', async () => {
    const id = await create('Eerste');
    const w = await getWorkshop(id);
    expect(w?.title).toBe('Eerste');
    expect(w?.pack).toEqual({ id: defaultPack.id, version: defaultPack.version, hash: await packHash(defaultPack) });
    expect(w?.agenda.length).toBeGreaterThan(11);
    expect(await db().packs.get([defaultPack.id, defaultPack.version])).toMatchObject({ id: defaultPack.id });
  });

  it('lists by last change, newest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-01T10:00:00Z'));
    const a = await create('A');
    vi.setSystemTime(new Date('2026-11-01T11:00:00Z'));
    await create('B');
    vi.setSystemTime(new Date('2026-11-01T12:00:00Z'));
    await updateWorkshopMeta(a, meta({ title: 'A, hernoemd' }));
    vi.useRealTimers();
    expect((await listWorkshops()).map((w) => w.title)).toEqual(['A, hernoemd', 'B']);
  });

  it('deletes to "recently deleted", restores, and erases for good', async () => {
    const id = await create('Weg ermee');
    await deleteWorkshop(id);
    expect(await listWorkshops()).toEqual([]);
    expect((await listDeletedWorkshops()).map((w) => w.id)).toEqual([id]);
    expect(await getWorkshop(id)).toBeUndefined();

    await restoreWorkshop(id);
    expect((await listWorkshops()).map((w) => w.id)).toEqual([id]);

    await deleteWorkshop(id);
    const r = await eraseAllDeleted();
    expect(r).toEqual({ ok: true, value: 1 });
    expect(await db().workshops.count()).toBe(0);
  });

  it('erasing removes every part of the workshop and nothing of another', async () => {
    const g = graph();
    const other = graph();
    await putGraph(g);
    await putGraph(other);
    await eraseWorkshop(g.workshop.id);
    expect(await readGraph(g.workshop.id)).toBeNull();
    expect(await db().notes.where('workshopId').equals(g.workshop.id).count()).toBe(0);
    expect(await db().participants.where('workshopId').equals(g.workshop.id).count()).toBe(0);
    expect(await db().actionPoints.where('workshopId').equals(g.workshop.id).count()).toBe(0);
    expect(await db().questionStates.where('workshopId').equals(g.workshop.id).count()).toBe(0);
    const kept = await readGraph(other.workshop.id);
    expect(kept?.notes).toHaveLength(2);
  });

  it('erases deleted workshops only after the grace period', async () => {
    const old = await create('Oud');
    const recent = await create('Recent');
    await db().workshops.update(old, { deletedAt: new Date(Date.now() - (KEEP_DELETED_DAYS + 1) * 86_400_000).toISOString() });
    await db().workshops.update(recent, { deletedAt: new Date(Date.now() - 86_400_000).toISOString() });
    expect(await eraseExpiredDeleted()).toBe(1);
    expect((await listDeletedWorkshops()).map((w) => w.title)).toEqual(['Recent']);
  });

  it('duplicates a whole workshop under new ids with references rewritten', async () => {
    const g = graph();
    await putGraph(g);
    const r = await duplicateWorkshop(g.workshop.id, 'Kopie');
    if (!r.ok) throw new Error('duplicate failed');
    const copy = await readGraph(r.value);
    expect(copy?.workshop.title).toBe('Kopie');
    expect(copy?.workshop.id).not.toBe(g.workshop.id);
    const copyPeople = new Set(copy?.participants.map((p) => p.id));
    expect([...copyPeople].some((id) => g.participants.some((p) => p.id === id))).toBe(false);
    const speaker = copy?.notes[0]?.speaker;
    expect(speaker?.kind === 'participant' && copyPeople.has(speaker.participantId)).toBe(true);
    const owner = copy?.actionPoints[0]?.owner;
    expect(owner?.kind === 'participant' && copyPeople.has(owner.participantId)).toBe(true);
    const origin = copy?.actionPoints[0]?.origin;
    expect(origin?.kind === 'note' && copy?.notes.some((n) => n.id === origin.noteId)).toBe(true);
    // the original is untouched
    expect((await readGraph(g.workshop.id))?.notes.map((n) => n.id)).toEqual(g.notes.map((n) => n.id));
  });

  it('reports a full disk as a failed save and never as saved', async () => {
    const events: StorageEvent[] = [];
    const stop = onStorageEvent((e) => events.push(e));
    vi.spyOn(db().workshops, 'add').mockRejectedValue(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    const r = await createWorkshop(meta(), 'nl', defaultPack);
    stop();
    expect(r).toEqual({ ok: false, problem: 'quota' });
    expect(saveState()).toBe('failed');
    expect(events).toContainEqual({ kind: 'write-failed', problem: 'quota' });
    expect(await db().workshops.count()).toBe(0);
  });

  it('refuses to update a workshop that does not exist', async () => {
    const r = await updateWorkshopMeta('00000000-0000-4000-8000-000000000000' as WorkshopId, meta());
    expect(r.ok).toBe(false);
  });
});
