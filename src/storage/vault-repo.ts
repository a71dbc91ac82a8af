// Why: the life of the vaults on this device (docs/vaults.md): one made from a passphrase or PIN
// (the recovery code shown first), the existing rows sealed in place in a pass that resumes when
// interrupted; more vaults, one per organisation, each with its own passphrase; one unlocked at a
// time with its passphrase or recovery code (wrong tries slowed down), locked again (the key and
// the opened drafts forgotten); and wiped, its key first (crypto-shredding). Loaded with the
// vault screens and the lock screen, never in the first load.
import { checkSecret, waitAfter, type SecretProblem } from '../domain/vault-secret';
import { nowIso } from '../domain/time';
import { db } from './db';
import { asRemote } from './stamping-core';
import { ownSetting, VAULT_KEY, VAULT_SCOPE } from './vault';
import { asStored, CLEAR_FIELDS, isOwnSetting, openKey, ownerOf, readVaultsRow, useVault, vaultMiddleware, vaultRecord, vaultsRow, vaultStatus, type VaultRecord, type VaultsRow } from './vault-core';
import { newVault, unlockWithRecoveryCode, unlockWithSecret, type VaultKeys } from './vault-crypto';
import { closeDrafts, draftsOfVault, draftsWritten, dropDraftsOfVaults, openDrafts } from './vault-drafts';
import { TOMBSTONES } from './stamping';
import { flushAll, write, type WriteResult } from './write';

export { vaultStatus };

const installed = new WeakSet<object>();

/**
 * Puts the vault's middleware under every table of the open database. Dexie builds its stack
 * when it opens, so the database is closed and opened again (its queries wait for that).
 */
async function install(): Promise<void> {
  const d = db();
  if (installed.has(d)) return;
  installed.add(d);
  d.close({ disableAutoOpen: false });
  d.use(vaultMiddleware);
  await d.open();
}

/** A vault made in memory, its recovery code not yet confirmed: nothing is stored yet. */
export interface PreparedVault {
  readonly keys: VaultKeys;
  readonly dataKey: CryptoKey;
  readonly recoveryCode: string;
}

export async function prepareVault(secret: string, iterations?: number): Promise<{ ok: true; vault: PreparedVault } | { ok: false; problem: SecretProblem }> {
  const check = checkSecret(secret);
  if (!check.ok) return check;
  return { ok: true, vault: await newVault(secret, check.kind, iterations) };
}

/** Every table a vault seals, in the order the first pass takes them. */
const SEALED_TABLES = Object.keys(CLEAR_FIELDS);

/** The `vault` row as stored now. */
async function storedRow(): Promise<VaultsRow | null> {
  return readVaultsRow((await db().settings.get(VAULT_KEY))?.value);
}

/** Changes the `vault` row in one transaction (read and written together); none left: the row goes. */
async function changeRow(change: (r: VaultsRow | null) => VaultsRow | null): Promise<VaultsRow | null> {
  const d = db();
  return d.transaction('rw', d.settings, async () => {
    const next = change(await storedRow());
    if (next && (next.vaults.length > 0 || (next.wiping?.length ?? 0) > 0)) await d.settings.put({ key: VAULT_KEY, value: next });
    else await d.settings.delete(VAULT_KEY);
    return next && (next.vaults.length > 0 || (next.wiping?.length ?? 0) > 0) ? next : null;
  });
}

/**
 * Seals every plain row of every content table, one transaction per table (stamping off: the
 * records do not change). Rows already sealed are sealed again, so the pass can simply start over;
 * another vault's rows are not read at all.
 */
async function sealExisting(): Promise<void> {
  const d = db();
  for (const name of SEALED_TABLES) {
    const t = d.table(name);
    await d.transaction('rw', t, () => asRemote(() => t.toArray().then((rows) => t.bulkPut(rows))));
  }
  const record = vaultRecord();
  if (record && record.state !== 'on') {
    const next = await changeRow((r) => r && { ...r, vaults: r.vaults.map((x) => (x.id === record.id ? { ...x, state: 'on' as const } : x)) });
    useVault(next, record.id, openKey());
  }
}

/**
 * Device records with content stored under one key for the whole device (written before the first
 * vault, or by the version before vaults had their own) become the open vault's own (`ownSetting`):
 * opened, written again under the vault's key, the old key removed, in one transaction. Rows of
 * another vault are not read. Nothing to do (the usual case) costs one read of the keys as stored.
 */
async function adoptSettings(): Promise<void> {
  const open = vaultRecord()?.id;
  if (!open || vaultStatus() !== 'open') return;
  const old = (await rowsOf('settings', [open])).map((r) => String(r.key)).filter((k) => isOwnSetting(k) && !k.includes(VAULT_SCOPE));
  if (old.length === 0) return;
  const t = db().settings;
  await db().transaction('rw', t, async () => {
    const rows = await t.bulkGet(old);
    await t.bulkPut(rows.flatMap((r) => (r ? [{ ...r, key: ownSetting(r.key) }] : [])));
    await t.bulkDelete(old);
  });
}

