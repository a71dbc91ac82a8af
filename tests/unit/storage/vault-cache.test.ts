// Why: a live query reads the whole board again after every note; with a vault, each read opened
// every sealed row again. The vault layer keeps what it opened (storage/vault-cache.ts): these
// tests count WebCrypto's decrypt calls to show that an unchanged row is not decrypted twice, that
// a changed row (here or in another tab) is decrypted anew and never served stale, and that lock,
// switch, wipe and erase leave nothing opened in memory. The bound is tested on the cache itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { GROUP } from '../../../src/domain/author';
import type { NoteId, QuestionId, WorkshopId } from '../../../src/domain/ids';
import { db } from '../../../src/storage/db';
import { eraseDevice } from '../../../src/storage/device-erase';
import { addNote, notesOfWorkshop, updateNote } from '../../../src/storage/notes-repo';
import { CACHE_LIMITS, forgetOpened, keepOpened, openedBefore, openedSize } from '../../../src/storage/vault-cache';
import type { Sealed } from '../../../src/storage/vault-crypto';
import { lock, unlock, wipeVault } from '../../../src/storage/vault-repo';
import { createWorkshop } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { HEUSDEN, ROTTERDAM, useVaultDevice } from '../support/vault-device';

const Q = 'bias.groups' as QuestionId;
const device = useVaultDevice('vault-cache');

