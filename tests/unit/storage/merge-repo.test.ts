// Why: "Samenvoegen" against a real (in-memory) IndexedDB: the preview says what would come
// in and what conflicts, writing nothing; applying writes one transaction that keeps this
// copy in the recovery table, takes every note of both, and stamps the resolution here so
// the merged copy is newer than both sides the next time they meet.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUP } from '../../../src/domain/author';
import { formatHlc, type NodeId } from '../../../src/domain/hlc';
import type { NoteId, QuestionId } from '../../../src/domain/ids';
import type { Note } from '../../../src/domain/note';
import { partKey, recordKey, type Replica } from '../../../src/domain/sync-units';
import { bump, compare, EMPTY_VECTOR } from '../../../src/domain/version';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { graphTables, putGraph } from '../../../src/storage/graph-store';
import { commitImports, prepareImport } from '../../../src/storage/import-repo';
import { readReplica } from '../../../src/storage/merge-repo';
import { addNote } from '../../../src/storage/notes-repo';
import { updateGoalField } from '../../../src/storage/workshop-content-repo';
import { pack, richGraph } from '../exchange/support';
import { opened } from '../exchange/storage-support';
import { freshName } from './migration-harness';

beforeEach(() => useDatabase(new DedaDatabase(freshName('merge'))));
afterEach(() => {
  db().close();
  useDatabase(null);
});

const B = 'bbbbbbbbbbbbbbbb' as NodeId;
const FIRST_QUESTION = pack.groups[0]?.topics[0]?.questions[0]?.id as QuestionId;
const OTHER_QUESTION = pack.groups.at(-1)?.topics.at(-1)?.questions[0]?.id as QuestionId;
let ms = Date.now();
const stampB = () => formatHlc({ wall: (ms += 1000), counter: 0, node: B });

async function replicaHere(id: Replica['graph']['workshop']['id']): Promise<Replica> {
  const r = await db().transaction('r', [...graphTables(db())], () => readReplica(id));
  if (!r) throw new Error('not here');
  return r;
}

/** Tablet B's copy: this one as exported, then a note on another question and its own goal. */
function onTabletB(base: Replica): Replica {
  const g = base.graph;
  const note: Note = { id: '0b0b0b0b-0000-4000-8000-000000000001' as NoteId, workshopId: g.workshop.id, questionId: OTHER_QUESTION, text: 'Van tablet B', kind: 'concern', speaker: GROUP, via: 'table', order: 99, createdAt: g.workshop.createdAt, updatedAt: g.workshop.createdAt };
  return {
    graph: { ...g, notes: [...g.notes, note], workshop: { ...g.workshop, goal: { ...g.workshop.goal, statement: 'Doel volgens B' } } },
    versions: { ...base.versions, [recordKey('note', note.id)]: bump(EMPTY_VECTOR, B, stampB()), [partKey('goal')]: bump(base.versions[partKey('goal')] ?? EMPTY_VECTOR, B, stampB()) },
    tombstones: base.tombstones,
  };
}

describe('merging another tablet\'s copy into this one', () => {
  it('previews one conflict (the goal), then keeps every note of both and the way back', async () => {
    const g = await richGraph();
    await db().transaction('rw', [...graphTables(db())], () => putGraph(g));
    const exported = await replicaHere(g.workshop.id);
    const theirs = onTabletB(exported);
    // Meanwhile, here: a note on one question and the goal edited too.
    const mine = await addNote(g.workshop.id, FIRST_QUESTION, { text: 'Van tablet A', kind: 'answer', speaker: GROUP });
    if (!mine.ok) throw new Error('add');
    await updateGoalField(g.workshop.id, 'statement', 'Doel volgens A');

    const bundle = { ...(await opened(theirs.graph)), sync: { versions: theirs.versions, tombstones: theirs.tombstones } };
    const before = await db().notes.count();
    const prepared = await prepareImport(bundle);
    expect(prepared.merge?.conflicts.map((c) => c.key)).toEqual(['workshop:goal']);
    expect(prepared.merge?.counts).toEqual({ incoming: 1, changed: 0, deleted: 0 });
    expect(await db().notes.count()).toBe(before);

    const r = await commitImports([{ bundle, choice: { kind: 'merge', choices: { 'workshop:goal': 'local' } } }]);
    expect(r.ok && r.value).toEqual([{ kind: 'imported', workshopId: g.workshop.id }]);
    const merged = await replicaHere(g.workshop.id);
    expect(merged.graph.notes.map((n) => n.text)).toEqual(expect.arrayContaining(['Van tablet A', 'Van tablet B', ...g.notes.map((n) => n.text)]));
    expect(merged.graph.notes).toHaveLength(g.notes.length + 2);
    expect(merged.graph.workshop.goal.statement).toBe('Doel volgens A');
    // The resolution is a change here: newer than both sides' goal.
    expect(compare(merged.versions[partKey('goal')] ?? EMPTY_VECTOR, theirs.versions[partKey('goal')] ?? EMPTY_VECTOR)).toBe('after');
    // Both ways back: this copy as it was, and the other copy (its goal lost).
    const kept = new Map((await db().recovery.toArray()).map((k) => [k.reason, k.graph]));
    expect([...kept.keys()].sort()).toEqual(['before-merge', 'lost-in-merge']);
    expect(kept.get('before-merge')?.notes.some((n) => n.text === 'Van tablet B')).toBe(false);
    expect(kept.get('lost-in-merge')?.workshop.goal.statement).toBe('Doel volgens B');

    // The same file again: nothing new, nothing to choose.
    const again = await prepareImport(bundle);
    expect(again.merge).toEqual({ counts: { incoming: 0, changed: 0, deleted: 0 }, conflicts: [] });
  });

  it('a note deleted there and untouched here is deleted here too, with its tombstone', async () => {
    const g = await richGraph();
    await db().transaction('rw', [...graphTables(db())], () => putGraph(g));
    const base = await replicaHere(g.workshop.id);
    const gone = base.graph.notes[0];
    if (!gone) throw new Error('fixture');
    const key = recordKey('note', gone.id);
    const theirs: Replica = {
      graph: { ...base.graph, notes: base.graph.notes.filter((n) => n.id !== gone.id) },
      versions: base.versions,
      tombstones: [{ workshopId: g.workshop.id, kind: 'note', id: gone.id, version: bump(base.versions[key] ?? EMPTY_VECTOR, B, stampB()), deletedAt: g.workshop.createdAt }],
    };
    const bundle = { ...(await opened(theirs.graph)), sync: { versions: theirs.versions, tombstones: theirs.tombstones } };
    expect((await prepareImport(bundle)).merge?.counts.deleted).toBe(1);
    await commitImports([{ bundle, choice: { kind: 'merge', choices: {} } }]);
    expect(await db().notes.get(gone.id)).toBeUndefined();
    expect((await db().tombstones.toArray()).map((t) => t.id)).toEqual([gone.id]);
  });
});
