// Why: every version of the database schema the app has ever shipped, in order, with the
// upgrade that carries data from the version before. Nothing here is ever edited once
// released: a change is a new entry at the end, with a test in tests/unit/storage.
// What lives where:
//   workshops       one row per workshop: metadata, goal, values, preconditions, decision,
//                   agenda and the step clocks (small, read together)
//   participants    who sat at the table
//   notes           the post-its, one row each, so adding one never rewrites the others
//   questionStates  discussed / parked / not applicable, keyed by workshop and question
//   actionPoints    follow-up, queried across workshops for the follow-up view
//   attachments     photos as Blobs
//   packs           every content pack version any workshop on this device was run with
//   recovery        whole-workshop snapshots kept as a way back (replaced by an import, ...)
//   settings        device-level records (signing key, trusted signers, the merge clock, ...)
//   tombstones      records deleted here, so that a merge with another copy deletes them there
//                   too (since version 4; see stamping.ts)
import type { Transaction } from 'dexie';

/** Version 1's single timer, as rows held it (frozen here: the upgrade must not follow the model). */
interface TimerV1 {
  readonly step: string;
  readonly runningSince: string | null;
  readonly elapsedMs: number;
  readonly extraMinutes: number;
}

/** Version 2's clocks: one per step, the last one started and whether it runs. */
function clocksFromTimerV1(timer: TimerV1 | null | undefined) {
  if (!timer) return { steps: [], current: null, runningSince: null };
  return { steps: [{ step: timer.step, usedMs: timer.elapsedMs, extraMinutes: timer.extraMinutes }], current: timer.step, runningSince: timer.runningSince };
}

function timerToClocks(workshop: Record<string, unknown>): void {
  workshop.clocks = clocksFromTimerV1(workshop.timer as TimerV1 | null | undefined);
  delete workshop.timer;
}

/** Version 3's defaults: nobody recorded as missing, nothing said about how a point was done. */
function absentDefault(workshop: Record<string, unknown>): void {
  if (!Array.isArray(workshop.absent)) workshop.absent = [];
}

function doneDefault(point: Record<string, unknown>): void {
  if (typeof point.done !== 'object' || point.done === null) point.done = { note: '', by: '', on: null };
}

/** Version 4's default: nothing answered yet on whether a DPIA or an IAMA follows. */
function screeningDefault(workshop: Record<string, unknown>): void {
  if (typeof workshop.screening !== 'object' || workshop.screening === null) {
    workshop.screening = { personalData: null, dpia: {}, apList: [], iama: {}, highRiskAreas: [], note: '', points: { dpia: null, iama: null } };
  }
}

/** Version 5's default: a note stored before was typed at the table. */
function viaDefault(note: Record<string, unknown>): void {
  if (note.via !== 'table' && note.via !== 'contribution') note.via = 'table';
}

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
  {
    // Every step keeps its own clock: the single `timer` of a workshop (one step's clock, lost
    // when another step's was started) becomes `clocks`, holding that step's time. Workshops
    // kept in the recovery table are changed the same way, so that bringing one back works.
    version: 2,
    stores: {},
    upgrade: async (tx: Transaction) => {
      await tx.table('workshops').toCollection().modify((w: Record<string, unknown>) => timerToClocks(w));
      await tx
        .table('recovery')
        .toCollection()
        .modify((row: { graph?: { workshop?: Record<string, unknown> } }) => {
          if (row.graph?.workshop) timerToClocks(row.graph.workshop);
        });
    },
  },
  {
    // A workshop records the parties that should have been at the table and were not
    // (`absent`), and an action point what was done, by whom and when (`done`). Rows of
    // version 2 get the empty defaults; so do the workshops kept in the recovery table.
    // (A value's source may now also be 'both': a new value, nothing to change in old rows.)
    version: 3,
    stores: {},
    upgrade: async (tx: Transaction) => {
      await tx.table('workshops').toCollection().modify((w: Record<string, unknown>) => absentDefault(w));
      await tx.table('actionPoints').toCollection().modify((a: Record<string, unknown>) => doneDefault(a));
      await tx
        .table('recovery')
        .toCollection()
        .modify((row: { graph?: { workshop?: Record<string, unknown>; actionPoints?: Record<string, unknown>[] } }) => {
          if (row.graph?.workshop) absentDefault(row.graph.workshop);
          for (const a of row.graph?.actionPoints ?? []) doneDefault(a);
        });
    },
  },
  {
    // A workshop records the group's answers on whether a DPIA and an IAMA follow
    // (`screening`). Rows of version 3, and the workshops kept in the recovery table, get
    // "nothing answered yet".
    version: 4,
    stores: {},
    upgrade: async (tx: Transaction) => {
      await tx.table('workshops').toCollection().modify((w: Record<string, unknown>) => screeningDefault(w));
      await tx
        .table('recovery')
        .toCollection()
        .modify((row: { graph?: { workshop?: Record<string, unknown> } }) => {
          if (row.graph?.workshop) screeningDefault(row.graph.workshop);
        });
    },
  },
  {
    // A note says how it came onto the board (`via`): typed at the table, or written on a
    // participant's own device and handed over. Notes of version 4 were all typed at the table;
    // so were the notes of the workshops kept in the recovery table.
    version: 5,
    stores: {},
    upgrade: async (tx: Transaction) => {
      await tx.table('notes').toCollection().modify((n: Record<string, unknown>) => viaDefault(n));
      await tx
        .table('recovery')
        .toCollection()
        .modify((row: { graph?: { notes?: Record<string, unknown>[] } }) => {
          for (const n of row.graph?.notes ?? []) viaDefault(n);
        });
    },
  },
  {
    // Two copies of a workshop can be merged: every record carries a version vector
    // (`version`: device -> the timestamp of its last change), the workshop one per part
    // (`versions`), and deleted records leave a row in `tombstones` (storage/stamping.ts).
    // Rows of version 5 are not rewritten: a missing vector is an empty one (nothing stamped
    // yet; a merge treats a difference there as a conflict), read so everywhere. Rewriting
    // every row would copy every photo's Blob for nothing. The same holds in the recovery table.
    version: 6,
    stores: { tombstones: 'key, workshopId' },
  },
];

export const CURRENT_VERSION = SCHEMA[SCHEMA.length - 1]?.version ?? 1;
