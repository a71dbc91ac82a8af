// Why: every version of the database schema the app has ever shipped, in order, with the
// upgrade that carries data from the version before. Nothing here is ever edited once
// released: a change is a new entry at the end, with a test in tests/unit/storage.
// What lives where:
//   workshops       one row per workshop: metadata, goal, values, preconditions, decision,
//                   agenda and timer (small, read together)
//   participants    who sat at the table
//   notes           the post-its, one row each, so adding one never rewrites the others
//   questionStates  discussed / parked / not applicable, keyed by workshop and question
//   actionPoints    follow-up, queried across workshops for the follow-up view
//   attachments     photos as Blobs
//   packs           every content pack version any workshop on this device was run with
//   recovery        whole-workshop snapshots kept as a way back (replaced by an import, ...)
//   settings        device-level records (signing key, trusted signers, ...)
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store definitions: only the tables that change in this version. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      workshops: 'id, updatedAt, deletedAt, evaluationOf',
      participants: 'id, workshopId',
      notes: 'id, workshopId, [workshopId+questionId]',
      questionStates: '[workshopId+questionId], workshopId',
      actionPoints: 'id, workshopId, status, dueDate',
      attachments: 'id, workshopId',
      packs: '[id+version]',
      recovery: 'id, workshopId, createdAt',
      settings: 'key',
    },
  },
];

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]?.version ?? 1;
