// Why: notes are the bulk of a workshop (hundreds per session). Each is its own row, read
// per question, so adding one note touches and re-reads only that question's notes.
import type { Speaker } from '../domain/author';
import { newId, type NoteId, type QuestionId, type WorkshopId } from '../domain/ids';
import type { Note, NoteKind } from '../domain/note';
import { nowIso } from '../domain/time';
import { editAgainst } from '../domain/concurrent-edit';
import { plainText, plainTexts } from '../domain/plain-text';
import { db } from './db';
import { touch } from './touch';
import { write, type WriteResult } from './write';

export function notesForQuestion(workshopId: WorkshopId, questionId: QuestionId): Promise<Note[]> {
  return db().notes.where('[workshopId+questionId]').equals([workshopId, questionId]).sortBy('order');
}

/**
 * Every note of a workshop: for the closing steps, which gather the concerns and open
 * questions that bear on the preconditions (read once per change, not per note shown).
 */
export function notesOfWorkshop(workshopId: WorkshopId): Promise<Note[]> {
  return db().notes.where('workshopId').equals(workshopId).toArray();
}

/**
 * How many notes one question has, from the index alone (no note crosses into the page). The
 * workshop screen keeps one live count per question (`useLiveEach`), so a note added re-counts
 * its own question only, not every question of the pack. Read as the keys of the question's
 * range, not with count(): Dexie's live query takes a count on an index to depend on every add
 * and delete in the table, so each count would run again for every note, on any question.
 */
export async function noteCount(workshopId: WorkshopId, questionId: QuestionId): Promise<number> {
  return (await db().notes.where('[workshopId+questionId]').equals([workshopId, questionId]).primaryKeys()).length;
}

export interface NewNote {
  readonly text: string;
  readonly kind: NoteKind;
  readonly speaker: Speaker;
}

let lastOrder = 0;
/** Notes sort in the order they were put on a question: a clock that never repeats itself. */
export function nextOrder(): number {
  lastOrder = Math.max(Date.now(), lastOrder + 1);
  return lastOrder;
}

/** The note as it will be stored, made before the write, so a board can show it at once. */
export function draftNote(workshopId: WorkshopId, questionId: QuestionId, note: NewNote): Note {
  const now = nowIso();
  return { id: newId<NoteId>(), workshopId, questionId, text: plainText(note.text).trim(), kind: note.kind, speaker: note.speaker, order: nextOrder(), via: 'table', createdAt: now, updatedAt: now };
}

/** Stores a note made by draftNote. */
export function storeNote(note: Note): Promise<WriteResult<NoteId>> {
  return write(() =>
    db().transaction('rw', db().notes, db().workshops, async () => {
      await db().notes.add(note);
      await touch(note.workshopId, note.createdAt);
      return note.id;
    }),
  );
}

export function addNote(workshopId: WorkshopId, questionId: QuestionId, note: NewNote): Promise<WriteResult<NoteId>> {
  return storeNote(draftNote(workshopId, questionId, note));
}

/** The note was changed elsewhere (another tab) in a field this edit changes too. */
export interface NoteChangedElsewhere {
  readonly kind: 'changed-elsewhere';
  readonly current: Note;
}

/**
 * Saves an edit of `note` as it was when the editor opened. Only the fields the edit changed
 * are written, so another tab's change to the others stays; if another tab changed one of
 * the same fields meanwhile, nothing is written and the caller gets the stored note to show.
 */
export function updateNote(note: Note, change: Partial<Pick<Note, 'text' | 'kind' | 'speaker'>>): Promise<WriteResult<void> | { readonly ok: false; readonly refused: NoteChangedElsewhere }> {
  return write(() =>
    db().transaction('rw', db().notes, db().workshops, async () => {
      const current = await db().notes.get(note.id);
      if (!current) throw new Error('note not found');
      // Compared as it will be stored: without invisible characters (see domain/plain-text).
      const clean = plainTexts(change);
      const { changed, clash } = editAgainst(note, current, clean);
      if (clash.length > 0) return current;
      if (changed.length === 0) return null;
      const now = nowIso();
      await db().notes.update(note.id, { ...Object.fromEntries(changed.map((k) => [k, clean[k]])), updatedAt: now });
      await touch(note.workshopId, now);
      return null;
    }),
  ).then((r) => (r.ok && r.value ? { ok: false, refused: { kind: 'changed-elsewhere', current: r.value } } : r.ok ? { ok: true, value: undefined } : r));
}

export function moveNote(note: Note, to: QuestionId): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().notes, db().workshops, async () => {
      const now = nowIso();
      await db().notes.update(note.id, { questionId: to, order: nextOrder(), updatedAt: now });
      await touch(note.workshopId, now);
    }),
  );
}

export function deleteNote(note: Note): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().notes, db().workshops, async () => {
      await db().notes.delete(note.id);
      await touch(note.workshopId);
    }),
  );
}

/** Undo of a delete: the note comes back exactly as it was, in its place. */
export function restoreNote(note: Note): Promise<WriteResult<void>> {
  return write(() =>
    db().transaction('rw', db().notes, db().workshops, async () => {
      await db().notes.put(note);
      await touch(note.workshopId);
    }),
  );
}
