// Why: the vault tests (vaults-many, vaults-keys, device-erase) each need the same device: a
// fresh database and localStorage per test, vaults made with a fast KDF, switching between them,
// a restart that forgets everything in memory, and the database read as IndexedDB stores it (no
// Dexie, no middleware) to search it for text. One fixture, so the three cannot drift apart.
import { afterEach, beforeEach, expect } from 'vitest';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { useDraftStorage } from '../../../src/storage/drafts';
import { useVault } from '../../../src/storage/vault-core';
import { commitVault, lock, prepareVault, unlock, vaultNames } from '../../../src/storage/vault-repo';
import { freshName } from '../storage/migration-harness';
import { MemoryStorage } from './memory-storage';

/** A passphrase and a PIN: the two kinds of secret a vault takes. */
export const ROTTERDAM = 'een lange zin voor Rotterdam';
export const HEUSDEN = '246813';

/** What a test sees of its device; the fields are the running test's own. */
export interface VaultDevice {
  /** The localStorage of this test. */
  readonly storage: MemoryStorage;
  /** The database's name, to open it raw or again. */
  readonly name: string;
  /** Makes a vault (a fast KDF: 1,000 rounds) named `org`, which is then open; its id. */
  makeVault(secret: string, org: string): Promise<string>;
  /** Locks and opens vault `id` with `secret`, without the slowdown of earlier wrong tries. */
  switchTo(secret: string, id: string): Promise<void>;
  /** The next start: a new connection, the middleware and the drafts knowing nothing. */
  restart(): void;
  /** Every store as IndexedDB holds it: rows per store, and all of it as one text (bytes as latin1). */
  raw(): Promise<{ counts: Record<string, number>; text: string }>;
  /** The wrong-try count forgotten, as if the slowdown had passed. */
  forgetTries(): void;
}

/** Registers the per-test set-up and clean-up; call once at the top of a test file. */
export function useVaultDevice(label: string): VaultDevice {
  let storage = new MemoryStorage();
  let name = '';
  beforeEach(() => {
    storage = new MemoryStorage();
    (globalThis as { localStorage?: unknown }).localStorage = storage;
    name = freshName(label);
    useDatabase(new DedaDatabase(name));
  });
  afterEach(() => {
    db().close();
    useDatabase(null);
    useVault(null);
    useDraftStorage(null);
    delete (globalThis as { localStorage?: unknown }).localStorage;
  });
  const device: VaultDevice = {
    get storage() {
      return storage;
    },
    get name() {
      return name;
    },
    async makeVault(secret, org) {
      const prepared = await prepareVault(secret, 1_000);
      if (!prepared.ok) throw new Error(prepared.problem);
      expect((await commitVault(prepared.vault, org)).ok).toBe(true);
      return vaultNames().find((v) => v.name === org)!.id;
    },
    async switchTo(secret, id) {
      await lock();
      device.forgetTries();
      expect(await unlock(secret, 'secret', id)).toEqual({ ok: true });
    },
    restart() {
      db().close();
      useVault(null);
      useDraftStorage(null);
      useDatabase(new DedaDatabase(name));
    },
    raw: () => rawStores(name),
    forgetTries() {
      storage.removeItem('deda-tafel:vault-tries');
    },
  };
  return device;
}

async function rawStores(name: string): Promise<{ counts: Record<string, number>; text: string }> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const stores = [...idb.objectStoreNames];
  const lists = await new Promise<unknown[][]>((resolve, reject) => {
    const tx = idb.transaction(stores, 'readonly');
    const out: unknown[][] = [];
    stores.forEach((s, i) => {
      const r = tx.objectStore(s).getAll();
      r.onsuccess = () => (out[i] = r.result as unknown[]);
    });
    tx.oncomplete = () => resolve(out);
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
  const latin1 = new TextDecoder('latin1');
  return {
    counts: Object.fromEntries(stores.map((s, i) => [s, lists[i]?.length ?? 0])),
    text: JSON.stringify(lists, (_k, v: unknown) => (v instanceof Uint8Array ? latin1.decode(v) : v)),
  };
}
