// Why: encryption at rest happens in one place, under every table (docs/vaults.md): this is the
// DBCore middleware's work, loaded only on a device with a vault. A write to a content table
// seals every field but the primary key and the indexed ones; a read opens them again, so no
// repository, screen, export or merge ever sees a sealed row. WebCrypto's promises are not
// IndexedDB requests: while the crypto runs, the transaction is kept alive with small reads,
// and the work goes on inside one of their success events (as Dexie.waitFor does).
import Dexie, { type DBCore, type DBCoreCountRequest, type DBCoreCursor, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreQueryRequest, type DBCoreQueryResponse, type DBCoreTable, type DBCoreTransaction, type Middleware, type Transaction } from 'dexie';
import { forgetOpened, keepOpened, openedBefore } from './vault-cache';
import { decryptRow, isSealed, rowWithContent, sealRow } from './vault-crypto';
import type { Sealed, VaultKeys } from './vault-crypto';
import { vault, VAULT_SCOPE } from './vault';

export type VaultState = 'encrypting' | 'on';

/** One organisation's vault: in the clear, it is what unlocks (its name is shown on the lock screen). */
export interface VaultRecord {
  readonly v: 1;
  readonly id: string;
  /** The organisation's name as the facilitator typed it; '' for a vault made before vaults had names. */
  readonly name?: string;
  readonly state: VaultState;
  readonly createdAt: string;
  readonly keys: VaultKeys;
}

/**
 * The settings row `vault`: every vault on this device. `legacy` names the vault that owns rows
 * sealed before the envelope named its vault (the device's first vault, made by the version with
 * one vault). `wiping` lists vaults whose key is already gone and whose rows are still being
 * deleted: an interrupted wipe is finished from here (vault-repo.ts).
 */
export interface VaultsRow {
  readonly v: 2;
  readonly vaults: readonly VaultRecord[];
  readonly legacy?: string;
  readonly wiping?: readonly string[];
}

/** The stored value in today's shape: the version with one vault stored that vault alone. */
export function readVaultsRow(value: unknown): VaultsRow | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<VaultsRow> & Partial<VaultRecord>;
  if (v.v === 2 && Array.isArray(v.vaults)) return value as VaultsRow;
  if (v.v === 1 && typeof v.id === 'string') return { v: 2, vaults: [value as VaultRecord], legacy: v.id };
  return null;
}

/**
 * Per content table, the fields left in the clear: the primary key and every indexed field
 * (schema.ts), nothing else. docs/vaults.md says why each is there.
 */
export const CLEAR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  workshops: ['id', 'updatedAt', 'deletedAt', 'evaluationOf'],
  participants: ['id', 'workshopId'],
  notes: ['id', 'workshopId', 'questionId'],
  questionStates: ['workshopId', 'questionId'],
  actionPoints: ['id', 'workshopId', 'status', 'dueDate'],
  attachments: ['id', 'workshopId'],
  recovery: ['id', 'workshopId', 'createdAt'],
  settings: ['key'],
};

/** Settings rows that hold content or people's names (the rest are device records). */
export function isSealedSetting(key: unknown): boolean {
  return typeof key === 'string' && (key.startsWith('durable-draft:') || isOwnSetting(key));
}

/**
 * Of those, the ones each vault has its own of (`ownSetting`, vault.ts): in the key `<key>@<vault id>`.
 * (Drafts copied into IndexedDB are made only without a vault: `durable-draft:*` needs no scope.)
 */
export function isOwnSetting(key: string): boolean {
  return key.startsWith('example:') || key.startsWith('many-hands:') || key.startsWith('trusted-signer:') || key === 'signer-name' || key.startsWith(`signer-name${VAULT_SCOPE}`);
}

export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
}

let row: VaultsRow | null = null;
let openId: string | null = null;
let dataKey: CryptoKey | null = null;

/** What the vault is now: none, locked (known, no key in memory) or open. */
export function vaultStatus(): 'none' | 'locked' | 'open' {
  return row === null || row.vaults.length === 0 ? 'none' : dataKey === null ? 'locked' : 'open';
}

/** Every vault on the device as this middleware knows it (null: no vault). */
export function vaultsRow(): VaultsRow | null {
  return row;
}

