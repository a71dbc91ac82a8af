// Why: the stamping itself (see stamping.ts for why it exists): a put of a record that says
// something new gets this device's next timestamp in its vector, a put of the workshop row
// bumps the parts that changed, a delete writes a tombstone, a record put back after a delete
// continues from its tombstone's vector. Loaded with the first write, not in the first load.
import Dexie, { type Transaction, type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction } from 'dexie';
import { isNodeId, newNodeId, receive, startClock, tick, type ClockState, type Hlc, type NodeId } from '../domain/hlc';
import { sameContent } from '../domain/same-content';
import { WORKSHOP_PARTS, partValue, type RecordKind, type Tombstone, type WorkshopPart } from '../domain/sync-units';
import { nowIso } from '../domain/time';
import { bump, EMPTY_VECTOR, type VersionVector } from '../domain/version';
import { CLOCK_KEY, TOMBSTONES, type RecordTable, type StampedRow, type StampedWorkshop, type TombstoneRow } from './stamping';

const SETTINGS = 'settings';

/** Which tables hold mergeable records, and of which kind. */
export const STAMPED_TABLES = {
  participants: 'participant',
  notes: 'note',
  questionStates: 'questionState',
  actionPoints: 'actionPoint',
  attachments: 'attachment',
} as const satisfies Record<RecordTable, RecordKind>;



interface ClockRow {
  readonly key: typeof CLOCK_KEY;
  readonly value: ClockState;
}

export function tombstoneKey(t: Pick<Tombstone, 'workshopId' | 'kind' | 'id'>): string {
  return `${t.workshopId}/${t.kind}:${t.id}`;
}

/** Transactions (DBCore level) in which writes are from another copy just now. */
const remoteDepth = new WeakMap<object, number>();

/**
 * Runs `fn` inside the current transaction with stamping off: what it writes keeps the vectors
 * it carries (another copy's), and what it deletes leaves no tombstone. Call inside a
 * read-write transaction; the work must not run alongside local writes of the same transaction.
 */
export async function asRemote<T>(fn: () => Promise<T>): Promise<T> {
  const t = Dexie.currentTransaction as (Transaction & { idbtrans?: object }) | null;
  const key = t?.idbtrans;
  if (!key) throw new Error('asRemote needs a transaction');
  remoteDepth.set(key, (remoteDepth.get(key) ?? 0) + 1);
  try {
    return await fn();
  } finally {
    remoteDepth.set(key, (remoteDepth.get(key) ?? 1) - 1);
  }
}

export function isRemote(trans: DBCoreTransaction): boolean {
  return (remoteDepth.get(trans) ?? 0) > 0;
}

const STAMPED = new Set<string>(['workshops', ...Object.keys(STAMPED_TABLES)]);

/** A database opened at a schema before 6 (a test of an old version) has nowhere to stamp. */
const canStamp = (core: DBCore) => core.schema.tables.some((t) => t.name === TOMBSTONES);

/** Every read-write transaction over stamped tables also covers the tombstones and the clock. */
export function widen(core: DBCore, stores: string[], mode: 'readonly' | 'readwrite'): string[] {
  return mode === 'readwrite' && canStamp(core) && stores.some((s) => STAMPED.has(s)) ? [...new Set([...stores, TOMBSTONES, SETTINGS])] : stores;
}

/** A write to any table: stamped when it is a local change to a stamped table. */
export function mutate(core: DBCore, down: DBCoreTable, name: string, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  // An upgrade moves rows as they are: nobody changed them.
  const upgrading = (req.trans as unknown as { mode?: string }).mode === 'versionchange';
  if (!STAMPED.has(name) || upgrading || isRemote(req.trans) || !canStamp(core)) return down.mutate(req);
  if (name === 'workshops') return workshopTable(core, down).mutate(req);
  return recordTable(core, down, name as RecordTable).mutate(req);
}

/** This device's clock as stored (asked for at once, beside the other reads of a write: each read waits its turn on the main thread). */
function readClock(core: DBCore, trans: DBCoreTransaction): Promise<ClockRow | undefined> {
  return core.table(SETTINGS).get({ trans, key: CLOCK_KEY }) as Promise<ClockRow | undefined>;
}

/**
 * This device's clock, read and written in the same transaction (so two tabs never reuse a
 * timestamp): `stamp` takes the timestamps, and the clock's new state is written at once, in the
 * same turn as the caller's own write that follows (IndexedDB keeps a transaction's requests in
 * order, so a later read of the clock in this transaction sees it).
 */
function withClock<T>(core: DBCore, trans: DBCoreTransaction, row: ClockRow | undefined, stamp: (next: () => ReturnType<typeof tick>['hlc'], node: ClockState['node']) => T): { readonly out: T; readonly saved: Promise<unknown> } {
  let state: ClockState = row && isNodeId(row.value?.node) ? row.value : startClock(newNodeId());
  const next = () => {
    const t = tick(state, Date.now());
    state = t.state;
    return t.hlc;
  };
  const out = stamp(next, state.node);
  const saved = core.table(SETTINGS).mutate({ type: 'put', trans, values: [{ key: CLOCK_KEY, value: state } satisfies ClockRow] });
  return { out, saved };
}

function stampWorkshops(old: readonly (StampedWorkshop | undefined)[], values: readonly StampedWorkshop[], next: () => ReturnType<typeof tick>['hlc'], node: ClockState['node']): StampedWorkshop[] {
  return values.map((w, i) => {
    const before = old[i];
    const versions: Partial<Record<WorkshopPart, VersionVector>> = { ...before?.versions };
    let at: ReturnType<typeof next> | null = null;
    for (const part of WORKSHOP_PARTS) {
      if (before && sameContent(partValue(before, part), partValue(w, part))) continue;
      at ??= next();
      versions[part] = bump(versions[part] ?? EMPTY_VECTOR, node, at);
    }
    return { ...w, versions };
  });
}

