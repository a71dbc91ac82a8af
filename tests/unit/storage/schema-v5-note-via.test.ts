// Why: schema version 5 gives a note `via`: typed at the table, or written on a participant's
// device and handed over. The database the released app wrote (schema 1) must come through
// every upgrade with all its notes 'table', read back through the repositories, keep a handed-
// over note as such, carry it in a bundle (an optional property of format 1), and still bring
// back a workshop kept in the recovery table.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NoteId, QuestionId, WorkshopId } from '../../../src/domain/ids';
import type { Note } from '../../../src/domain/note';
import { graphFromV1, graphToV1 } from '../../../src/exchange/v1/convert';
import { db, useDatabase } from '../../../src/storage/db';
import { readForExport } from '../../../src/storage/export-repo';
import { listRecovery, restoreRecovery } from '../../../src/storage/import-repo';
import { notesForQuestion, notesOfWorkshop, storeNote, draftNote } from '../../../src/storage/notes-repo';
import { CURRENT_VERSION } from '../../../src/storage/schema';
import { V1_DUMP, useV1Database } from './fixtures/v1-database';

const rich = V1_DUMP.ids.rich as WorkshopId;

beforeEach(() => useV1Database('db-v1-to-v5-via'));
afterEach(() => {
  db().close();
  useDatabase(null);
});

describe('schema version 5 on a database the release wrote', () => {
  it('the fixture is what the test says: notes without via', () => {
    const notes = V1_DUMP.database.tables.notes as Record<string, unknown>[];
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.some((n) => 'via' in n)).toBe(false);
  });

  it('marks every note that was there as typed at the table', async () => {
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(4);
    const notes = await notesOfWorkshop(rich);
    expect(notes.length).toBeGreaterThan(0);
    for (const n of notes) expect(n.via).toBe('table');
    expect((await db().notes.toArray()).every((n) => n.via === 'table')).toBe(true);
  });

  it('keeps a handed-over note as such, and a bundle carries it while table notes stay as before', async () => {
    const q = 'source.origin' as QuestionId;
    const before = (await notesForQuestion(rich, q)).length;
    const note: Note = { ...draftNote(rich, q, { text: 'Van een telefoon', kind: 'idea', speaker: { kind: 'group' } }), via: 'contribution' };
    expect((await storeNote(note)).ok).toBe(true);
    const after = await notesForQuestion(rich, q);
    expect(after).toHaveLength(before + 1);
    expect(after.find((n) => n.id === note.id)?.via).toBe('contribution');
    const read = await readForExport(rich);
    if (read.kind !== 'ok') throw new Error(read.kind);
    const v1 = graphToV1(read.source.graph);
    expect(v1.notes.find((n) => n.id === note.id)?.via).toBe('contribution');
    expect(v1.notes.filter((n) => n.id !== note.id).every((n) => !('via' in n))).toBe(true);
    const back = graphFromV1({ exportedAt: '2026-12-02T10:00:00.000Z', ...v1, attachments: [] }, []);
    expect(back.notes.find((n) => n.id === (note.id as NoteId))?.via).toBe('contribution');
    expect(back.notes.filter((n) => n.id !== note.id).every((n) => n.via === 'table')).toBe(true);
  });

  it('upgrades the notes of workshops kept in the recovery table, so bringing one back works', async () => {
    const [entry] = await listRecovery();
    if (!entry) throw new Error('no recovery entry');
    const kept = (await db().recovery.get(entry.id))?.graph;
    expect(kept?.notes.length).toBeGreaterThan(0);
    for (const n of kept?.notes ?? []) expect(n.via).toBe('table');
    const restored = await restoreRecovery(entry.id, 'Terug');
    if (!restored.ok) throw new Error('restore failed');
    for (const n of await notesOfWorkshop(restored.value)) expect(n.via).toBe('table');
  });
});
