// Why: the home screen's operations on whole workshops: create, list, rename, duplicate,
// move to "recently deleted" and back, and erase for good. Deleting is two-step on purpose:
// a tap on "delete" can be undone, erasing (what a facilitator does after handing an
// organisation its data) cannot, and says so.
import type { ContentPack } from '../content/pack-types';
import { newId, type WorkshopId } from '../domain/ids';
import type { Lang } from '../domain/lang';
import { nowIso, type IsoDateTime } from '../domain/time';
import { byLastChange, newWorkshop, type Workshop, type WorkshopMeta } from '../domain/workshop';
import { plainText, plainTexts } from '../domain/plain-text';
import { db } from './db';
import { dropDraftsOf } from './drafts';
import { classifyStorageError, type StorageProblem } from './storage-events';
import { write, type WriteResult } from './write';

/**
 * Copying and erasing work on a workshop's whole graph; that code is not needed to show the
 * home screen, so it loads on first use (before any transaction: an IndexedDB transaction
 * ends while it waits for anything else).
 */
const graphCode = () => Promise.all([import('./graph-store'), import('../domain/workshop-graph')]);

/** Days a deleted workshop stays restorable before it is erased at start-up. */
export const KEEP_DELETED_DAYS = 30;

export async function createWorkshop(meta: WorkshopMeta, lang: Lang, pack: ContentPack): Promise<WriteResult<WorkshopId>> {
  // The agenda rule and the pack's hash are not needed to show the home screen: loaded here,
  // before the transaction, like the graph code above.
  const made = await (await import('./create-code')).forCreate(pack);
  const id = newId<WorkshopId>();
  const workshop = newWorkshop({ id, meta: plainTexts(meta), lang, pack: { id: pack.id, version: pack.version, hash: made.hash }, agenda: made.agenda, now: nowIso() });
  return write(() =>
    db().transaction('rw', db().workshops, db().packs, async () => {
      // Keep the exact pack this workshop runs with, so a later app version with a newer
      // pack never changes the questions of an existing workshop (never replacing a stored one).
      if (made.keep(await db().packs.get([pack.id, pack.version]))) await db().packs.put(pack);
      await db().workshops.add(workshop);
      return id;
    }),
  );
}

export async function listWorkshops(): Promise<Workshop[]> {
  const all = await db().workshops.toArray();
  return all.filter((w) => w.deletedAt === null).sort(byLastChange);
}

export async function listDeletedWorkshops(): Promise<Workshop[]> {
  const all = await db().workshops.where('deletedAt').above('').toArray();
  return all.sort((a, b) => ((a.deletedAt ?? '') < (b.deletedAt ?? '') ? 1 : -1));
}

export async function getWorkshop(id: WorkshopId): Promise<Workshop | undefined> {
  const w = await db().workshops.get(id);
  return w && w.deletedAt === null ? w : undefined;
}

export function updateWorkshopMeta(id: WorkshopId, meta: WorkshopMeta): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const n = await db().workshops.update(id, { ...plainTexts(meta), updatedAt: nowIso() });
      if (n === 0) throw new Error('workshop not found');
    }),
  );
}

/** The graph code, or the storage problem to show when it cannot be loaded (offline on an old tab). */
async function loadGraphCode(): Promise<{ ok: true; value: Awaited<ReturnType<typeof graphCode>> } | { ok: false; problem: StorageProblem }> {
  try {
    return { ok: true, value: await graphCode() };
  } catch (error) {
    return { ok: false, problem: classifyStorageError(error) };
  }
}

export async function duplicateWorkshop(id: WorkshopId, title: string): Promise<WriteResult<WorkshopId>> {
  const code = await loadGraphCode();
  if (!code.ok) return code;
  const [{ graphTables, putGraph, readGraph }, { copyGraph }] = code.value;
  return write(() =>
    db().transaction('rw', [...graphTables(db())], async () => {
      const graph = await readGraph(id);
      if (!graph) throw new Error('workshop not found');
      const copy = copyGraph(graph, { now: nowIso(), title: plainText(title) });
      await putGraph(copy);
      return copy.workshop.id;
    }),
  );
}

/** Hides the workshop; `restoreWorkshop` brings it back. Nothing is erased yet. */
export function deleteWorkshop(id: WorkshopId): Promise<WriteResult<void>> {
  return write(async () => {
    await db().transaction('rw', db().workshops, () => db().workshops.update(id, { deletedAt: nowIso() }));
  });
}

export function restoreWorkshop(id: WorkshopId): Promise<WriteResult<void>> {
  return write(async () => {
    await db().transaction('rw', db().workshops, () => db().workshops.update(id, { deletedAt: null }));
  });
}

/** Erases the workshop and everything of it from this device, recovery copies included. */
export async function eraseWorkshop(id: WorkshopId): Promise<WriteResult<void>> {
  const code = await loadGraphCode();
  if (!code.ok) return code;
  const [{ eraseWorkshopRecords, eraseTables }] = code.value;
  return write(async () => {
    await db().transaction('rw', eraseTables(db()), () => eraseWorkshopRecords(id));
    dropDraftsOf(id);
  });
}

/** Erases deleted workshops whose grace period has passed. Returns how many. */
export async function eraseExpiredDeleted(now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - KEEP_DELETED_DAYS * 86_400_000).toISOString() as IsoDateTime;
  const expired = await db().workshops.where('deletedAt').between('', cutoff, false, true).primaryKeys();
  for (const id of expired) await eraseWorkshop(id as WorkshopId);
  return expired.length;
}

/** Erases every workshop on this device marked deleted. */
export async function eraseAllDeleted(): Promise<WriteResult<number>> {
  const ids = await db().workshops.where('deletedAt').above('').primaryKeys();
  for (const id of ids) {
    const r = await eraseWorkshop(id as WorkshopId);
    if (!r.ok) return r;
  }
  return { ok: true, value: ids.length };
}
