// Why: who is at the table, added and changed during the session. Removing someone can be
// undone: the row comes back as it was, and notes that named them name them again.
import { newId, type ParticipantId, type WorkshopId } from '../domain/ids';
import type { Participant } from '../domain/participant';
import type { Role } from '../domain/roles';
import { nowIso } from '../domain/time';
import { plainText, plainTexts } from '../domain/plain-text';
import { db } from './db';
import { touch } from './touch';
import { write, type WriteResult } from './write';

export function listParticipants(workshopId: WorkshopId): Promise<Participant[]> {
  return db().participants.where('workshopId').equals(workshopId).sortBy('order');
}

/** `roleNote`: what their role is about; for "other" the name of that role. */
export function addParticipant(workshopId: WorkshopId, name: string, roles: readonly Role[], roleNote = ''): Promise<WriteResult<ParticipantId>> {
  return write(() =>
    db().transaction('rw', db().participants, db().workshops, async () => {
      const now = nowIso();
      const last = await db().participants.where('workshopId').equals(workshopId).last();
      const count = await db().participants.where('workshopId').equals(workshopId).count();
      const id = newId<ParticipantId>();
      await db().participants.add({ id, workshopId, name: plainText(name).trim(), roles: [...roles], roleNote: plainText(roleNote).trim(), order: Math.max(count, (last?.order ?? -1) + 1), createdAt: now, updatedAt: now });
      await touch(workshopId, now);
      return id;
    }),
  );
}

export function updateParticipant(p: Participant, change: Partial<Pick<Participant, 'name' | 'roles' | 'roleNote'>>): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().participants, db().workshops, async () => {
      const now = nowIso();
      const n = await db().participants.update(p.id, { ...plainTexts(change), updatedAt: now });
      if (n === 0) throw new Error('participant not found');
      await touch(p.workshopId, now);
    }),
  );
}

export function removeParticipant(p: Participant): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().participants, db().workshops, async () => {
      await db().participants.delete(p.id);
      await touch(p.workshopId);
    }),
  );
}

/** Undo of a removal: puts the participant back exactly as it was. */
export function restoreParticipant(p: Participant): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().participants, db().workshops, async () => {
      await db().participants.put(p);
      await touch(p.workshopId);
    }),
  );
}