let decrypts = 0;
beforeEach(() => {
  decrypts = 0;
  const subtle = globalThis.crypto.subtle;
  const real = subtle.decrypt.bind(subtle);
  vi.spyOn(subtle, 'decrypt').mockImplementation((...args: Parameters<SubtleCrypto['decrypt']>) => {
    decrypts += 1;
    return real(...args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  forgetOpened();
});

/** A workshop in the open vault with `n` notes; their ids. */
async function board(n: number): Promise<{ w: WorkshopId; notes: NoteId[] }> {
  const made = await createWorkshop(meta({ title: 'Bijstand en fraude' }), 'nl', defaultPack);
  if (!made.ok) throw new Error(made.problem);
  const notes: NoteId[] = [];
  for (let i = 0; i < n; i++) {
    const r = await addNote(made.value, Q, { text: `Notitie ${i}`, kind: 'concern', speaker: GROUP });
    if (!r.ok) throw new Error(r.problem);
    notes.push(r.value);
  }
  return { w: made.value, notes };
}

/** Decrypt calls made by `read`. */
async function counted<T>(read: () => Promise<T>): Promise<{ value: T; decrypts: number }> {
  const before = decrypts;
  const value = await read();
  return { value, decrypts: decrypts - before };
}

const texts = async (w: WorkshopId) => (await notesOfWorkshop(w)).map((n) => n.text).sort();

describe('the opened rows of a vault', () => {
  it('an unchanged row is decrypted once: the board read again decrypts nothing, and gives fresh objects', { timeout: 30_000 }, async () => {
    await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    const { w } = await board(5);
    await counted(() => notesOfWorkshop(w));
    const again = await counted(() => notesOfWorkshop(w));
    expect(again.decrypts).toBe(0);
    expect(again.value.map((n) => n.text).sort()).toEqual(['Notitie 0', 'Notitie 1', 'Notitie 2', 'Notitie 3', 'Notitie 4']);
    // What a reader does with its rows does not reach the next reader.
    (again.value[0] as { text: string }).text = 'door een scherm veranderd';
    expect((await counted(() => texts(w))).value).not.toContain('door een scherm veranderd');
    // A new note: only that row is decrypted on the next read.
    await addNote(w, Q, { text: 'Notitie 5', kind: 'concern', speaker: GROUP });
    const after = await counted(() => notesOfWorkshop(w));
    expect(after.decrypts).toBe(1);
    expect(after.value).toHaveLength(6);
  });

  it('a changed row is decrypted anew, also when another tab changed it behind this one’s back', { timeout: 30_000 }, async () => {
    await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    const { w, notes } = await board(3);
    const id = notes[1]!;
    await notesOfWorkshop(w);
    const stored = (await rawNote(id)) as { sealed: Sealed };

    const note = (await notesOfWorkshop(w)).find((n) => n.id === id)!;
    expect((await updateNote(note, { text: 'Herschreven' })).ok).toBe(true);
    const changed = await counted(() => texts(w));
    expect(changed.decrypts).toBe(1);
    expect(changed.value).toEqual(['Herschreven', 'Notitie 0', 'Notitie 2']);

    // Another tab writes the row (here: its earlier envelope) straight into IndexedDB.
    await putRawNote(stored);
    const elsewhere = await counted(() => texts(w));
    expect(elsewhere.decrypts).toBe(1);
    expect(elsewhere.value).toEqual(['Notitie 0', 'Notitie 1', 'Notitie 2']);
  });

  it('lock forgets every opened row; after the unlock the board is decrypted again', { timeout: 30_000 }, async () => {
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    const { w } = await board(4);
    await notesOfWorkshop(w);
    expect(openedSize().rows).toBeGreaterThanOrEqual(4);
    await lock();
    expect(openedSize()).toEqual({ rows: 0, bytes: 0 });
    device.forgetTries();
    expect(await unlock(ROTTERDAM, 'secret', rotterdam)).toEqual({ ok: true });
    expect((await counted(() => notesOfWorkshop(w))).decrypts).toBe(4);
  });

  it('a switch to another vault, a wipe and an erase leave nothing opened', { timeout: 30_000 }, async () => {
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    const { w } = await board(2);
    const heusden = await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    await device.switchTo(ROTTERDAM, rotterdam);
    await notesOfWorkshop(w);
    expect(openedSize().rows).toBeGreaterThan(0);
    await device.switchTo(HEUSDEN, heusden);
    expect(openedSize()).toEqual({ rows: 0, bytes: 0 });
    expect(await notesOfWorkshop(w)).toEqual([]);

    await device.switchTo(ROTTERDAM, rotterdam);
    await notesOfWorkshop(w);
    expect(openedSize().rows).toBeGreaterThan(0);
    expect((await wipeVault(rotterdam)).ok).toBe(true);
    expect(openedSize()).toEqual({ rows: 0, bytes: 0 });

    await device.switchTo(HEUSDEN, heusden);
    const h = await board(2);
    await notesOfWorkshop(h.w);
    expect(openedSize().rows).toBeGreaterThan(0);
    await eraseDevice();
    expect(openedSize()).toEqual({ rows: 0, bytes: 0 });
  });
});

describe('the bound', () => {
  const key = {} as CryptoKey;
  const envelope = (i: number, n = 16): Sealed => ({ v: 1, vault: 'v', iv: Uint8Array.of(i & 255, i >> 8), ct: new Uint8Array(n).fill(i & 255) });

  it('keeps at most its number of rows, the least recently read going first', () => {
    forgetOpened();
    for (let i = 0; i < CACHE_LIMITS.rows; i++) keepOpened(key, 'notes', i, envelope(i), Uint8Array.of(1));
    // Row 0 read again: it is now the most recent, so row 1 is the one to go.
    expect(openedBefore(key, 'notes', 0, envelope(0))).not.toBeNull();
    keepOpened(key, 'notes', 'one more', envelope(7), Uint8Array.of(1));
    expect(openedSize().rows).toBe(CACHE_LIMITS.rows);
    expect(openedBefore(key, 'notes', 0, envelope(0))).not.toBeNull();
    expect(openedBefore(key, 'notes', 1, envelope(1))).toBeNull();
  });

  it('keeps at most its number of bytes, and no row larger than its limit', () => {
    forgetOpened();
    const big = Math.floor(CACHE_LIMITS.row / 2);
    const fit = Math.floor(CACHE_LIMITS.bytes / big);
    for (let i = 0; i < fit + 3; i++) keepOpened(key, 'attachments', i, envelope(i, big), new Uint8Array(8));
    expect(openedSize().bytes).toBeLessThanOrEqual(CACHE_LIMITS.bytes);
    expect(openedSize().rows).toBeLessThan(fit + 3);
    keepOpened(key, 'attachments', 'photo', envelope(1, CACHE_LIMITS.row + 1), new Uint8Array(8));
    expect(openedBefore(key, 'attachments', 'photo', envelope(1, CACHE_LIMITS.row + 1))).toBeNull();
  });

  it('an entry is used only for the same key, vault, IV and ciphertext', () => {
    forgetOpened();
    keepOpened(key, 'notes', 'n', envelope(3), Uint8Array.of(9));
    expect(openedBefore({} as CryptoKey, 'notes', 'n', envelope(3))).toBeNull();
    keepOpened(key, 'notes', 'n', envelope(3), Uint8Array.of(9));
    expect(openedBefore(key, 'notes', 'n', { ...envelope(3), vault: 'w' })).toBeNull();
    keepOpened(key, 'notes', 'n', envelope(3), Uint8Array.of(9));
    const ct = envelope(3).ct;
    ct[5] = 0;
    expect(openedBefore(key, 'notes', 'n', { ...envelope(3), ct })).toBeNull();
    keepOpened(key, 'notes', 'n', envelope(3), Uint8Array.of(9));
    expect(openedBefore(key, 'settings', 'n', envelope(3))).toBeNull();
    expect(openedBefore(key, 'notes', 'n', envelope(3))).toEqual(Uint8Array.of(9));
  });
});

async function rawNote(id: NoteId): Promise<unknown> {
  const idb = await db().backendDB();
  return new Promise((resolve, reject) => {
    const r = idb.transaction('notes', 'readonly').objectStore('notes').get(id);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function putRawNote(row: unknown): Promise<void> {
  const idb = await db().backendDB();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('notes', 'readwrite');
    tx.objectStore('notes').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
