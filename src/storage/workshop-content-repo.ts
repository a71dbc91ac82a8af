// Why: the parts of a workshop that live on its own row (goal, values, agenda, timer) are
// changed field by field, so that two fields saved a moment apart never overwrite each other.
import type { AgendaItem, StepTimer } from '../domain/agenda';
import type { ProjectGoal } from '../domain/goal';
import type { WorkshopId } from '../domain/ids';
import { nowIso } from '../domain/time';
import { pruneValues, type WorkshopValues } from '../domain/values';
import { plainTexts } from '../domain/plain-text';
import { db } from './db';
import { write, type WriteResult } from './write';

export function updateGoalField<K extends keyof ProjectGoal>(id: WorkshopId, field: K, value: ProjectGoal[K]): Promise<WriteResult<void>> {
  return write(async () => {
    const n = await db().workshops.update(id, { [`goal.${field}`]: plainTexts(value), updatedAt: nowIso() });
    if (n === 0) throw new Error('workshop not found');
  });
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

export function updateAgenda(id: WorkshopId, agenda: readonly AgendaItem[]): Promise<WriteResult<void>> {
  return write(async () => {
    await db().workshops.update(id, { agenda: [...agenda], updatedAt: nowIso() });
  });
}

/** The timer is facilitation, not content: it does not make the workshop "changed". */
export function updateTimer(id: WorkshopId, timer: StepTimer | null): Promise<WriteResult<void>> {
  return write(async () => {
    await db().workshops.update(id, { timer });
  });
}
