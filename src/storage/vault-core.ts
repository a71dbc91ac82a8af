// Why: encryption at rest happens in one place, under every table (docs/vaults.md): this is the
// DBCore middleware's work, loaded only on a device with a vault. A write to a content table
// seals every field but the primary key and the indexed ones; a read opens them again, so no
// repository, screen, export or merge ever sees a sealed row. WebCrypto's promises are not
// IndexedDB requests: while the crypto runs, the transaction is kept alive with small reads,
// and the work goes on inside one of their success events (as Dexie.waitFor does).
import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isSealed, openRow, sealRow } from './vault-crypto';
import type { VaultKeys } from './vault-crypto';
import { vault } from './vault';

export type VaultState = 'encrypting' | 'on';

/** The settings row of the device's vault: in the clear, it is what unlocks. */
export interface VaultRecord {
  readonly v: 1;
  readonly id: string;
  readonly state: VaultState;
  readonly createdAt: string;
  readonly keys: VaultKeys;
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
  return typeof key === 'string' && (key.startsWith('example:') || key.startsWith('durable-draft:') || key.startsWith('many-hands:') || key.startsWith('trusted-signer:') || key === 'signer-name');
}

export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
}

let record: VaultRecord | null = null;
let dataKey: CryptoKey | null = null;

/** What the vault is now: none, locked (known, no key in memory) or open. */
export function vaultStatus(): 'none' | 'locked' | 'open' {
  return record === null ? 'none' : dataKey === null ? 'locked' : 'open';
}

export function vaultRecord(): VaultRecord | null {
  return record;
}

/** Sets the vault this middleware works for; the key only while it is open. */
export function useVault(next: VaultRecord | null, key: CryptoKey | null): void {
  record = next;
  dataKey = next ? key : null;
  vault.on = next !== null;
}

/** The open vault's data key (for the drafts); throws when locked. */
export function openKey(): CryptoKey {
  if (!dataKey) throw new VaultLockedError('the vault is locked');
  return dataKey;
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

function vaultTable(down: DBCoreTable, name: string, clear: readonly string[]): DBCoreTable {
  const keyOf = (row: unknown): unknown => down.schema.primaryKey.extractKey?.(row);
  const applies = (row: Record<string, unknown>) => name !== 'settings' || isSealedSetting(row.key);

  async function openOne(row: unknown): Promise<unknown> {
    if (typeof row !== 'object' || row === null || !isSealed((row as { sealed?: unknown }).sealed)) return row;
    if (!dataKey) throw new VaultLockedError('the vault is locked');
    return openRow(dataKey, name, keyOf(row), row as Record<string, unknown>);
  }
  const openAll = (trans: DBCoreTransaction, rows: readonly unknown[]) => (rows.some((r) => isSealed((r as { sealed?: unknown } | undefined)?.sealed)) ? during(trans, Promise.all(rows.map(openOne))) : Promise.resolve(rows as unknown[]));

  async function mutate(req: DBCoreMutateRequest) {
    if (req.type !== 'add' && req.type !== 'put') return down.mutate(req);
    const rows = req.values as Record<string, unknown>[];
    if (record === null || !rows.some(applies)) return down.mutate(req);
    const key = dataKey;
    if (!key) throw new VaultLockedError('the vault is locked');
    const values = await during(
      req.trans,
      Promise.all(rows.map((row) => (applies(row) && !isSealed(row.sealed) ? sealRow(key, name, keyOf(row), row, clear) : row))),
    );
    // What changed is said by the index fields, still in the clear; the rest is now sealed.
    const { updates: _updates, changeSpec: _changeSpec, ...rest } = req as typeof req & { updates?: unknown; changeSpec?: unknown };
    return down.mutate({ ...rest, values } as DBCoreMutateRequest);
  }

  return {
    ...down,
    mutate,
    get: async (req) => (await openAll(req.trans, [await down.get(req)]))[0],
    getMany: async (req) => openAll(req.trans, await down.getMany(req)),
    query: async (req) => {
      const res = await down.query(req);
      return req.values ? { ...res, result: await openAll(req.trans, res.result) } : res;
    },
    openCursor: async (req) => {
      const cursor = await down.openCursor(req);
      if (!cursor || !req.values) return cursor;
      const first = await openAll(req.trans, [cursor.value]);
      return openingCursor(cursor, first[0], (v) => openAll(req.trans, [v]).then((r) => r[0]));
    },
  };
}

/** A cursor whose value is opened before each step is handed on. */
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
          step();
          return;
        }
        openValue(inner.value).then(
          (v) => {
            value = v;
            step();
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