/** The open vault's record (null when none is open). */
export function vaultRecord(): VaultRecord | null {
  return row?.vaults.find((x) => x.id === openId) ?? null;
}

/**
 * Sets the vaults this middleware works for, and which one is open (with its key). Rows of
 * every other vault are invisible: never opened, never returned, never counted.
 */
export function useVault(next: VaultsRow | null, open: string | null = null, key: CryptoKey | null = null): void {
  // Whatever was opened is forgotten at every change of vault, key or state (lock, switch, wipe).
  forgetOpened();
  row = next;
  openId = next && open && key && next.vaults.some((x) => x.id === open) ? open : null;
  dataKey = openId ? key : null;
  vault.on = next !== null && next.vaults.length > 0;
  vault.open = openId;
  vault.openName = (openId && next?.vaults.find((x) => x.id === openId)?.name) || '';
  vault.heldElsewhere = heldElsewhere;
}

/** The open vault's data key (for the drafts); throws when locked. */
export function openKey(): CryptoKey {
  if (!dataKey) throw new VaultLockedError('the vault is locked');
  return dataKey;
}

/** The open vault's id (for the drafts); throws when locked. */
export function openVaultId(): string {
  if (!openId) throw new VaultLockedError('the vault is locked');
  return openId;
}

/** Which vault a stored row belongs to: `plain` when it is not sealed, null when its vault is unknown. */
export function ownerOf(stored: unknown): string | null | 'plain' {
  const sealed = typeof stored === 'object' && stored !== null ? (stored as { sealed?: unknown }).sealed : undefined;
  if (!isSealed(sealed)) return 'plain';
  return sealed.vault ?? row?.legacy ?? null;
}

/** Whether the open vault sees a stored row: a plain one, or one it sealed. Never throws. */
function seenByOpen(stored: unknown): boolean {
  const owner = ownerOf(stored);
  return owner === 'plain' || (owner !== null && owner === openId);
}

/**
 * Per table, which of its `keys` are held by a row the open vault does not see (another vault's,
 * or one whose vault is gone): a write must leave them alone. Inside a transaction over the
 * tables; read as stored, no crypto; Dexie's promises all the way (no native await that would
 * lose the transaction's zone). Null when no row can be another vault's.
 */
function heldElsewhere(keys: Readonly<Record<string, readonly unknown[]>>): PromiseLike<Readonly<Record<string, ReadonlySet<unknown>>>> | null {
  if (vaultStatus() === 'none' || allShown()) return null;
  const tx = Dexie.currentTransaction as (Transaction & { idbtrans?: object }) | null;
  const trans = tx?.idbtrans;
  if (!tx || !trans) throw new Error('heldElsewhere needs a transaction');
  const names = Object.keys(keys);
  rawDepth.set(trans, (rawDepth.get(trans) ?? 0) + 1);
  return Dexie.Promise.all(names.map((n) => tx.table(n).bulkGet([...(keys[n] ?? [])] as never[])))
    .then((lists: unknown[][]) => Object.fromEntries(names.map((n, i) => [n, new Set((keys[n] ?? []).filter((_k, j) => lists[i]?.[j] !== undefined && !seenByOpen(lists[i]?.[j])))])))
    .finally(() => rawDepth.set(trans, (rawDepth.get(trans) ?? 1) - 1));
}

/** Transactions (DBCore level) that see the rows as stored: the wipe's, which needs no key. */
const rawDepth = new WeakMap<object, number>();

/** Runs `fn` inside the current transaction with this middleware out of the way (rows as stored). */
export async function asStored<T>(fn: () => Promise<T>): Promise<T> {
  const key = (Dexie.currentTransaction as { idbtrans?: object } | null)?.idbtrans;
  if (!key) throw new Error('asStored needs a transaction');
  rawDepth.set(key, (rawDepth.get(key) ?? 0) + 1);
  try {
    return await fn();
  } finally {
    rawDepth.set(key, (rawDepth.get(key) ?? 1) - 1);
  }
}
const isStored = (trans: DBCoreTransaction) => (rawDepth.get(trans) ?? 0) > 0;

