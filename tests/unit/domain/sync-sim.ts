// Why: merge tests need copies of a workshop that diverged the way real tablets diverge: each
// device stamps its own changes with its clock, deletes leave tombstones, and copies meet now
// and then. This small simulator does what storage does on a device (stamp, tombstone, merge
// and bump the resolutions), in memory, so the properties run on realistic version vectors.
import { formatHlc, receive, tick, type ClockState, type NodeId } from '../../../src/domain/hlc';
import type { NoteId, QuestionId } from '../../../src/domain/ids';
import { merge, type MergeResult } from '../../../src/domain/merge';
import type { Note } from '../../../src/domain/note';
import { WORKSHOP_PARTS, partKey, recordKey, recordUnits, type Replica, type Tombstone, type UnitKey } from '../../../src/domain/sync-units';
import type { IsoDateTime } from '../../../src/domain/time';
import { bump, EMPTY_VECTOR, latest, type VersionVector } from '../../../src/domain/version';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { GROUP } from '../../../src/domain/author';

export interface Device {
  readonly replica: Replica;
  readonly clock: ClockState;
}

export type Op =
  | { readonly kind: 'add'; readonly question: number; readonly text: string }
  | { readonly kind: 'edit'; readonly note: number; readonly text: string }
  | { readonly kind: 'delete'; readonly note: number }
  | { readonly kind: 'goal'; readonly text: string }
  | { readonly kind: 'status'; readonly question: number };

let wall = Date.parse('2026-12-02T06:00:00.000Z');
/** Every change happens a moment after the one before, on whichever device. */
const later = () => (wall += 1000);

export function device(node: string, graph: WorkshopGraph): Device {
  return { replica: { graph, versions: {}, tombstones: [] }, clock: { wall: 0, counter: 0, node: node as NodeId } };
}

/** A workshop made on `node` with schema 4: every unit stamped once by its creation. */
export function created(node: string, graph: WorkshopGraph): Device {
  const d = device(node, graph);
  const t = tick(d.clock, later());
  const versions: Partial<Record<UnitKey, VersionVector>> = {};
  for (const part of WORKSHOP_PARTS) versions[partKey(part)] = bump(EMPTY_VECTOR, d.clock.node, t.hlc);
  for (const k of recordUnits(graph).keys()) versions[k] = bump(EMPTY_VECTOR, d.clock.node, t.hlc);
  return { clock: t.state, replica: { graph, versions, tombstones: [] } };
}

/** Another device that took a copy of `from` (a bundle opened on it). */
export function copyOn(node: string, from: Device): Device {
  return { replica: from.replica, clock: receive({ wall: 0, counter: 0, node: node as NodeId }, formatHlc(from.clock), wall) };
}

function stamp(d: Device, key: UnitKey): { clock: ClockState; versions: Replica['versions'] } {
  const t = tick(d.clock, later());
  return { clock: t.state, versions: { ...d.replica.versions, [key]: bump(d.replica.versions[key] ?? EMPTY_VECTOR, d.clock.node, t.hlc) } };
}

const QUESTIONS = ['source.origin', 'source.quality', 'privacy.basis'] as QuestionId[];
let serial = 0;

export function apply(d: Device, op: Op): Device {
  const g = d.replica.graph;
  const at = new Date(wall).toISOString() as IsoDateTime;
  switch (op.kind) {
    case 'add': {
      serial += 1;
      const id = `00000000-0000-4000-8000-${serial.toString(16).padStart(12, '0')}` as NoteId;
      const note: Note = { id, workshopId: g.workshop.id, questionId: QUESTIONS[op.question % QUESTIONS.length] as QuestionId, text: op.text, kind: 'answer', speaker: GROUP, via: 'table', order: g.notes.length, createdAt: at, updatedAt: at };
      const s = stamp(d, recordKey('note', id));
      return { clock: s.clock, replica: { ...d.replica, versions: s.versions, graph: { ...g, notes: [...g.notes, note] } } };
    }
    case 'edit': {
      const n = g.notes[op.note % Math.max(1, g.notes.length)];
      if (!n) return d;
      const s = stamp(d, recordKey('note', n.id));
      return { clock: s.clock, replica: { ...d.replica, versions: s.versions, graph: { ...g, notes: g.notes.map((x) => (x.id === n.id ? { ...x, text: op.text, updatedAt: at } : x)) } } };
    }
    case 'delete': {
      const n = g.notes[op.note % Math.max(1, g.notes.length)];
      if (!n) return d;
      const key = recordKey('note', n.id);
      const s = stamp(d, key);
      const version = s.versions[key] ?? EMPTY_VECTOR;
      const { [key]: _gone, ...versions } = s.versions;
      const tomb: Tombstone = { workshopId: g.workshop.id, kind: 'note', id: n.id, version, deletedAt: at };
      return { clock: s.clock, replica: { graph: { ...g, notes: g.notes.filter((x) => x.id !== n.id) }, versions, tombstones: [...d.replica.tombstones, tomb] } };
    }
    case 'goal': {
      const s = stamp(d, partKey('goal'));
      return { clock: s.clock, replica: { ...d.replica, versions: s.versions, graph: { ...g, workshop: { ...g.workshop, goal: { ...g.workshop.goal, statement: op.text } } } } };
    }
    case 'status': {
      const q = QUESTIONS[op.question % QUESTIONS.length] as QuestionId;
      const s = stamp(d, recordKey('questionState', q));
      const others = g.questionStates.filter((x) => x.questionId !== q);
      return { clock: s.clock, replica: { ...d.replica, versions: s.versions, graph: { ...g, questionStates: [...others, { workshopId: g.workshop.id, questionId: q, status: 'parked', reason: `${d.clock.node} ${at}`, updatedAt: at }] } } };
    }
  }
}

/** What a device does when it takes in another copy: merge, keep provisional winners, bump them. */
export function meet(d: Device, other: Replica): { device: Device; result: MergeResult } {
  const result = merge(d.replica, other);
  let clock = d.clock;
  for (const v of Object.values(result.versions)) {
    const top = v ? latest(v) : null;
    if (top) clock = receive(clock, top, wall);
  }
  const versions = { ...result.versions };
  let tombstones = result.tombstones;
  for (const c of result.conflicts) {
    const t = tick(clock, later());
    clock = t.state;
    const won = c.provisional === 'local' ? c.local : c.remote;
    if (won.state === 'present') versions[c.key] = bump(versions[c.key] ?? EMPTY_VECTOR, d.clock.node, t.hlc);
    // A deletion won: its tombstone is the resolution, and carries the bump.
    else tombstones = tombstones.map((x) => (recordKey(x.kind, x.id) === c.key ? { ...x, version: bump(x.version, d.clock.node, t.hlc) } : x));
  }
  return { device: { clock, replica: { graph: result.graph, versions, tombstones } }, result };
}