/** Remembers which vault was opened last: the lock screen offers it first. */
const LAST = 'deda-tafel:vault-last';
function rememberLast(id: string | null): void {
  try {
    if (id) globalThis.localStorage?.setItem(LAST, id);
    else globalThis.localStorage?.removeItem(LAST);
  } catch {
    // not remembered: the lock screen offers the first vault
  }
}
export function lastOpened(): string | null {
  try {
    return globalThis.localStorage?.getItem(LAST) ?? null;
  } catch {
    return null;
  }
}

/**
 * Stores a vault (the user has written the recovery code down) and seals what is on the
 * device. From the moment the vault row is written every write is sealed; the state says
 * `encrypting` until the pass is through. On a device that has a vault already, this is another
 * organisation's: the open vault is locked first, and the new one starts empty (every row on the
 * device is the other vault's, sealed, and stays so).
 */
export async function commitVault(prepared: PreparedVault, name = ''): Promise<WriteResult<void>> {
  // Before the write: locking waits for every write in flight.
  if (vaultStatus() === 'open') await lock();
  return write(async () => {
    await install();
    const record: VaultRecord = { v: 1, id: crypto.randomUUID(), name: name.trim(), state: 'encrypting', createdAt: nowIso(), keys: prepared.keys };
    const next = await changeRow((r) => ({ ...(r ?? { v: 2 as const }), vaults: [...(r?.vaults ?? []), record] }));
    useVault(next, record.id, prepared.dataKey);
    rememberLast(record.id);
    await openDrafts(prepared.dataKey, record.id);
    await sealExisting();
    await adoptSettings();
  });
}

/** A vault as the screens see it: its id and its name (in the clear, see docs/vaults.md). */
export interface VaultName {
  readonly id: string;
  readonly name: string;
}

/** Every vault on this device, oldest first. */
export function vaultNames(): VaultName[] {
  return (vaultsRow()?.vaults ?? []).map((x) => ({ id: x.id, name: x.name ?? '' }));
}

/** The vault that is open, if one is. */
export function openVault(): VaultName | null {
  const r = vaultRecord();
  return r && vaultStatus() === 'open' ? { id: r.id, name: r.name ?? '' } : null;
}

/** Gives a vault its name (or another one): it is what the lock screen lists. */
export function renameVault(id: string, name: string): Promise<WriteResult<void>> {
  return write(async () => {
    const next = await changeRow((r) => r && { ...r, vaults: r.vaults.map((x) => (x.id === id ? { ...x, name: name.trim() } : x)) });
    useVault(next, vaultRecord()?.id ?? null, vaultStatus() === 'open' ? openKey() : null);
  });
}

/** Whether another vault can be made now: every vault sealed through (no first pass under way). */
export function canAddVault(): boolean {
  return (vaultsRow()?.vaults ?? []).every((x) => x.state === 'on');
}

// ---- wrong tries ----

const TRIES = 'deda-tafel:vault-tries';
interface Tries {
  readonly wrong: number;
  readonly at: number;
}

function readTries(): Tries {
  try {
    const t = JSON.parse(globalThis.localStorage?.getItem(TRIES) ?? 'null') as Tries | null;
    return t && typeof t.wrong === 'number' && typeof t.at === 'number' ? t : { wrong: 0, at: 0 };
  } catch {
    return { wrong: 0, at: 0 };
  }
}

function storeTries(t: Tries | null): void {
  try {
    if (t) globalThis.localStorage?.setItem(TRIES, JSON.stringify(t));
    else globalThis.localStorage?.removeItem(TRIES);
  } catch {
    // Not remembered: the slowdown then starts again after a reload.
  }
}

/** Milliseconds until the next try is allowed (0: now). */
export function waitBeforeTry(now = Date.now()): number {
  const t = readTries();
  return Math.max(0, t.at + waitAfter(t.wrong) - now);
}

export type UnlockResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'wrong' | 'wait'; readonly waitMs: number };

/** Opens a vault (the only one, unless `vaultId` says which) with its passphrase, PIN or recovery code. */
export async function unlock(typed: string, with_: 'secret' | 'recovery' = 'secret', vaultId?: string): Promise<UnlockResult> {
  const wait = waitBeforeTry();
  if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
  await install();
  const row = await storedRow();
  const record = row?.vaults.find((x) => x.id === vaultId) ?? row?.vaults[0];
  if (!row || !record) return { ok: true };
  const key = with_ === 'secret' ? await unlockWithSecret(record.keys, typed) : await unlockWithRecoveryCode(record.keys, typed);
  if (!key) {
    const t = { wrong: readTries().wrong + 1, at: Date.now() };
    storeTries(t);
    return { ok: false, reason: 'wrong', waitMs: waitAfter(t.wrong) };
  }
  storeTries(null);
  useVault(row, record.id, key);
  rememberLast(record.id);
  await openDrafts(key, record.id);
  // A first pass that was interrupted goes on now.
  if (record.state !== 'on') await write(sealExisting);
  // Device records left under the device-wide key (the version before) become this vault's own.
  await write(adoptSettings);
  return { ok: true };
}