/**
 * Whether every stored row is one this middleware would show: one vault on the device, open, and
 * no wipe pending (every sealed row is then its own). Counts and keys-only reads then go to
 * IndexedDB as they are, as fast as without vaults (the board's note counts run at every note).
 */
function allShown(): boolean {
  return row !== null && row.vaults.length === 1 && openId !== null && (row.wiping?.length ?? 0) === 0;
}

/**
 * Which vault each workshop read or written here belongs to ('plain': not sealed). A workshop's
 * rows in the other tables are its vault's, so a count of one workshop's rows can be asked of
 * IndexedDB once its workshop is known to be shown (docs/vaults.md, Several vaults).
 */
const workshopOwner = new Map<string, string | null>();
function noteWorkshop(stored: unknown): void {
  const id = typeof stored === 'object' && stored !== null ? (stored as { id?: unknown }).id : undefined;
  if (typeof id === 'string') workshopOwner.set(id, ownerOf(stored));
}

/** The one workshop a range of a `workshopId…` index covers, if it covers exactly one. */
function oneWorkshop(req: DBCoreCountRequest): string | null {
  const path = req.query.index.keyPath;
  const compound = Array.isArray(path);
  if ((compound ? path[0] : path) !== 'workshopId') return null;
  const { lower, upper } = req.query.range as { lower?: unknown; upper?: unknown };
  const lo: unknown = compound && Array.isArray(lower) ? lower[0] : lower;
  const hi: unknown = compound && Array.isArray(upper) ? upper[0] : upper;
  return typeof lo === 'string' && lo === hi ? lo : null;
}

/** Resolves with `work`'s result inside an IndexedDB success event of `trans`, so it is still active. */
export function during<T>(trans: DBCoreTransaction, work: Promise<T>): Promise<T> {
  const idb = trans as unknown as IDBTransaction;
  return new Promise<T>((resolve, reject) => {
    let settle: (() => void) | null = null;
    work.then(
      (v) => void (settle = () => resolve(v)),
      (e: unknown) => void (settle = () => reject(e)),
    );
    let store: IDBObjectStore;
    try {
      store = idb.objectStore(idb.objectStoreNames[0] as string);
    } catch (e) {
      reject(e);
      return;
    }
    const spin = () => {
      if (settle) settle();
      else {
        const r = store.get(-Infinity);
        r.onsuccess = spin;
        r.onerror = () => reject(r.error);
      }
    };
    spin();
  });
}

/**
 * The middleware, level 5: under the stamping middleware (10), which compares and stamps plain
 * records. Put under every table once this device has a vault (vault-repo.ts); without a vault
 * record it lets writes through as they are.
 */
export const vaultMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'deda-vault',
  level: 5,
  create: (down) => ({
    table: (name) => {
      const t = down.table(name);
      const clear = CLEAR_FIELDS[name];
      return clear ? vaultTable(t, name, clear) : t;
    },
  }),
};

/** What a read hands on in place of a row of another vault: nothing. */
const HIDDEN = Symbol('hidden');
/** A sealed row the cache of opened rows does not have: it has to be decrypted. */
const MISS = Symbol('miss');

