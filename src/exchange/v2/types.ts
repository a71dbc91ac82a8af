// Why: bundle format version 2 as its own types and lists, written out (not derived from the
// app's model), like version 1's. Version 2 is version 1 plus what a merge of two copies needs:
// `payload.sync`, a version vector for every mergeable unit and the tombstones of deleted
// records. A vector is a list of hybrid-logical-clock timestamps, at most one per device;
// each timestamp ends in its device's node id. The schema (bundle-schema.ts) is built from the
// lists below, and the schema guard compares it with the frozen snapshot in tests/contract/v2/.
// Additive changes may be made here; anything else is a new format version with its own folder.
import type { V1DateTime, V1Payload } from '../v1/types';

export const V2_RECORD_KINDS = ['participant', 'note', 'questionState', 'actionPoint', 'attachment'] as const;
export const V2_UNIT_KINDS = ['workshop', ...V2_RECORD_KINDS] as const;
/** The parts of the workshop that merge on their own; a unit of kind 'workshop' has one as its id. */
export const V2_WORKSHOP_PARTS = ['meta', 'goal', 'values', 'absent', 'preconditions', 'decision', 'screening', 'agenda', 'clocks'] as const;

export type V2RecordKind = (typeof V2_RECORD_KINDS)[number];
export type V2UnitKind = (typeof V2_UNIT_KINDS)[number];
/** `2026-12-02T06:11:23.000Z-0000-9f3a1c2b4d5e6f70`: time, counter, node id. */
export type V2Hlc = string;

export interface V2UnitVersion {
  readonly kind: V2UnitKind;
  /** The record's id (a question state: its question's id), or the workshop part's name. */
  readonly id: string;
  readonly vector: readonly V2Hlc[];
}

export interface V2Tombstone {
  readonly kind: V2RecordKind;
  readonly id: string;
  readonly vector: readonly V2Hlc[];
  readonly deletedAt: V1DateTime;
}

export interface V2Sync {
  /** Only units with a non-empty vector; a unit not listed was never stamped. */
  readonly versions: readonly V2UnitVersion[];
  readonly tombstones: readonly V2Tombstone[];
}

export type V2Payload = V1Payload & { readonly sync: V2Sync };
