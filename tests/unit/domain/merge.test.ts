import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge, sameContent, type Conflict, type MergeResult } from '../../../src/domain/merge';
import { recordKey, type Replica } from '../../../src/domain/sync-units';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { graph } from '../support/fixtures';
import { apply, copyOn, created, meet, type Device, type Op } from './sync-sim';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), question: fc.nat(5), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('edit' as const), note: fc.nat(20), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('delete' as const), note: fc.nat(20) }),
  fc.record({ kind: fc.constant('goal' as const), text: fc.string({ maxLength: 8 }) }),
  fc.record({ kind: fc.constant('status' as const), question: fc.nat(5) }),
);

/** Steps on two devices: an op on A or B, or B taking in A's copy (and the other way). */
const history = fc.array(fc.oneof(fc.record({ on: fc.constantFrom('a', 'b'), op }), fc.constantFrom('a<-b' as const, 'b<-a' as const)), { maxLength: 25 });

type Step = { readonly on: 'a' | 'b'; readonly op: Op } | 'a<-b' | 'b<-a';

function run(steps: readonly Step[]): [Device, Device] {
  let a = created(A, graph());
  let b = copyOn(B, a);
  for (const s of steps) {
    if (s === 'a<-b') a = meet(a, b.replica).device;
    else if (s === 'b<-a') b = meet(b, a.replica).device;
    else if (s.on === 'a') a = apply(a, s.op);
    else b = apply(b, s.op);
  }
  return [a, b];
}

/** A graph as a comparable value: lists sorted by id, Blobs aside. */
function norm(g: WorkshopGraph): string {
  const sort = <T>(xs: readonly T[], key: (x: T) => string) => [...xs].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  return JSON.stringify({
    ...g,
    participants: sort(g.participants, (x) => x.id),
    notes: sort(g.notes, (x) => x.id),
    questionStates: sort(g.questionStates, (x) => x.questionId),
    actionPoints: sort(g.actionPoints, (x) => x.id),
    attachments: sort(g.attachments, (x) => x.id),
  });
}

/** A conflict as a value that does not depend on which side was local: the winner's and loser's content. */
function conflictSet(r: MergeResult): string[] {
  return r.conflicts.map((c: Conflict) => {
    const [win, lose] = c.provisional === 'local' ? [c.local, c.remote] : [c.remote, c.local];
    return JSON.stringify([c.key, win, lose]);
  });
}

