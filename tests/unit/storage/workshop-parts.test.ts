// Why: the repositories of a running workshop: participants, notes, question states, goal
// and values. Each change is stored and makes the workshop "changed now".
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { QuestionId, ValueId, WorkshopId } from '../../../src/domain/ids';
import { addValue, setCore } from '../../../src/domain/values';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { addNote, deleteNote, moveNote, noteCount, notesForQuestion, restoreNote, updateNote } from '../../../src/storage/notes-repo';
import { addParticipant, listParticipants, removeParticipant, restoreParticipant, updateParticipant } from '../../../src/storage/participants-repo';
import { questionStates, setQuestionState } from '../../../src/storage/question-states-repo';
import { updateGoalField, updateValues } from '../../../src/storage/workshop-content-repo';
import { createWorkshop, getWorkshop } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { freshName } from './migration-harness';
import { unstamped } from '../support/unstamped';

let id: WorkshopId;
const Q1 = 'algorithms.output' as QuestionId;
const Q2 = 'bias.groups' as QuestionId;

beforeEach(async () => {
  useDatabase(new DedaDatabase(freshName('parts')));
  const r = await createWorkshop(meta(), 'nl', defaultPack);
  if (!r.ok) throw new Error('create failed');
  id = r.value;
  await db().workshops.update(id, { updatedAt: '2000-01-01T00:00:00.000Z' });
});
afterEach(() => {
  db().close();
  useDatabase(null);
});

async function changed(): Promise<boolean> {
  return ((await getWorkshop(id))?.updatedAt ?? '') > '2000-01-01T00:00:00.000Z';
}

describe('participants', () => {
  it('adds in order, changes, removes and restores', async () => {
    await addParticipant(id, '  Łukasz Wróbel ', ['privacy-officer']);
    const r = await addParticipant(id, 'NTA', ['data-analyst']);
    expect((await listParticipants(id)).map((p) => p.name)).toEqual(['Łukasz Wróbel', 'NTA']);
    expect(await changed()).toBe(true);
    const nta = (await listParticipants(id)).find((p) => r.ok && p.id === r.value)!;
    await updateParticipant(nta, { roles: ['data-analyst', 'domain-expert'] });
    expect((await listParticipants(id))[1]?.roles).toEqual(['data-analyst', 'domain-expert']);
    const before = (await listParticipants(id))[1]!;
    await removeParticipant(before);
    expect(await listParticipants(id)).toHaveLength(1);
    await restoreParticipant(before);
    expect((await listParticipants(id)).map((p) => p.name)).toEqual(['Łukasz Wróbel', 'NTA']);
  });
});

describe('notes', () => {
  it('adds notes per question, in the order they were added, and counts them from the index', async () => {
    await addNote(id, Q1, { text: 'eerste', kind: 'answer', speaker: { kind: 'group' } });
    await addNote(id, Q1, { text: ' tweede ', kind: 'concern', speaker: { kind: 'role', role: 'privacy-officer' } });
    await addNote(id, Q2, { text: 'derde', kind: 'idea', speaker: { kind: 'group' } });
    expect((await notesForQuestion(id, Q1)).map((n) => n.text)).toEqual(['eerste', 'tweede']);
    expect([await noteCount(id, Q1), await noteCount(id, Q2)]).toEqual([2, 1]);
    expect(await changed()).toBe(true);
  });

  it('edits, moves to another question, deletes and restores a note', async () => {
    await addNote(id, Q1, { text: 'x', kind: 'answer', speaker: { kind: 'group' } });
    let [note] = await notesForQuestion(id, Q1);
    await updateNote(note!, { text: 'y', kind: 'question' });
    [note] = await notesForQuestion(id, Q1);
    expect(note).toMatchObject({ text: 'y', kind: 'question' });
    await moveNote(note!, Q2);
    expect(await notesForQuestion(id, Q1)).toEqual([]);
    const [moved] = await notesForQuestion(id, Q2);
    expect(moved?.text).toBe('y');
    await deleteNote(moved!);
    expect([await noteCount(id, Q1), await noteCount(id, Q2)]).toEqual([0, 0]);
    await restoreNote(moved!);
    expect(unstamped(await notesForQuestion(id, Q2))).toEqual(unstamped([moved]));
  });
});

describe('a note edited in two places', () => {
  it('writes only what the edit changed, so the other tab’s text stays', async () => {
    await addNote(id, Q1, { text: 'x', kind: 'answer', speaker: { kind: 'group' } });
    const [opened] = await notesForQuestion(id, Q1);
    // Another tab changes the text after this editor opened.
    expect((await updateNote(opened!, { text: 'van het andere tabblad' })).ok).toBe(true);
    // This editor changes only the kind, and sends the text as it saw it.
    const r = await updateNote(opened!, { text: 'x', kind: 'concern' });
    expect(r.ok).toBe(true);
    const [now] = await notesForQuestion(id, Q1);
    expect(now).toMatchObject({ text: 'van het andere tabblad', kind: 'concern' });
  });

  it('refuses, writing nothing, when both changed the same field, and gives the stored note', async () => {
    await addNote(id, Q1, { text: 'x', kind: 'answer', speaker: { kind: 'group' } });
    const [opened] = await notesForQuestion(id, Q1);
    await updateNote(opened!, { text: 'hier' });
    const r = await updateNote(opened!, { text: 'daar', kind: 'idea' });
    expect(r).toMatchObject({ ok: false, refused: { kind: 'changed-elsewhere', current: { text: 'hier', kind: 'answer' } } });
    const [now] = await notesForQuestion(id, Q1);
    expect(now).toMatchObject({ text: 'hier', kind: 'answer' });
    // Saving against the stored note (the person chose theirs over it) goes through.
    expect((await updateNote(now!, { text: 'daar' })).ok).toBe(true);
  });
});

describe('question states', () => {
  it('keeps one state per question, last one wins, with its reason', async () => {
    await setQuestionState(id, Q1, 'parked', '');
    await setQuestionState(id, Q1, 'not-applicable', 'geen algoritme');
    expect(await questionStates(id)).toEqual([expect.objectContaining({ questionId: Q1, status: 'not-applicable', reason: 'geen algoritme' })]);
    expect(await changed()).toBe(true);
  });
});

describe('goal and values', () => {
  it('saves goal fields one by one without overwriting each other', async () => {
    await Promise.all([updateGoalField(id, 'statement', 'Minder ritten'), updateGoalField(id, 'nonDeliverables', 'Geen boetes'), updateGoalField(id, 'phase', 'pilot')]);
    const w = await getWorkshop(id);
    expect(w?.goal).toMatchObject({ statement: 'Minder ritten', nonDeliverables: 'Geen boetes', phase: 'pilot', deliverables: '' });
  });

  it('applies value changes in turn, so concurrent taps are not lost', async () => {
    await Promise.all([
      updateValues(id, (v) => addValue(v, { id: 'a' as ValueId, label: 'Privacy', source: 'organisation', description: '' })),
      updateValues(id, (v) => addValue(v, { id: 'b' as ValueId, label: 'Vertrouwen', source: 'project', description: '' })),
    ]);
    await updateValues(id, (v) => setCore(v, 'b' as ValueId, true));
    const w = await getWorkshop(id);
    expect(w?.values.entries.map((e) => e.label).sort()).toEqual(['Privacy', 'Vertrouwen']);
    expect(w?.values.coreRanking).toEqual(['b']);
  });
});
