// Why: a sentence being typed survives a reload (drafts.ts), and with a vault on it must not sit
// in localStorage in plain text (docs/vaults.md, Drafts). This store keeps the drafts in memory
// while the vault is open and writes each one to localStorage sealed under the data key, a few
// milliseconds after the keystroke. At unlock every draft is opened into memory again, so that
// reading one stays synchronous; at lock the writes still under way are waited for. Each draft
// names the vault that sealed it (`sealed2:<vault>.<iv>.<ct>`): another vault's drafts are left
// alone, a wiped vault's are removed.
import { base64 } from '../exchange/base64';
import { PREFIX, useDraftStorage } from './drafts';
import { vaultsRow } from './vault-core';
import { open, recordAad, seal, type Sealed } from './vault-crypto';

/** A draft sealed by the version with one vault (its vault: the row's `legacy`). */
const SEALED_V1 = 'sealed1:';
const SEALED = 'sealed2:';
const aad = (key: string) => recordAad('draft', key);

let memory = new Map<string, string>();
/** Per draft, which write is the newest: an older seal finishing late never overwrites it. */
const latest = new Map<string, number>();
let counter = 0;
const pending = new Set<Promise<void>>();

function ls(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function encodeSealed(vaultId: string, s: Sealed): string {
  return `${SEALED}${vaultId}.${base64.encode(s.iv)}.${base64.encode(s.ct)}`;
}

/** The vault a stored draft belongs to: null for a plain one, '' when it names no known vault's legacy. */
function draftVault(raw: string): string | null {
  if (raw.startsWith(SEALED)) return raw.slice(SEALED.length).split('.')[0] ?? '';
  if (raw.startsWith(SEALED_V1)) return vaultsRow()?.legacy ?? '';
  return null;
}

function decodeSealed(text: string): Sealed | null {
  const parts = text.startsWith(SEALED) ? text.slice(SEALED.length).split('.').slice(1) : text.slice(SEALED_V1.length).split('.');
  const [iv, ct] = parts;
  if (!iv || !ct) return null;
  return { v: 1, iv: base64.decode(iv) as Uint8Array<ArrayBuffer>, ct: base64.decode(ct) as Uint8Array<ArrayBuffer> };
}

/** Every draft key in localStorage with what is stored under it. */
function storedDrafts(): [string, string][] {
  const store = ls();
  const out: [string, string][] = [];
  for (let i = 0; store && i < store.length; i += 1) {
    const k = store.key(i);
    const raw = k?.startsWith(PREFIX) ? store.getItem(k) : null;
    if (k && raw != null) out.push([k, raw]);
  }
  return out;
}

/** How many drafts in localStorage belong to these vaults. */
export function draftsOfVault(vaultId: string): number {
  return storedDrafts().filter(([, raw]) => draftVault(raw) === vaultId).length;
}

/** Removes the drafts these vaults sealed (their key is gone: the wipe). */
export function dropDraftsOfVaults(vaultIds: readonly string[]): void {
  for (const [k, raw] of storedDrafts()) {
    const v = draftVault(raw);
    if (v !== null && vaultIds.includes(v)) ls()?.removeItem(k);
  }
}

let openVault = '';

function write(dataKey: CryptoKey, key: string, text: string): void {
  const n = ++counter;
  latest.set(key, n);
  const vaultId = openVault;
  const job = seal(dataKey, aad(key), text)
    .then((s) => {
      if (latest.get(key) === n) ls()?.setItem(key, encodeSealed(vaultId, s));
    })
    .catch(() => undefined)
    .finally(() => pending.delete(job));
  pending.add(job);
}

/**
 * Opens every draft of the open vault in localStorage into memory (sealing any plain one left
 * from before the vault) and puts this store in localStorage's place for drafts.ts. It holds
 * full keys (`deda-tafel:draft:…`), as localStorage does. Another vault's drafts stay as they are.
 */
export async function openDrafts(dataKey: CryptoKey, vaultId: string): Promise<void> {
  memory = new Map();
  openVault = vaultId;
  const store = ls();
  const known = new Set(vaultsRow()?.vaults.map((x) => x.id) ?? []);
  for (const [key, raw] of storedDrafts()) {
    const owner = draftVault(raw);
    if (owner === null) {
      memory.set(key, raw);
      write(dataKey, key, raw);
      continue;
    }
    if (owner !== vaultId) {
      // Another vault's draft waits for its vault; a wiped vault's can never be read again.
      if (!known.has(owner)) store?.removeItem(key);
      continue;
    }
    const sealed = decodeSealed(raw);
    try {
      if (sealed) memory.set(key, String(await open(dataKey, aad(key), sealed)));
    } catch {
      // Sealed under a key that is gone (a vault wiped): nothing can read it any more.
      store?.removeItem(key);
    }
  }
  useDraftStorage(memoryStorage(dataKey));
}

/** What drafts.ts needs of a Storage: reads from memory, writes sealed to localStorage. */
function memoryStorage(dataKey: CryptoKey | null): Storage {
  const s = {
    get length() {
      return memory.size;
    },
    key: (i: number) => [...memory.keys()][i] ?? null,
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, text: string) => {
      if (!dataKey) return;
      memory.set(key, text);
      write(dataKey, key, text);
    },
    removeItem: (key: string) => {
      memory.delete(key);
      latest.set(key, ++counter);
      ls()?.removeItem(key);
    },
    clear: () => undefined,
  };
  return s as Storage;
}

/** Waits for the drafts being sealed, then forgets them from memory (the vault locks). */
export async function closeDrafts(): Promise<void> {
  await draftsWritten();
  memory = new Map();
  // Locked: nothing is kept until the vault is open again (the lock screen is all there is).
  useDraftStorage(memoryStorage(null));
}

/** Until every draft being sealed is in localStorage. */
export async function draftsWritten(): Promise<void> {
  while (pending.size > 0) await Promise.all(pending);
}