function vaultTable(down: DBCoreTable, name: string, clear: readonly string[]): DBCoreTable {
  const keyOf = (r: unknown): unknown => down.schema.primaryKey.extractKey?.(r);
  const applies = (r: Record<string, unknown>) => name !== 'settings' || isSealedSetting(r.key);

  /** Whether a stored row is shown: plain rows and the open vault's; locked, a sealed row is refused. */
  function shown(stored: unknown): boolean {
    if (stored === undefined) return true;
    const owner = ownerOf(stored);
    if (owner === 'plain') return true;
    if (owner !== null && owner === openId) return true;
    // Locked, a row of a vault that is still on the device is refused; a wiped vault's is not there.
    if (!dataKey && owner !== null && row?.vaults.some((x) => x.id === owner)) throw new VaultLockedError('the vault is locked');
    return false;
  }
  /** A stored row as the open vault sees it, without waiting: HIDDEN, as it is, opened from the cache, or MISS. */
  function openNow(stored: unknown, cached: boolean): unknown {
    if (!shown(stored)) return HIDDEN;
    if (typeof stored !== 'object' || stored === null) return stored;
    const sealed = (stored as { sealed?: unknown }).sealed;
    if (!isSealed(sealed)) return stored;
    if (!dataKey) throw new VaultLockedError('the vault is locked');
    const plain = cached ? openedBefore(dataKey, name, keyOf(stored), sealed) : null;
    return plain ? rowWithContent(stored as Record<string, unknown>, plain) : MISS;
  }
  /** Decrypts a row the cache did not have, and keeps what it opened to. */
  async function decryptOne(stored: Record<string, unknown> & { sealed: Sealed }): Promise<unknown> {
    const key = dataKey;
    if (!key) throw new VaultLockedError('the vault is locked');
    const pk = keyOf(stored);
    const plain = await decryptRow(key, name, pk, stored.sealed);
    // A lock (or switch) while this ran has dropped the cache: what this key opened is not kept.
    if (key === dataKey) keepOpened(key, name, pk, stored.sealed, plain);
    return rowWithContent(stored, plain);
  }
  /** Each row opened, or HIDDEN in its place. */
  const openAll = (trans: DBCoreTransaction, rows: readonly unknown[]): Promise<unknown[]> => {
    if (name === 'workshops') rows.forEach(noteWorkshop);
    return openSome(trans, rows);
  };
  /**
   * Rows opened from the cache need no crypto; those it lacks are decrypted. Either way a read with
   * sealed rows is handed on from inside an IndexedDB event of its transaction (`during`), the same
   * path as before the cache: handing cached rows on at once lost Dexie's zone while this layer's
   * methods were still async (see `mutate`), and the event costs one small read, not a decryption.
   */
  const openSome = (trans: DBCoreTransaction, rows: readonly unknown[]): Promise<unknown[]> => {
    if (!rows.some((r) => isSealed((r as { sealed?: unknown } | undefined)?.sealed))) return Promise.resolve(rows as unknown[]);
    // Inside a read-write transaction (a write's own reads: few rows, among them the ones it is
    // about to change) every row is decrypted, as before; the cache serves the reads that run again
    // and again: the live queries'.
    const cached = (trans as unknown as IDBTransaction).mode === 'readonly';
    let out: unknown[];
    try {
      out = rows.map((r) => openNow(r, cached));
    } catch (e) {
      return during(trans, Promise.reject(e as Error));
    }
    return during(trans, Promise.all(out.map((r, i) => (r === MISS ? decryptOne(rows[i] as Record<string, unknown> & { sealed: Sealed }) : r))));
  };
  const visibleOnly = (rows: readonly unknown[]) => rows.filter((r) => r !== HIDDEN);

  // No `async` here: Dexie carries its transaction's zone across a native await only for a
  // limited number of steps, and each async layer adds some. With these methods async, a merge
  // into a device with a vault (erase, then write, in the import's one transaction) lost the
  // zone and failed in the browser ("Transaction committed too early"; before that, Dexie's
  // hooks found no transaction). The fast paths hand on the promise from below as it is; the
  // others chain with `then`. e2e: vaults-many.spec.ts, the merge into a vault.
  function mutate(req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
    if (isStored(req.trans) || (req.type !== 'add' && req.type !== 'put')) return down.mutate(req);
    const rows = req.values as Record<string, unknown>[];
    if (vaultStatus() === 'none' || !rows.some(applies)) return down.mutate(req);
    const key = dataKey;
    const id = openId;
    if (!key || !id) return Promise.reject(new VaultLockedError('the vault is locked'));
    const sealing = Promise.all(rows.map((r) => (applies(r) && !isSealed(r.sealed) ? sealRow(key, id, name, keyOf(r), r, clear) : r)));
    return during(req.trans, sealing).then((values) => {
      if (name === 'workshops') values.forEach(noteWorkshop);
      // What changed is said by the index fields, still in the clear; the rest is now sealed.
      const { updates: _updates, changeSpec: _changeSpec, ...rest } = req as typeof req & { updates?: unknown; changeSpec?: unknown };
      return down.mutate({ ...rest, values } as DBCoreMutateRequest);
    });
  }

  /** A query's visible rows (opened when values are asked for), the limit counted over those. */
  function query(req: DBCoreQueryRequest): Promise<DBCoreQueryResponse> {
    if (isStored(req.trans) || vaultStatus() === 'none' || (!req.values && allShown())) return down.query(req);
    const withValues = { ...req, values: true };
    const visible = (rows: readonly unknown[]) => rows.filter((r) => shown(r));
    const finish = (res: DBCoreQueryResponse, rows: unknown[]): DBCoreQueryResponse | Promise<DBCoreQueryResponse> =>
      req.values ? openAll(req.trans, rows).then((opened) => ({ ...res, result: visibleOnly(opened) })) : { ...res, result: rows.map(keyOf) };
    return down.query(withValues).then((res) => {
      const rows = visible(res.result);
      if (req.limit !== undefined && res.result.length >= req.limit && rows.length < res.result.length) {
        // Rows of another vault took places in the limit: read on without it.
        return down.query({ ...withValues, limit: undefined }).then((all) => finish(all, visible(all.result).slice(0, req.limit)));
      }
      return finish(res, rows);
    });
  }

  function count(req: DBCoreCountRequest): Promise<number> {
    if (isStored(req.trans) || vaultStatus() === 'none' || allShown()) return down.count(req);
    const workshop = name === 'workshops' ? null : oneWorkshop(req);
    const owner = workshop === null ? undefined : workshopOwner.get(workshop);
    if (owner === 'plain' || (owner !== undefined && owner === openId)) return down.count(req);
    if (owner !== undefined && dataKey) return Promise.resolve(0);
    return down.query({ trans: req.trans, query: req.query, values: true }).then((res) => res.result.filter((r) => shown(r)).length);
  }

  return {
    ...down,
    mutate,
    query,
    count,
    get: (req) =>
      down.get(req).then((got: unknown) => {
        if (isStored(req.trans)) return got;
        return openAll(req.trans, [got]).then(([one]) => (one === HIDDEN ? undefined : one));
      }),
    getMany: (req) =>
      down.getMany(req).then((got: unknown[]) => {
        if (isStored(req.trans)) return got;
        return openAll(req.trans, got).then((opened) => opened.map((r) => (r === HIDDEN ? undefined : r)));
      }),
    openCursor: (req) => {
      if (isStored(req.trans) || vaultStatus() === 'none' || (!req.values && allShown())) return down.openCursor(req);
      const look = (v: unknown) => (req.values ? openAll(req.trans, [v]).then((r) => r[0]) : Promise.resolve(shown(v) ? v : HIDDEN));
      return down.openCursor({ ...req, values: true }).then((cursor) => (cursor ? look(cursor.value).then((first) => openingCursor(cursor, first, look)) : cursor));
    },
  };
}