/**
 * At start on a device with a vault: the middleware knows the vaults, and refuses everything
 * until one is unlocked. A wipe that was interrupted is finished first. The vaults, for the
 * lock screen (none: the last one was being wiped, the device has no vault any more).
 */
export async function markLocked(): Promise<VaultName[]> {
  await install();
  useVault(await storedRow());
  if ((vaultsRow()?.wiping?.length ?? 0) > 0) await finishWipes();
  return vaultNames();
}

/** Saves what is waiting, writes the drafts sealed, and forgets the key. */
export async function lock(): Promise<void> {
  await flushAll().catch(() => undefined);
  await draftsWritten();
  await closeDrafts();
  useVault(vaultsRow());
}

// ---- wipe: the key first ----

/** What a wipe of a vault takes away, counted from the rows as stored (no key needed). */
export interface VaultContents {
  readonly workshops: number;
  readonly photos: number;
  readonly snapshots: number;
  readonly drafts: number;
}

/** The stored rows of `table` that belong to one of `ids`. */
async function rowsOf(table: string, ids: readonly string[]): Promise<Record<string, unknown>[]> {
  const d = db();
  const t = d.table(table);
  const rows = await d.transaction('r', t, () => asStored(() => t.toArray() as Promise<Record<string, unknown>[]>));
  return rows.filter((r) => {
    const owner = ownerOf(r);
    return owner !== 'plain' && owner !== null && ids.includes(owner);
  });
}

export async function vaultContents(id: string): Promise<VaultContents> {
  const [workshops, photos, snapshots, settings] = await Promise.all(['workshops', 'attachments', 'recovery', 'settings'].map((t) => rowsOf(t, [id])));
  const durable = (settings ?? []).filter((r) => String(r.key).startsWith('durable-draft:')).length;
  return { workshops: workshops?.length ?? 0, photos: photos?.length ?? 0, snapshots: snapshots?.length ?? 0, drafts: durable + draftsOfVault(id) };
}

/**
 * Deletes every row sealed under these vaults (their keys are already gone), table by table, and
 * the tombstones of their workshops (ids and dates only, but of workshops that are no more).
 * Stamping off: a wipe is not a change to pass on to another copy.
 */
async function sweep(ids: readonly string[]): Promise<void> {
  const d = db();
  const workshops = new Set((await rowsOf('workshops', ids)).map((r) => String(r.id)));
  if (workshops.size > 0 && d.tables.some((t) => t.name === TOMBSTONES)) {
    const t = d.table(TOMBSTONES);
    await d.transaction('rw', t, () => asRemote(() => t.filter((r: { workshopId?: string }) => workshops.has(String(r.workshopId))).delete()));
  }
  // The workshops last: until they are gone, a sweep that is interrupted still finds their tombstones.
  for (const name of [...SEALED_TABLES.filter((n) => n !== 'workshops'), 'workshops']) {
    const t = d.table(name);
    await d.transaction('rw', t, () =>
      asRemote(() =>
        asStored(async () => {
          const doomed = (await t.toArray()).filter((r) => {
            const owner = ownerOf(r);
            return owner !== 'plain' && owner !== null && ids.includes(owner);
          });
          await t.bulkDelete(doomed.map((r) => t.core.schema.primaryKey.extractKey?.(r)) as never[]);
        }),
      ),
    );
  }
  dropDraftsOfVaults(ids);
}

/** Finishes wipes that were interrupted: their keys are gone; now their rows go too. */
async function finishWipes(): Promise<void> {
  const ids = vaultsRow()?.wiping ?? [];
  if (ids.length === 0) return;
  await sweep(ids);
  const next = await changeRow((r) => r && { ...r, wiping: (r.wiping ?? []).filter((x) => !ids.includes(x)), ...(r.legacy && ids.includes(r.legacy) ? { legacy: undefined } : {}) });
  useVault(next, vaultRecord()?.id ?? null, vaultStatus() === 'open' ? openKey() : null);
}

/**
 * A wipe's first step, in its own transaction: the vault's wrapped keys leave the device and its
 * id is noted as being wiped. From here on its rows can never be read, and are invisible.
 */
export async function forgetVaultKey(id: string): Promise<void> {
  if (vaultRecord()?.id === id) {
    await draftsWritten();
    await closeDrafts();
  }
  const open = vaultRecord()?.id === id ? null : (vaultRecord()?.id ?? null);
  const key = open && vaultStatus() === 'open' ? openKey() : null;
  const next = await changeRow((r) => r && { ...r, vaults: r.vaults.filter((x) => x.id !== id), wiping: [...(r.wiping ?? []).filter((x) => x !== id), id] });
  useVault(next, open, key);
  if (lastOpened() === id) rememberLast(null);
}

/**
 * Removes a vault from this device: its key first (crypto-shredding), then its rows, photos,
 * snapshots and drafts. A wipe cut short is finished at the next start (`markLocked`). Wiping the
 * open vault closes it.
 */
export function wipeVault(id: string): Promise<WriteResult<void>> {
  return write(async () => {
    await install();
    await forgetVaultKey(id);
    await finishWipes();
  });
}
