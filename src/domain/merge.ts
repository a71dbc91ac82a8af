// Why: two tablets each took a copy of a workshop and worked on it; bringing them together
// must keep every note of both, take a change made on one side only, and show (never drop)
// what both changed. This is that rule as a pure function over two replicas (graph + version
// vectors + tombstones), with no database: merge(local, remote) gives the merged graph, the
// tombstones that hold, and the conflicts with a provisional winner each. It is commutative
// (the same graph and conflicts whichever side is "local"), idempotent (merge(a, a) is a), and
// loses no record (every id of either side is in the graph or in a tombstone that won);
// tests/unit/domain/merge.test.ts checks all three with generated replicas.
import type { Attachment } from './attachment';
import type { ActionPoint } from './action-point';
import type { Note } from './note';
import type { Participant } from './participant';
import type { QuestionState } from './question-state';
import { PART_FIELDS, WORKSHOP_PARTS, partKey, partValue, recordKey, recordUnits, splitKey, type RecordKind, type Replica, type Tombstone, type UnitKey, type WorkshopPart } from './sync-units';
import type { IsoDateTime } from './time';
import { EMPTY_VECTOR, compare, isEmptyVector, join, latest, type VersionVector } from './version';
import type { Workshop } from './workshop';
import type { WorkshopGraph } from './workshop-graph';
import { canon, sameContent } from './same-content';

export { sameContent };

/** One side's state of a unit. */
export type Side =
  | { readonly state: 'present'; readonly value: object; readonly version: VersionVector }
  | { readonly state: 'deleted'; readonly version: VersionVector; readonly deletedAt: IsoDateTime };

export type Winner = 'local' | 'remote';

export interface Conflict {
  readonly key: UnitKey;
  readonly kind: RecordKind | 'workshop';
  /** The record's id, or the workshop part's name. */
  readonly id: string;
  readonly local: Side;
  readonly remote: Side;
  /** Deterministic: the side with the latest timestamp; the same whichever side is local. */
  readonly provisional: Winner;
}

export interface MergeCounts {
  /** Records the other side has and this one did not. */
  readonly incoming: number;
  /** Units the other side changed and this one did not: taken. */
  readonly changed: number;
  /** Records here that the other side deleted (and nobody changed since): removed. */
  readonly deleted: number;
}

export interface MergeResult {
  readonly graph: WorkshopGraph;
  readonly versions: Readonly<Partial<Record<UnitKey, VersionVector>>>;
  readonly tombstones: readonly Tombstone[];
  /** Sorted by key. */
  readonly conflicts: readonly Conflict[];
  /** Seen from `local`. */
  readonly counts: MergeCounts;
}

/** A person's choice per conflict; a conflict not named keeps its provisional winner. */
export type Choices = Readonly<Partial<Record<UnitKey, Winner>>>;

function sideText(s: Side): string {
  return s.state === 'present' ? `p${canon(s.value, true, new Set())}` : `d${s.deletedAt}`;
}

/** The side a conflict leans to until someone chooses: latest timestamp, then a fixed order of content. */
export function provisionalWinner(local: Side, remote: Side): Winner {
  const a = latest(local.version) ?? '';
  const b = latest(remote.version) ?? '';
  if (a !== b) return a > b ? 'local' : 'remote';
  return sideText(local) >= sideText(remote) ? 'local' : 'remote';
}

type Outcome =
  | { readonly kind: 'take'; readonly side: Side; readonly from: 'local' | 'remote' | 'both' }
  | { readonly kind: 'conflict'; readonly local: Side; readonly remote: Side };

/** The rule for one unit seen on both sides. */
function decide(l: Side, r: Side): Outcome {
  const version = join(l.version, r.version);
  if (l.state === 'deleted' && r.state === 'deleted') {
    const deletedAt = l.deletedAt > r.deletedAt ? l.deletedAt : r.deletedAt;
    return { kind: 'take', side: { state: 'deleted', version, deletedAt }, from: 'both' };
  }
  if (l.state === 'present' && r.state === 'present') {
    if (sameContent(l.value, r.value)) {
      // Same words, perhaps saved at different moments: one fixed pick, so both ways agree.
      const pick = sideText(l) >= sideText(r) ? l : r;
      return { kind: 'take', side: { ...pick, version }, from: 'both' };
    }
    // Never stamped on a side (format 1, or written before schema 6): nothing says which is newer.
    if (isEmptyVector(l.version) || isEmptyVector(r.version)) return { kind: 'conflict', local: l, remote: r };
    const order = compare(l.version, r.version);
    if (order === 'before') return { kind: 'take', side: { ...r, version }, from: 'remote' };
    if (order === 'after') return { kind: 'take', side: { ...l, version }, from: 'local' };
    return { kind: 'conflict', local: l, remote: r };
  }
  // A deletion against a record: the deletion holds when it saw every change of the record.
  const [present, deleted, presentSide] = l.state === 'present' ? [l, r, 'local' as const] : [r, l, 'remote' as const];
  const order = compare(present.version, deleted.version);
  if (order === 'before' || order === 'same') return { kind: 'take', side: { ...deleted, version }, from: presentSide === 'local' ? 'remote' : 'local' };
  if (order === 'after') return { kind: 'take', side: { ...present, version }, from: presentSide };
  return { kind: 'conflict', local: l, remote: r };
}

