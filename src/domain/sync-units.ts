// Why: what a merge compares is not a table row but a "mergeable unit": each participant,
// note, question state, action point and photo, and the workshop cut into parts that people
// edit separately (two tablets on different topics both touching the goal must meet in ONE
// conflict, the goal, not in "the workshop"). This module names those units, says which
// workshop fields each part holds (a new workshop field that is in no part fails to compile),
// and defines what travels with a graph to make merging exact: a version vector per unit and
// the tombstones of deleted records.
import type { WorkshopId } from './ids';
import type { IsoDateTime } from './time';
import type { VersionVector } from './version';
import type { Workshop } from './workshop';
import type { WorkshopGraph } from './workshop-graph';

export const RECORD_KINDS = ['participant', 'note', 'questionState', 'actionPoint', 'attachment'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const WORKSHOP_PARTS = ['meta', 'goal', 'values', 'absent', 'preconditions', 'decision', 'screening', 'agenda', 'clocks'] as const;
export type WorkshopPart = (typeof WORKSHOP_PARTS)[number];

/** Fields of the workshop row that belong to the device, not to the content: never a conflict. */
export const WORKSHOP_BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'lastExportedAt', 'deletedAt'] as const;
type Bookkeeping = (typeof WORKSHOP_BOOKKEEPING)[number];

export const PART_FIELDS = {
  meta: ['title', 'organisation', 'dataProject', 'date', 'place', 'facilitator', 'kind', 'evaluationOf', 'lang', 'pack'],
  goal: ['goal'],
  values: ['values'],
  absent: ['absent'],
  preconditions: ['preconditions'],
  decision: ['decision'],
  screening: ['screening'],
  agenda: ['agenda'],
  clocks: ['clocks'],
} as const satisfies Record<WorkshopPart, readonly (keyof Workshop)[]>;

type Placed = (typeof PART_FIELDS)[WorkshopPart][number] | Bookkeeping;
/** Compiles only while every field of Workshop is in a part or in the bookkeeping. */
type Unplaced = Exclude<keyof Workshop, Placed>;
const everyFieldPlaced: [Unplaced] extends [never] ? true : Unplaced = true;
void everyFieldPlaced;

/** `note:<id>`, `questionState:<questionId>`, `workshop:goal`, ... */
export type UnitKey = `${RecordKind}:${string}` | `workshop:${WorkshopPart}`;

export function recordKey(kind: RecordKind, id: string): UnitKey {
  return `${kind}:${id}`;
}

export function partKey(part: WorkshopPart): UnitKey {
  return `workshop:${part}`;
}

export function splitKey(key: UnitKey): { readonly kind: RecordKind | 'workshop'; readonly id: string } {
  const at = key.indexOf(':');
  return { kind: key.slice(0, at) as RecordKind | 'workshop', id: key.slice(at + 1) };
}

/** A record deleted on a device: kept so that the deletion travels to the other copies. */
export interface Tombstone {
  readonly workshopId: WorkshopId;
  readonly kind: RecordKind;
  readonly id: string;
  /** The record's vector at deletion, bumped by the deletion itself. */
  readonly version: VersionVector;
  readonly deletedAt: IsoDateTime;
}

/** One copy of a workshop as a merge sees it. A unit missing from `versions` has an empty vector. */
export interface Replica {
  readonly graph: WorkshopGraph;
  readonly versions: Readonly<Partial<Record<UnitKey, VersionVector>>>;
  readonly tombstones: readonly Tombstone[];
}

/** The part's fields of a workshop, as one value. */
export function partValue(w: Workshop, part: WorkshopPart): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of PART_FIELDS[part]) out[f] = w[f];
  return out;
}

/** Every record of a graph under its unit key. */
export function recordUnits(g: WorkshopGraph): Map<UnitKey, { readonly kind: RecordKind; readonly id: string; readonly value: object }> {
  const out = new Map<UnitKey, { kind: RecordKind; id: string; value: object }>();
  const add = (kind: RecordKind, id: string, value: object) => out.set(recordKey(kind, id), { kind, id, value });
  for (const p of g.participants) add('participant', p.id, p);
  for (const n of g.notes) add('note', n.id, n);
  for (const q of g.questionStates) add('questionState', q.questionId, q);
  for (const a of g.actionPoints) add('actionPoint', a.id, a);
  for (const a of g.attachments) add('attachment', a.id, a);
  return out;
}
