// Why: merging two copies is only exact if EVERY local change bumps the version vector of the
// unit it changed, and every deletion leaves a tombstone. Stamping in each repository would
// let the next write path forget it; so it happens once, here, as a Dexie DBCore middleware
// under every table: a put of a record that says something new gets this device's next
// timestamp in its vector (`version`), a put of the workshop row bumps only the parts that
// changed (`versions`), a delete writes a tombstone, and a record put back after a delete
// (undo) continues from its tombstone's vector and takes the tombstone away. Every read-write
// transaction over these tables is widened to include the tombstones and the clock's settings
// row, so that no repository has to know. Writes that come FROM another copy (import, merge)
// carry that copy's vectors and run inside `asRemote` (stamping-core.ts), which lets them through unstamped; so
// does a schema upgrade.
// This module is in the first load and stays small: the stamping itself (stamping-core.ts) is
// loaded with the first write (`loadStamping`, awaited by write.ts).
import type { DBCore, Middleware } from 'dexie';
import type { Tombstone, WorkshopPart } from '../domain/sync-units';
import type { VersionVector } from '../domain/version';
import type { Workshop } from '../domain/workshop';

/** The tables of mergeable records (their kinds: STAMPED_TABLES in stamping-core.ts). */
export type RecordTable = 'participants' | 'notes' | 'questionStates' | 'actionPoints' | 'attachments';

export const TOMBSTONES = 'tombstones';
export const CLOCK_KEY = 'sync-clock';

/** A record row as stored from schema 6 on: the record, and its vector (absent = empty). */
export type StampedRow<T> = T & { readonly version?: VersionVector };
/** The workshop row from schema 6 on: a vector per part (a part missing = empty). */
export type StampedWorkshop = Workshop & { readonly versions?: Partial<Record<WorkshopPart, VersionVector>> };

export interface TombstoneRow extends Tombstone {
  /** `<workshopId>/<kind>:<id>` */
  readonly key: string;
}

let core: typeof import('./stamping-core') | null = null;
let loading: Promise<void> | null = null;

/** Loads the stamping code once; every write waits for it (write.ts). */
export function loadStamping(): Promise<void> {
  loading ??= import('./stamping-core').then((m) => {
    core = m;
  });
  return loading;
}

/**
 * The middleware; `db.ts` puts it under every table. Until the stamping code is loaded it lets
 * everything through: only reads and schema upgrades come before the first write() (write.ts),
 * and neither is a change to stamp.
 */
export const stampingMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'deda-stamping',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => down.transaction(core ? core.widen(down, stores, mode) : stores, mode, options),
    table(name) {
      const t = down.table(name);
      return { ...t, mutate: (req) => (core ? core.mutate(down, t, name, req) : t.mutate(req)) };
    },
  }),
};
