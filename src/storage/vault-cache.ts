// Why: a live query runs again after every write it read from, and a board's query reads every
// note of the workshop, so without this each new note had every sealed row of the board decrypted
// again (docs/vaults.md, *Opened rows*). This keeps the decrypted content of rows in memory, and
// only there. An entry is found by table and primary key and used only when the stored envelope is
// the one it was opened from, byte for byte (vault, IV, ciphertext), and under the same data key:
// AES-GCM opens the same bytes to the same content, so a row that changed is always opened anew.
// Everything is dropped on lock, vault switch, wipe and erase; the size is bounded.
import type { Sealed } from './vault-crypto';

interface Entry {
  readonly key: CryptoKey;
  readonly vault: string | undefined;
  readonly iv: Uint8Array;
  readonly ct: Uint8Array;
  /** The decrypted content, as encoded (vault-crypto decodes it again for every read). */
  readonly plain: Uint8Array;
  readonly size: number;
}

/** At most this many rows, and this many bytes (ciphertext and content together). */
export const CACHE_LIMITS = { rows: 5_000, bytes: 32 * 1024 * 1024, row: 1024 * 1024 } as const;

const entries = new Map<string, Entry>();
let bytes = 0;

const slot = (table: string, primaryKey: unknown) => `${table}\u0000${JSON.stringify(primaryKey)}`;

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function drop(at: string): void {
  const e = entries.get(at);
  if (!e) return;
  bytes -= e.size;
  entries.delete(at);
}

/** The content this exact envelope was opened to before, under this key; null when it was not. */
export function openedBefore(key: CryptoKey, table: string, primaryKey: unknown, sealed: Sealed): Uint8Array | null {
  const at = slot(table, primaryKey);
  const e = entries.get(at);
  if (!e) return null;
  if (e.key !== key || e.vault !== sealed.vault || !same(e.iv, sealed.iv) || !same(e.ct, sealed.ct)) {
    drop(at);
    return null;
  }
  // Most recently used last: the first entries are the first to go.
  entries.delete(at);
  entries.set(at, e);
  return e.plain;
}

/** Keeps what `sealed` opened to; a row too large for the cache is not kept. */
export function keepOpened(key: CryptoKey, table: string, primaryKey: unknown, sealed: Sealed, plain: Uint8Array): void {
  const size = sealed.ct.length + sealed.iv.length + plain.length;
  const at = slot(table, primaryKey);
  drop(at);
  if (size > CACHE_LIMITS.row) return;
  entries.set(at, { key, vault: sealed.vault, iv: sealed.iv, ct: sealed.ct, plain, size });
  bytes += size;
  for (const oldest of entries.keys()) {
    if (entries.size <= CACHE_LIMITS.rows && bytes <= CACHE_LIMITS.bytes) break;
    drop(oldest);
  }
}

/** Forgets every opened row: at lock, at a vault switch, at a wipe and at an erase. */
export function forgetOpened(): void {
  entries.clear();
  bytes = 0;
}

/** How many rows and bytes are kept (for the tests of the bound). */
export function openedSize(): { rows: number; bytes: number } {
  return { rows: entries.size, bytes };
}