function recordTable(core: DBCore, down: DBCoreTable, name: RecordTable): Pick<DBCoreTable, 'mutate'> {
  const kind = STAMPED_TABLES[name];
  const pk = down.schema.primaryKey;
  const keyOf = (v: unknown): unknown => pk.extractKey?.(v);
  const tombKey = (row: { workshopId: string }, key: unknown) => tombstoneKey({ workshopId: row.workshopId as Tombstone['workshopId'], kind, id: idOf(key) });
  const idOf = (key: unknown): string => (Array.isArray(key) ? String(key[1]) : String(key));

  async function put(req: Extract<DBCoreMutateRequest, { type: 'add' | 'put' }>) {
    const values = req.values as StampedRow<{ workshopId: string }>[];
    const keys = values.map((v, i) => req.keys?.[i] ?? keyOf(v));
    const tombs = core.table(TOMBSTONES);
    const tKeys = values.map((v, i) => tombKey(v, keys[i]));
    const [old, buried, clock] = (await Promise.all([down.getMany({ trans: req.trans, keys }), tombs.getMany({ trans: req.trans, keys: tKeys }), readClock(core, req.trans)])) as [
      (StampedRow<object> | undefined)[],
      (TombstoneRow | undefined)[],
      ClockRow | undefined,
    ];
    const { out: stamped, saved } = withClock(core, req.trans, clock, (next, node) =>
      values.map((v, i) => {
        const before = old[i];
        if (before && sameContent(before, v)) return { ...v, version: before.version ?? EMPTY_VECTOR };
        const base = before ? (before.version ?? EMPTY_VECTOR) : (buried[i]?.version ?? EMPTY_VECTOR);
        return { ...v, version: bump(base, node, next()) };
      }),
    );
    const back = tKeys.filter((_, i) => buried[i] !== undefined);
    const [, , result] = await Promise.all([saved, back.length > 0 ? tombs.mutate({ type: 'delete', trans: req.trans, keys: back }) : null, down.mutate({ ...req, values: stamped })]);
    return result;
  }

  async function remove(trans: DBCoreTransaction, keys: unknown[]) {
    const [old, clock] = (await Promise.all([down.getMany({ trans, keys }), readClock(core, trans)])) as [(StampedRow<{ workshopId: string }> | undefined)[], ClockRow | undefined];
    const deletedAt = nowIso();
    const { out: rows, saved } = withClock(core, trans, clock, (next, node) =>
      old.flatMap((row, i): TombstoneRow[] => {
        if (!row) return [];
        const t: Tombstone = { workshopId: row.workshopId as Tombstone['workshopId'], kind, id: idOf(keys[i]), version: bump(row.version ?? EMPTY_VECTOR, node, next()), deletedAt };
        return [{ key: tombstoneKey(t), ...t }];
      }),
    );
    await Promise.all([saved, rows.length > 0 ? core.table(TOMBSTONES).mutate({ type: 'put', trans, values: rows }) : null]);
  }

  return {
    async mutate(req) {
      if (req.type === 'add' || req.type === 'put') return put(req);
      if (req.type === 'delete') {
        await remove(req.trans, req.keys);
        return down.mutate(req);
      }
      // A range: find its keys first, so every record deleted gets its tombstone.
      const keys = await down.query({ trans: req.trans, query: { index: pk, range: req.range }, values: false });
      await remove(req.trans, keys.result);
      return down.mutate(req);
    },
  };
}

function workshopTable(core: DBCore, down: DBCoreTable): Pick<DBCoreTable, 'mutate'> {
  const pk = down.schema.primaryKey;
  return {
    async mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
      const values = req.values as StampedWorkshop[];
      const keys = values.map((v, i) => req.keys?.[i] ?? pk.extractKey?.(v));
      const [old, clock] = (await Promise.all([down.getMany({ trans: req.trans, keys }), readClock(core, req.trans)])) as [(StampedWorkshop | undefined)[], ClockRow | undefined];
      const { out: stamped, saved } = withClock(core, req.trans, clock, (next, node) => stampWorkshops(old, values, next, node));
      const [, result] = await Promise.all([saved, down.mutate({ ...req, values: stamped })]);
      return result;
    },
  };
}

/**
 * For a merge (inside its transaction, which must include `settings`): moves this device's clock
 * past every timestamp the other copy brought, then takes `count` timestamps for the changes
 * the merge makes here (its resolutions). Timestamps too far ahead are left out of the clock.
 */
export async function ticksAfter(settings: { get(key: string): Promise<{ value: unknown } | undefined>; put(row: { key: string; value: unknown }): Promise<unknown> }, seen: readonly Hlc[], count: number): Promise<{ readonly node: NodeId; readonly stamps: readonly Hlc[] }> {
  const row = (await settings.get(CLOCK_KEY)) as ClockRow | undefined;
  let state: ClockState = row && isNodeId(row.value?.node) ? row.value : startClock(newNodeId());
  const now = Date.now();
  for (const h of seen) {
    try {
      state = receive(state, h, now);
    } catch {
      // A copy whose clock ran ahead by more than a day: its changes merge, its clock is not followed.
    }
  }
  const stamps: Hlc[] = [];
  for (let i = 0; i < count; i++) {
    const t = tick(state, now);
    state = t.state;
    stamps.push(t.hlc);
  }
  await settings.put({ key: CLOCK_KEY, value: state } satisfies ClockRow);
  return { node: state.node, stamps };
}
