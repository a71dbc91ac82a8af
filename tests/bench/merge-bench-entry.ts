// Why: the body of tests/bench/bench-merge.mjs, in TypeScript so it calls the app's own merge
// rule (src/domain/merge.ts). Two tablets hold copies of a workshop of 1,000 notes made on the
// first; each then edits 200 notes (10 of them the same ones, which become conflicts), adds
// 100 and deletes 20; then the copies are merged. Median of five runs per size.
import { formatHlc, type NodeId } from '../../src/domain/hlc';
import type { NoteId, QuestionId, WorkshopId } from '../../src/domain/ids';
import { merge } from '../../src/domain/merge';
import type { Note } from '../../src/domain/note';
import { WORKSHOP_PARTS, partKey, recordKey, type Replica, type Tombstone, type UnitKey } from '../../src/domain/sync-units';
import type { IsoDateTime } from '../../src/domain/time';
import { bump, EMPTY_VECTOR, type VersionVector } from '../../src/domain/version';
import { newWorkshop } from '../../src/domain/workshop';
import { GROUP } from '../../src/domain/author';

const T = '2026-12-02T06:00:00.000Z' as IsoDateTime;
const A = 'aaaaaaaaaaaaaaaa' as NodeId;
const B = 'bbbbbbbbbbbbbbbb' as NodeId;
let ms = Date.parse(T);
const at = (node: NodeId) => formatHlc({ wall: (ms += 1), counter: 0, node });

function note(workshopId: WorkshopId, i: number, text: string): Note {
  return { id: crypto.randomUUID() as NoteId, workshopId, questionId: `source.q${i % 30}` as QuestionId, text, kind: 'answer', speaker: GROUP, via: 'table', order: i, createdAt: T, updatedAt: T };
}

function copies(n: number): [Replica, Replica] {
  const id = crypto.randomUUID() as WorkshopId;
  const workshop = newWorkshop({ id, meta: { title: 'Groot', organisation: '', dataProject: '', date: null, place: '', facilitator: '' }, lang: 'nl', pack: { id: 'p', version: '1.0.0' }, agenda: [], now: T });
  const notes = Array.from({ length: n }, (_, i) => note(id, i, `Notitie ${i}: de gegevens komen uit de basisregistratie; is dat nodig?`));
  const made = at(A);
  const versions: Partial<Record<UnitKey, VersionVector>> = {};
  for (const p of WORKSHOP_PARTS) versions[partKey(p)] = bump(EMPTY_VECTOR, A, made);
  for (const x of notes) versions[recordKey('note', x.id)] = bump(EMPTY_VECTOR, A, made);
  const base: Replica = { graph: { workshop, participants: [], notes, questionStates: [], actionPoints: [], attachments: [] }, versions, tombstones: [] };
  const work = (r: Replica, node: NodeId, from: number): Replica => {
    const v = { ...r.versions };
    const edited = new Set<number>();
    for (let i = from; i < from + 200; i++) edited.add(i % n);
    const kept = r.graph.notes.filter((_, i) => i < n - 20 || node === A).filter((_, i) => !(node === A && i >= n - 40 && i < n - 20));
    const gone = r.graph.notes.filter((x) => !kept.includes(x));
    const tombstones: Tombstone[] = gone.map((x) => ({ workshopId: id, kind: 'note', id: x.id, version: bump(v[recordKey('note', x.id)] ?? EMPTY_VECTOR, node, at(node)), deletedAt: T }));
    for (const g of gone) delete v[recordKey('note', g.id)];
    const changed = kept.map((x, i) => {
      if (!edited.has(i)) return x;
      v[recordKey('note', x.id)] = bump(v[recordKey('note', x.id)] ?? EMPTY_VECTOR, node, at(node));
      return { ...x, text: `${x.text} (${node})` };
    });
    const added = Array.from({ length: 100 }, (_, i) => note(id, n + i, `Nieuw op ${node} ${i}`));
    for (const x of added) v[recordKey('note', x.id)] = bump(EMPTY_VECTOR, node, at(node));
    return { graph: { ...r.graph, notes: [...changed, ...added] }, versions: v, tombstones };
  };
  // B's edits start 190 notes after A's: 10 notes are edited on both tablets.
  return [work(base, A, 0), work(base, B, 190)];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

export function run(): { notes: number; ms: number; conflicts: number; incoming: number; deleted: number }[] {
  return [1000, 4000].map((n) => {
    const [a, b] = copies(n);
    merge(a, b); // warm up
    const times: number[] = [];
    let last = merge(a, b);
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      last = merge(a, b);
      times.push(performance.now() - t0);
    }
    return { notes: n, ms: median(times), conflicts: last.conflicts.length, incoming: last.counts.incoming, deleted: last.counts.deleted };
  });
}
