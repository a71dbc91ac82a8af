// Why: "Alles van dit apparaat wissen" (issue 13, docs/vaults.md, Whole-device erase): a tablet
// that changes hands, or ends its service, must be left with nothing of any organisation on it.
// Every vault's key goes first, in one transaction (crypto-shredding: from that moment whatever
// is left can be read by nobody), then the drafts and preferences in localStorage, then every row
// of every table in one more transaction. A marker written with the first step says an erase is
// under way; a start that finds it finishes the erase before anything is shown (open.ts). A
// device without vaults is erased the same way, only without keys to shred. The rows are read
// and deleted as IndexedDB stores them, below Dexie and its middlewares: no key is needed, and
// nothing is stamped or sealed on the way.
import { db } from './db';
import { flushDrafts, DURABLE } from './durable-drafts';
import { PREFIX as DRAFT_PREFIX } from './drafts';
import { ERASING_KEY, vault, VAULT_KEY } from './vault';
import { forgetOpened } from './vault-cache';
import { flushAll } from './write';

/** Every localStorage key of the app starts with this (drafts, preferences, the lock's counts). */
const APP_KEYS = 'deda-tafel';

/** What an erase takes away, counted from every row as stored (every vault's, no key needed). */
export interface DeviceContents {
  /** Vaults (organisations) on the device; 0 on a device without vaults. */
  readonly organisations: number;
  /** Workshops, the bin included. */
  readonly workshops: number;
  readonly photos: number;
  readonly snapshots: number;
  readonly drafts: number;
}

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('erase aborted'));
  });
}

/** The database as IndexedDB has it (Dexie opens it first if needed). */
async function backend(): Promise<IDBDatabase> {
  const d = db();
  if (!d.isOpen()) await d.open();
  return d.backendDB();
}

function appKeys(storage: Storage | undefined, prefix = APP_KEYS): string[] {
  if (!storage) return [];
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k !== null && k.startsWith(prefix)) keys.push(k);
  }
  return keys;
}

function vaultCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const v = value as { v?: unknown; vaults?: unknown };
  if (v.v === 2 && Array.isArray(v.vaults)) return v.vaults.length;
  return v.v === 1 ? 1 : 0;
}

export async function deviceContents(): Promise<DeviceContents> {
  // Drafts still on their way (to IndexedDB without a vault, sealed to localStorage with one) are counted where they land.
  await flushDrafts();
  if (vault.on) await import('./vault-drafts').then((m) => m.draftsWritten());
  const idb = await backend();
  const tx = idb.transaction(['workshops', 'attachments', 'recovery', 'settings'], 'readonly');
  const [workshops, photos, snapshots, vaults, durable] = await Promise.all([
    request(tx.objectStore('workshops').count()),
    request(tx.objectStore('attachments').count()),
    request(tx.objectStore('recovery').count()),
    request(tx.objectStore('settings').get(VAULT_KEY) as IDBRequest<{ value?: unknown } | undefined>),
    request(tx.objectStore('settings').getAllKeys(IDBKeyRange.bound(DURABLE, `${DURABLE}\uffff`))),
  ]);
  // A draft kept in localStorage and copied into IndexedDB (durable-drafts.ts) is one draft.
  const drafts = new Set([...durable.map((k) => String(k).slice(DURABLE.length)), ...appKeys(globalThis.localStorage, DRAFT_PREFIX)]);
  return { organisations: vaultCount(vaults?.value), workshops, photos, snapshots, drafts: drafts.size };
}

/**
 * The erase's first step, one transaction: every vault's wrapped data keys leave the device (the
 * `vault` row holds them all) and the marker is written. From here on no row of any vault can be
 * opened again, by anyone.
 */
export async function forgetAllKeys(): Promise<void> {
  // What is waiting to be written goes first, so that nothing lands after the erase.
  await flushAll().catch(() => undefined);
  await flushDrafts();
  const idb = await backend();
  const tx = idb.transaction('settings', 'readwrite');
  const store = tx.objectStore('settings');
  store.delete(VAULT_KEY);
  store.put({ key: ERASING_KEY, value: { at: new Date().toISOString() } });
  await done(tx);
  // No key is left to open anything with; neither is anything opened before.
  forgetOpened();
}

/**
 * The rest, also what a start that finds the marker does: every app key in localStorage, then
 * every row of every table in one transaction (the marker with them). The device is then as new.
 */
export async function finishErase(): Promise<void> {
  const storage = globalThis.localStorage;
  for (const k of appKeys(storage)) storage.removeItem(k);
  const idb = await backend();
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, 'readwrite');
  for (const n of names) tx.objectStore(n).clear();
  await done(tx);
}

/** Whether an erase was cut short (the marker is there). */
export async function eraseUnderWay(): Promise<boolean> {
  const idb = await backend();
  const tx = idb.transaction('settings', 'readonly');
  return (await request(tx.objectStore('settings').getKey(ERASING_KEY))) !== undefined;
}

/** Erases everything of the app on this device: keys first, then localStorage, then every row. */
export async function eraseDevice(): Promise<void> {
  await forgetAllKeys();
  await finishErase();
}
