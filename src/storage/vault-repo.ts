// Why: a vault's life on this device (docs/vaults.md): made from a passphrase or PIN (the
// recovery code shown first), its existing rows sealed in place in a pass that resumes when
// interrupted, unlocked with the passphrase or the recovery code (wrong tries slowed down),
// locked again (the key and the opened drafts forgotten). Loaded with the vault screens and the
// lock screen, never in the first load.
import { checkSecret, waitAfter, type SecretProblem } from '../domain/vault-secret';
import { nowIso } from '../domain/time';
import { db } from './db';
import { asRemote } from './stamping-core';
import { VAULT_KEY } from './vault';
import { CLEAR_FIELDS, openKey, useVault, vaultMiddleware, vaultRecord, vaultStatus, type VaultRecord } from './vault-core';
import { newVault, unlockWithRecoveryCode, unlockWithSecret, type VaultKeys } from './vault-crypto';
import { closeDrafts, draftsWritten, openDrafts } from './vault-drafts';
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

/**
 * Seals every plain row of every content table, one transaction per table (stamping off: the
 * records do not change). Rows already sealed are sealed again, so the pass can simply start over.
 */
async function sealExisting(): Promise<void> {
  const d = db();
  for (const name of SEALED_TABLES) {
    const t = d.table(name);
    await d.transaction('rw', t, () => asRemote(() => t.toArray().then((rows) => t.bulkPut(rows))));
  }
  const record = vaultRecord();
  if (record && record.state !== 'on') {
    const done: VaultRecord = { ...record, state: 'on' };
    await d.settings.put({ key: VAULT_KEY, value: done });
    useVault(done, openKey());
  }
}

/**
 * Stores the vault (the user has written the recovery code down) and seals what is on the
 * device. From the moment the vault row is written every write is sealed; the state says
 * `encrypting` until the pass is through.
 */
export function commitVault(prepared: PreparedVault): Promise<WriteResult<void>> {
  return write(async () => {
    await install();
    const record: VaultRecord = { v: 1, id: crypto.randomUUID(), state: 'encrypting', createdAt: nowIso(), keys: prepared.keys };
    await db().settings.put({ key: VAULT_KEY, value: record });
    useVault(record, prepared.dataKey);
    await openDrafts(prepared.dataKey);
    await sealExisting();
  });
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

/** Opens the vault with its passphrase, PIN or recovery code. */
export async function unlock(typed: string, with_: 'secret' | 'recovery' = 'secret'): Promise<UnlockResult> {
  const wait = waitBeforeTry();
  if (wait > 0) return { ok: false, reason: 'wait', waitMs: wait };
  await install();
  const row = await db().settings.get(VAULT_KEY);
  const record = row?.value as VaultRecord | undefined;
  if (!record) return { ok: true };
  const key = with_ === 'secret' ? await unlockWithSecret(record.keys, typed) : await unlockWithRecoveryCode(record.keys, typed);
  if (!key) {
    const t = { wrong: readTries().wrong + 1, at: Date.now() };
    storeTries(t);
    return { ok: false, reason: 'wrong', waitMs: waitAfter(t.wrong) };
  }
  storeTries(null);
  useVault(record, key);
  await openDrafts(key);
  // A first pass that was interrupted goes on now.
  if (record.state !== 'on') await write(sealExisting);
  return { ok: true };
}

/** At start on a device with a vault: the middleware knows it, and refuses everything until unlock. */
export async function markLocked(): Promise<void> {
  await install();
  const row = await db().settings.get(VAULT_KEY);
  useVault((row?.value as VaultRecord | undefined) ?? null, null);
}

/** Saves what is waiting, writes the drafts sealed, and forgets the key. */
export async function lock(): Promise<void> {
  await flushAll().catch(() => undefined);
  await draftsWritten();
  await closeDrafts();
  useVault(vaultRecord(), null);
}
