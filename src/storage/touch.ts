// Why: every change to a part of a workshop makes the workshop "changed now", so the home
// screen sorts it to the top and the export reminder knows. Call inside the write's
// transaction so the two never disagree.
import type { WorkshopId } from '../domain/ids';
import { nowIso, type IsoDateTime } from '../domain/time';
import { db } from './db';

export async function touch(workshopId: WorkshopId, now: IsoDateTime = nowIso()): Promise<void> {
  const n = await db().workshops.update(workshopId, { updatedAt: now });
  if (n === 0) throw new Error('workshop not found');
}