function sidesOf(replica: Replica): Map<UnitKey, Side> {
  const out = new Map<UnitKey, Side>();
  const v = (k: UnitKey) => replica.versions[k] ?? EMPTY_VECTOR;
  for (const part of WORKSHOP_PARTS) {
    const k = partKey(part);
    out.set(k, { state: 'present', value: partValue(replica.graph.workshop, part), version: v(k) });
  }
  for (const [k, u] of recordUnits(replica.graph)) out.set(k, { state: 'present', value: u.value, version: v(k) });
  for (const t of replica.tombstones) {
    const k = recordKey(t.kind, t.id);
    // A tombstone next to a live record on the same side (should not happen): the record stands.
    if (!out.has(k)) out.set(k, { state: 'deleted', version: t.version, deletedAt: t.deletedAt });
  }
  return out;
}

const maxIso = (a: IsoDateTime, b: IsoDateTime): IsoDateTime => (a > b ? a : b);

function maxOrNull(a: IsoDateTime | null, b: IsoDateTime | null): IsoDateTime | null {
  if (a === null) return b;
  if (b === null) return a;
  return maxIso(a, b);
}

/** Merges two copies of one workshop (the same workshop id). Pure. */
export function merge(local: Replica, remote: Replica, choices: Choices = {}): MergeResult {
  const ls = sidesOf(local);
  const rs = sidesOf(remote);
  const keys = [...new Set([...ls.keys(), ...rs.keys()])].sort();
  const chosen = new Map<UnitKey, Side>();
  const conflicts: Conflict[] = [];
  let incoming = 0;
  let changed = 0;
  let deleted = 0;
  for (const key of keys) {
    const l = ls.get(key);
    const r = rs.get(key);
    if (!l || !r) {
      const only = (l ?? r) as Side;
      chosen.set(key, only);
      if (!l && only.state === 'present') incoming += 1;
      continue;
    }
    const o = decide(l, r);
    if (o.kind === 'take') {
      chosen.set(key, o.side);
      if (o.from === 'remote' && l.state === 'present') {
        if (o.side.state === 'deleted') deleted += 1;
        else changed += 1;
      }
      if (o.from === 'remote' && l.state === 'deleted' && o.side.state === 'present') incoming += 1;
      continue;
    }
    const { kind, id } = splitKey(key);
    const provisional = provisionalWinner(o.local, o.remote);
    conflicts.push({ key, kind, id, local: o.local, remote: o.remote, provisional });
    const win = (choices[key] ?? provisional) === 'local' ? o.local : o.remote;
    chosen.set(key, { ...win, version: join(o.local.version, o.remote.version) });
  }
  return { ...build(local, remote, chosen), conflicts, counts: { incoming, changed, deleted } };
}

function build(local: Replica, remote: Replica, chosen: ReadonlyMap<UnitKey, Side>): Pick<MergeResult, 'graph' | 'versions' | 'tombstones'> {
  const lw = local.graph.workshop;
  const rw = remote.graph.workshop;
  const workshopId = lw.id;
  const parts: Record<string, unknown> = {};
  const versions: Partial<Record<UnitKey, VersionVector>> = {};
  const tombstones: Tombstone[] = [];
  const records: Record<RecordKind, object[]> = { participant: [], note: [], questionState: [], actionPoint: [], attachment: [] };
  for (const [key, side] of chosen) {
    const { kind, id } = splitKey(key);
    if (kind === 'workshop') {
      if (side.state === 'present') Object.assign(parts, side.value);
      if (!isEmptyVector(side.version)) versions[key] = side.version;
      continue;
    }
    if (side.state === 'deleted') {
      tombstones.push({ workshopId, kind, id, version: side.version, deletedAt: side.deletedAt });
      continue;
    }
    records[kind].push({ ...side.value, workshopId });
    if (!isEmptyVector(side.version)) versions[key] = side.version;
  }
  const workshop: Workshop = {
    ...(lw as Workshop),
    ...(parts as Partial<Workshop>),
    id: workshopId,
    createdAt: lw.createdAt < rw.createdAt ? lw.createdAt : rw.createdAt,
    updatedAt: maxIso(lw.updatedAt, rw.updatedAt),
    lastExportedAt: maxOrNull(lw.lastExportedAt, rw.lastExportedAt),
    // Merging brings a workshop back when either copy is in use.
    deletedAt: lw.deletedAt !== null && rw.deletedAt !== null ? maxIso(lw.deletedAt, rw.deletedAt) : null,
  };
  for (const part of WORKSHOP_PARTS) for (const f of PART_FIELDS[part]) if (!(f in parts)) throw new Error(`merge lost workshop field ${f}`);
  const byId = <T extends { readonly id: string }>(xs: object[]) => (xs as T[]).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    graph: {
      workshop,
      participants: byId<Participant>(records.participant),
      notes: byId<Note>(records.note),
      questionStates: (records.questionState as QuestionState[]).sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0)),
      actionPoints: byId<ActionPoint>(records.actionPoint),
      attachments: byId<Attachment>(records.attachment),
    },
    versions,
    tombstones: tombstones.sort((a, b) => (recordKey(a.kind, a.id) < recordKey(b.kind, b.id) ? -1 : 1)),
  };
}

/** The parts of the workshop, for a screen that shows a conflict of one part. */
export function isWorkshopPart(id: string): id is WorkshopPart {
  return (WORKSHOP_PARTS as readonly string[]).includes(id);
}
