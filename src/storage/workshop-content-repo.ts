// Why: the parts of a workshop that live on its own row (goal, values, absent parties, agenda, clocks) are
// changed field by field, so that two fields saved a moment apart never overwrite each other.
import type { AbsentParty } from '../domain/absent';
import type { AgendaItem } from '../domain/agenda';
import type { WorkshopClocks } from '../domain/clock-model';
import type { ProjectGoal } from '../domain/goal';
import type { WorkshopId } from '../domain/ids';
import { nowIso } from '../domain/time';
import { pruneValues, type WorkshopValues } from '../domain/values';
import { cleanScreening, type Screening } from '../domain/screening';
import { plainTexts } from '../domain/plain-text';
import { db } from './db';
import { write, type WriteResult } from './write';

export function updateGoalField<K extends keyof ProjectGoal>(id: WorkshopId, field: K, value: ProjectGoal[K]): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const n = await db().workshops.update(id, { [`goal.${field}`]: plainTexts(value), updatedAt: nowIso() });
      if (n === 0) throw new Error('workshop not found');
    }),
  );
}

/** Values change as one (entries, ranking and conflicts refer to each other). */
export function updateValues(id: WorkshopId, change: (current: WorkshopValues) => WorkshopValues): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const w = await db().workshops.get(id);
      if (!w) throw new Error('workshop not found');
      await db().workshops.update(id, { values: plainTexts(pruneValues(change(w.values))), updatedAt: nowIso() });
    }),
  );
}

/** The parties that should have been at the table, changed as one list. */
export function updateAbsent(id: WorkshopId, change: (current: readonly AbsentParty[]) => readonly AbsentParty[]): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const w = await db().workshops.get(id);
      if (!w) throw new Error('workshop not found');
      await db().workshops.update(id, { absent: plainTexts([...change(w.absent ?? [])]), updatedAt: nowIso() });
    }),
  );
}

/** The DPIA and IAMA answers change as one (the advice is read from all of them together). */
export function updateScreening(id: WorkshopId, change: (current: Screening) => Screening): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const w = await db().workshops.get(id);
      if (!w) throw new Error('workshop not found');
      await db().workshops.update(id, { screening: plainTexts(cleanScreening(change(cleanScreening(w.screening)))), updatedAt: nowIso() });
    }),
  );
}

export function updateAgenda(id: WorkshopId, agenda: readonly AgendaItem[]): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const n = await db().workshops.update(id, { agenda: [...agenda], updatedAt: nowIso() });
      if (n === 0) throw new Error('workshop not found');
    }),
  );
}

/**
 * The step clocks change as one (starting one step's clock pauses another's), read and written
 * in one transaction so that two quick taps never lose a step's time. The clocks are
 * facilitation, not content: they do not make the workshop "changed".
 */
export function updateClocks(id: WorkshopId, change: (current: WorkshopClocks) => WorkshopClocks): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().workshops, async () => {
      const w = await db().workshops.get(id);
      if (!w) throw new Error('workshop not found');
      await db().workshops.update(id, { clocks: change(w.clocks) });
    }),
  );
}