describe('merge: properties over diverged copies', () => {
  it('is commutative: the same graph, tombstones and conflicts whichever side is local', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const [a, b] = run(steps);
        const ab = merge(a.replica, b.replica);
        const ba = merge(b.replica, a.replica);
        expect(norm(ab.graph)).toBe(norm(ba.graph));
        expect(ab.versions).toEqual(ba.versions);
        expect(ab.tombstones).toEqual(ba.tombstones);
        expect(conflictSet(ab)).toEqual(conflictSet(ba));
      }),
      { numRuns: 100 },
    );
  });

  it('is idempotent: merging a copy with itself changes nothing and finds no conflict', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const [a] = run(steps);
        const aa = merge(a.replica, a.replica);
        expect(norm(aa.graph)).toBe(norm(a.replica.graph));
        expect(aa.conflicts).toEqual([]);
        expect(aa.counts).toEqual({ incoming: 0, changed: 0, deleted: 0 });
        // And the merged copy merged again with either side is stable.
        const again = merge({ graph: aa.graph, versions: aa.versions, tombstones: aa.tombstones }, a.replica);
        expect(norm(again.graph)).toBe(norm(aa.graph));
      }),
      { numRuns: 100 },
    );
  });

  it('loses no record: every id of either side is in the result or in a tombstone that won', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const [a, b] = run(steps);
        const r = merge(a.replica, b.replica);
        const kept = new Set([...r.graph.notes.map((n) => recordKey('note', n.id)), ...r.tombstones.map((t) => recordKey(t.kind, t.id))]);
        for (const n of [...a.replica.graph.notes, ...b.replica.graph.notes]) expect(kept.has(recordKey('note', n.id))).toBe(true);
        // A deletion only wins over a record it saw, or in a conflict the screen shows.
        const shown = new Set(r.conflicts.map((c) => c.key));
        for (const t of r.tombstones) {
          const both = [a.replica, b.replica].filter((x: Replica) => x.graph.notes.some((n) => n.id === t.id));
          for (const side of both) {
            const v = side.versions[recordKey('note', t.id)] ?? {};
            const seen = Object.entries(v).every(([node, h]) => (t.version as Record<string, string>)[node] !== undefined && (t.version as Record<string, string>)[node]! >= h);
            expect(seen || shown.has(recordKey('note', t.id))).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('after both sides took each other in, they hold the same workshop', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const [a0, b0] = run(steps);
        const b1 = meet(b0, a0.replica).device;
        const a1 = meet(a0, b1.replica).device;
        expect(norm(a1.replica.graph)).toBe(norm(b1.replica.graph));
        expect(merge(a1.replica, b1.replica).conflicts).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('merge: the cases by name', () => {
  function twoTablets() {
    const a = created(A, graph());
    return { a, b: copyOn(B, a) };
  }

  it('two tablets on different topics that both edit the goal meet in exactly one conflict: the goal', () => {
    let { a, b } = twoTablets();
    b = meet(b, a.replica).device;
    for (let i = 0; i < 3; i++) a = apply(a, { kind: 'add', question: 0, text: `A${i}` });
    for (let i = 0; i < 3; i++) b = apply(b, { kind: 'add', question: 2, text: `B${i}` });
    a = apply(a, { kind: 'goal', text: 'doel van A' });
    b = apply(b, { kind: 'goal', text: 'doel van B' });
    const r = merge(a.replica, b.replica);
    expect(r.conflicts.map((c) => c.key)).toEqual(['workshop:goal']);
    expect(r.graph.notes.map((n) => n.text).sort()).toEqual(['A0', 'A1', 'A2', 'B0', 'B1', 'B2', ...graph().notes.map((n) => n.text)].sort());
    expect(r.counts.incoming).toBe(3);
    // B's change is the later one: it leads until someone chooses.
    expect(r.graph.workshop.goal.statement).toBe('doel van B');
    expect(merge(a.replica, b.replica, { 'workshop:goal': 'local' }).graph.workshop.goal.statement).toBe('doel van A');
  });

  it('a change on one side only is taken without a conflict', () => {
    let { a, b } = twoTablets();
    const id = a.replica.graph.notes[0]!.id;
    b = apply(b, { kind: 'edit', note: 0, text: 'anders' });
    const r = merge(a.replica, b.replica);
    expect(r.conflicts).toEqual([]);
    expect(r.graph.notes.find((n) => n.id === id)?.text).toBe('anders');
    expect(r.counts.changed).toBe(1);
    a = meet(a, b.replica).device;
    expect(merge(a.replica, b.replica).counts).toEqual({ incoming: 0, changed: 0, deleted: 0 });
  });

  it('the same note edited on both sides is a conflict that keeps both texts', () => {
    let { a, b } = twoTablets();
    a = apply(a, { kind: 'edit', note: 1, text: 'hier' });
    b = apply(b, { kind: 'edit', note: 1, text: 'daar' });
    const [c] = merge(a.replica, b.replica).conflicts;
    expect(c?.kind).toBe('note');
    expect(c?.local.state === 'present' && (c.local.value as { text: string }).text).toBe('hier');
    expect(c?.remote.state === 'present' && (c.remote.value as { text: string }).text).toBe('daar');
  });

  it('a deletion wins over no change, and is a conflict against a change', () => {
    let { a, b } = twoTablets();
    const [n0, n1] = a.replica.graph.notes;
    a = apply(a, { kind: 'delete', note: 0 });
    let r = merge(b.replica, a.replica);
    expect(r.graph.notes.some((n) => n.id === n0!.id)).toBe(false);
    expect(r.counts.deleted).toBe(1);
    expect(r.conflicts).toEqual([]);
    // Now A deletes the other note while B edits it.
    b = apply(b, { kind: 'edit', note: 1, text: 'nog bezig' });
    a = apply(a, { kind: 'delete', note: 0 });
    r = merge(b.replica, a.replica);
    const c = r.conflicts.find((x) => x.id === n1!.id);
    expect(c?.local.state).toBe('present');
    expect(c?.remote.state).toBe('deleted');
  });

  it('a record never stamped on one side (format 1, before schema 4) that differs is a conflict, never silently taken', () => {
    const unstamped = { graph: graph(), versions: {}, tombstones: [] };
    const b = apply(copyOn(B, { replica: unstamped, clock: { wall: 0, counter: 0, node: A as never } }), { kind: 'edit', note: 0, text: 'anders' });
    expect(merge(unstamped, b.replica).conflicts.map((c) => c.kind)).toEqual(['note']);
  });

  it('a record never stamped (format 1) that differs is a conflict; one that is the same is not', () => {
    const base = graph();
    const other: WorkshopGraph = { ...base, notes: base.notes.map((n, i) => (i === 0 ? { ...n, text: 'veranderd' } : n)) };
    const r = merge({ graph: base, versions: {}, tombstones: [] }, { graph: other, versions: {}, tombstones: [] });
    expect(r.conflicts.map((c) => c.id)).toEqual([base.notes[0]!.id]);
    expect(sameContent(base.notes[1], other.notes[1])).toBe(true);
  });

  it('photos on both sides all end up in the merged workshop', () => {
    const base = graph();
    const photo = (id: string) => ({ id, workshopId: base.workshop.id, target: { kind: 'workshop' as const }, caption: id, mediaType: 'image/png' as const, width: 1, height: 1, byteSize: 1, sha256: id.padEnd(64, '0').slice(0, 64), blob: new Blob(['x']), createdAt: base.workshop.createdAt });
    const a: Replica = { graph: { ...base, attachments: [photo('00000000-0000-4000-8000-00000000000a')] as unknown as WorkshopGraph['attachments'] }, versions: { [recordKey('attachment', '00000000-0000-4000-8000-00000000000a')]: { [A]: '2026-12-02T06:00:00.000Z-0000-aaaaaaaaaaaaaaaa' } } as unknown as Replica['versions'], tombstones: [] };
    const b: Replica = { graph: { ...base, attachments: [photo('00000000-0000-4000-8000-00000000000b')] as unknown as WorkshopGraph['attachments'] }, versions: {}, tombstones: [] };
    const r = merge(a, b);
    expect(r.graph.attachments.map((x) => x.caption)).toEqual(['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b']);
    expect(r.graph.attachments.every((x) => x.blob instanceof Blob)).toBe(true);
  });
});
