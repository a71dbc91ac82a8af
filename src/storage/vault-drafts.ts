// Why: a sentence being typed survives a reload (drafts.ts), and with a vault on it must not sit
// in localStorage in plain text (docs/vaults.md, Drafts). This store keeps the drafts in memory
// while the vault is open and writes each one to localStorage sealed under the data key, a few
// milliseconds after the keystroke. At unlock every draft is opened into memory again, so that
// reading one stays synchronous; at lock the writes still under way are waited for.
import { base64 } from '../exchange/base64';
import { PREFIX, useDraftStorage } from './drafts';
import { open, recordAad, seal, type Sealed } from './vault-crypto';

const SEALED = 'sealed1:';
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

function encodeSealed(s: Sealed): string {
  return `${SEALED}${base64.encode(s.iv)}.${base64.encode(s.ct)}`;
}

function decodeSealed(text: string): Sealed | null {
  const [iv, ct] = text.slice(SEALED.length).split('.');
  if (!iv || !ct) return null;
  return { v: 1, iv: base64.decode(iv) as Uint8Array<ArrayBuffer>, ct: base64.decode(ct) as Uint8Array<ArrayBuffer> };
}

function write(dataKey: CryptoKey, key: string, text: string): void {
  const n = ++counter;
  latest.set(key, n);
  const job = seal(dataKey, aad(key), text)
    .then((s) => {
      if (latest.get(key) === n) ls()?.setItem(key, encodeSealed(s));
    })
    .catch(() => undefined)
    .finally(() => pending.delete(job));
  pending.add(job);
}

/**
 * Opens every draft in localStorage into memory (sealing any plain one left from before the
 * vault) and puts this store in localStorage's place for drafts.ts. It holds full keys
 * (`deda-tafel:draft:…`), as localStorage does.
 */
export async function openDrafts(dataKey: CryptoKey): Promise<void> {
  memory = new Map();
  const store = ls();
  const keys: string[] = [];
  for (let i = 0; store && i < store.length; i += 1) {
    const k = store.key(i);
    if (k?.startsWith(PREFIX)) keys.push(k);
  }
  for (const key of keys) {
    const raw = store?.getItem(key);
    if (raw == null) continue;
    if (!raw.startsWith(SEALED)) {
      memory.set(key, raw);
      write(dataKey, key, raw);
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