/** A cursor whose value is opened before each step is handed on; rows of another vault are stepped over. */
function openingCursor(inner: DBCoreCursor, first: unknown, openValue: (v: unknown) => Promise<unknown>): DBCoreCursor {
  let value = first;
  let started = false;
  const c: DBCoreCursor = {
    get trans() {
      return inner.trans;
    },
    get key() {
      return inner.key as unknown;
    },
    get primaryKey() {
      return inner.primaryKey as unknown;
    },
    get value() {
      return value;
    },
    get done() {
      return inner.done;
    },
    continue: (key?: unknown) => inner.continue(key),
    continuePrimaryKey: (key: unknown, pk: unknown) => inner.continuePrimaryKey(key, pk),
    advance: (n: number) => inner.advance(n),
    stop: (v?: unknown) => inner.stop(v),
    fail: (e: Error) => inner.fail(e),
    start(onNext) {
      return inner.start(() => {
        const step = () => {
          try {
            onNext();
          } catch (e) {
            inner.fail(e as Error);
          }
        };
        if (!started) {
          // The first row was opened before the cursor was handed out.
          started = true;
          if (value === HIDDEN) inner.continue();
          else step();
          return;
        }
        openValue(inner.value).then(
          (v) => {
            value = v;
            if (v === HIDDEN) inner.continue();
            else step();
          },
          (e: unknown) => inner.fail(e as Error),
        );
      });
    },
    next() {
      let once = 1;
      return c.start(() => (once-- ? c.continue() : c.stop())).then(() => c);
    },
  };
  return c;
}

