// Why: the promise of a vault is that a copy of the browser's storage shows nothing of the
// workshops (issue 13, docs/vaults.md). A device with a full workshop from the committed
// schema-6 fixture (photos, recovery snapshots, many-hands sessions, signer names) plus a
// workshop made afterwards turns its vault on; then every IndexedDB table is read raw (plain
// IndexedDB, no Dexie, no middleware) and so is localStorage, and the dump is searched for
// every text, name and photo byte of those workshops. Read through the app, all is still there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { GROUP } from '../../../src/domain/author';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import { addActionPoint, EMPTY_DRAFT, listActionPoints } from '../../../src/storage/action-points-repo';
import { addPhoto, attachmentsOf } from '../../../src/storage/attachments-repo';
import { DedaDatabase, db, useDatabase } from '../../../src/storage/db';
import { keepDraft, readDraft, useDraftStorage } from '../../../src/storage/drafts';
import { listRecovery } from '../../../src/storage/import-repo';
import { addNote, notesOfWorkshop } from '../../../src/storage/notes-repo';
import { addParticipant, listParticipants } from '../../../src/storage/participants-repo';
import { setQuestionState, questionStates } from '../../../src/storage/question-states-repo';
import { SCHEMA } from '../../../src/storage/schema';
import { updateGoalField } from '../../../src/storage/workshop-content-repo';
import { createWorkshop, getWorkshop, listWorkshops } from '../../../src/storage/workshops-repo';
import { CLEAR_FIELDS, useVault, VaultLockedError, vaultsRow } from '../../../src/storage/vault-core';
import { commitVault, lock, prepareVault, unlock } from '../../../src/storage/vault-repo';
import { meta } from '../support/fixtures';
import { V6_DUMP as FIXTURE, v6Rows } from './fixtures/v6-database';
import { createAt, freshName } from './migration-harness';
import { MemoryStorage } from '../support/memory-storage';

const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/;
const UUID = /^[0-9a-f-]{36}$/;
/** Words of the model (statuses, kinds, question ids) and the pack's own texts are not content. */
const isModelWord = (s: string) => /^[a-z0-9.\-_/+:]*$/.test(s);

/** The published pack's texts: the same on every device, kept in the clear (docs/vaults.md). */
const PACK_TEXT = JSON.stringify(FIXTURE.database.tables.packs);

/**
 * Every text of the fixture's content that is the group's own: titles, names, sentences (a
 * word the pack also uses, such as a value's name "Privacy", is not searched for).
 */
function contentTexts(): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length >= 4 && !ISO.test(v) && !UUID.test(v) && !isModelWord(v) && !PACK_TEXT.includes(JSON.stringify(v))) out.add(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !('$blob' in v) && !('$cryptoKey' in v)) Object.values(v).forEach(walk);
  };
  for (const [table, rows] of Object.entries(FIXTURE.database.tables)) {
    if (!CLEAR_FIELDS[table]) continue;
    for (const row of rows) {
      if (table === 'settings' && !['many-hands:', 'signer-name', 'trusted-signer:'].some((p) => String(row.key).startsWith(p))) continue;
      // A trusted signer's kid (its public key's fingerprint) is in the row's key, in the clear.
      const value = table === 'settings' && row.value && typeof row.value === 'object' ? { ...(row.value as object), kid: undefined } : row.value;
      for (const [k, v] of Object.entries({ ...row, value })) if (!CLEAR_FIELDS[table]?.includes(k) && k !== 'version' && k !== 'versions') walk(v);
    }
  }
  return [...out];
}

function fixturePhotos(): Uint8Array[] {
  return (FIXTURE.database.tables.attachments ?? []).map((a) => new Uint8Array(Buffer.from((a.blob as { $blob: { data: string } }).$blob.data, 'base64')));
}

/** Everything IndexedDB holds, read with plain IndexedDB: its strings, and all its bytes. */
async function rawDump(name: string): Promise<{ text: string; bytes: Uint8Array[] }> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const stores = [...idb.objectStoreNames];
  const all = await new Promise<unknown[][]>((resolve, reject) => {
    const tx = idb.transaction(stores, 'readonly');
    const lists: unknown[][] = [];
    stores.forEach((s, i) => {
      const r = tx.objectStore(s).getAll();
      r.onsuccess = () => (lists[i] = r.result);
    });
    tx.oncomplete = () => resolve(lists);
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
  const texts: string[] = [];
  const bytes: Uint8Array[] = [];
  const walk = async (v: unknown): Promise<void> => {
    if (typeof v === 'string') texts.push(v);
    else if (v instanceof Uint8Array) bytes.push(v);
    else if (v instanceof ArrayBuffer) bytes.push(new Uint8Array(v));
    else if (v instanceof Blob) bytes.push(new Uint8Array(await v.arrayBuffer()));
    else if (Array.isArray(v)) for (const x of v) await walk(x);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
      texts.push(k);
      await walk(x);
    }
  };
  await walk(all);
  return { text: texts.join('\n'), bytes };
}

/** Bytes as a latin1 string: one character per byte, so that indexOf finds byte sequences. */
const latin1 = new TextDecoder('latin1');
const asText = (b: Uint8Array) => latin1.decode(b);

let name = '';
let storage: MemoryStorage;
beforeEach(async () => {
  storage = new MemoryStorage();
  (globalThis as { localStorage?: unknown }).localStorage = storage;
  name = freshName('vault-dump');
  await createAt(name, SCHEMA, 6, v6Rows());
  useDatabase(new DedaDatabase(name, SCHEMA));
});
afterEach(() => {
  db().close();
  useDatabase(null);
  useVault(null, null);
  useDraftStorage(null);
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

const Q = 'bias.groups' as QuestionId;
const SECRET = 'een lange zin om te onthouden';
const PHOTO = Uint8Array.from({ length: 4096 }, (_, i) => (i < 3 ? [0xff, 0xd8, 0xff][i]! : (i * 7919) % 251));

async function fullWorkshop(): Promise<WorkshopId> {
  const made = await createWorkshop(meta({ title: 'Bijstand en fraude: risicoprofielen', organisation: 'Gemeente Heusden', facilitator: 'Fatima el Amrani' }), 'nl', defaultPack);
  if (!made.ok) throw new Error(made.problem);
  const w = made.value;
  await addParticipant(w, 'Joost Timmermans', ['privacy-officer'], 'functionaris gegevensbescherming');
  await addNote(w, Q, { text: 'De profielen raken vooral alleenstaande moeders', kind: 'concern', speaker: GROUP });
  await setQuestionState(w, Q, 'parked', 'Eerst met de ombudsman praten');
  await addActionPoint(w, { ...EMPTY_DRAFT, title: 'Register van verwerkingen bijwerken', description: 'Voor de raadsvergadering van maart' });
  await updateGoalField(w, 'statement', 'Terugvorderingen sneller afhandelen');
  const photo = await addPhoto(w, { kind: 'workshop' }, { blob: new Blob([PHOTO], { type: 'image/jpeg' }), mediaType: 'image/jpeg', width: 64, height: 64, caption: 'Poster van de tweede ronde' });
  if (!photo.ok) throw new Error('photo');
  keepDraft(`${w}:note-new`, 'Een zin die nog getypt wordt over Heusden');
  return w;
}
const OWN_TEXTS = ['Bijstand en fraude', 'Gemeente Heusden', 'Fatima el Amrani', 'Joost Timmermans', 'functionaris gegevensbescherming', 'alleenstaande moeders', 'ombudsman', 'Register van verwerkingen', 'raadsvergadering', 'Terugvorderingen', 'tweede ronde', 'nog getypt'];

describe('with a vault on', () => {
  it('a raw dump of every table and of localStorage holds none of the workshops’ text, names or photo bytes', { timeout: 30_000 }, async () => {
    // A draft typed before the vault existed, plain until then.
    keepDraft(`${FIXTURE.ids.rich}:goal.purpose`, 'Wachtlijst sneller wegwerken in Nieuwvliet');
    const texts = [...contentTexts(), ...OWN_TEXTS, 'Nieuwvliet'];
    expect(texts).toEqual(expect.arrayContaining(['Wachtlijst schuldhulp voorspellen', 'Anne de Vries', 'Tablet twee']));
    expect(texts.length).toBeGreaterThan(20);
    // Before: the test can see the texts (it is not searching in the wrong place).
    const before = await rawDump(name);
    expect(before.text).toContain('Wachtlijst schuldhulp voorspellen');
    expect(before.bytes.map(asText).join('\n')).toContain(asText(fixturePhotos()[0]!.subarray(100, 164)));

    const prepared = await prepareVault(SECRET, 1_000);
    if (!prepared.ok) throw new Error(prepared.problem);
    expect((await commitVault(prepared.vault)).ok).toBe(true);
    const w = await fullWorkshop();

    const after = await rawDump(name);
    const local = storage.entries().map(([k, v]) => `${k}\n${v}`).join('\n');
    const bytes = after.bytes.map(asText).join('\n');
    const found = texts.filter((s) => after.text.includes(s) || local.includes(s) || bytes.includes(asText(new TextEncoder().encode(s))));
    expect(found).toEqual([]);
    for (const photo of [...fixturePhotos(), PHOTO]) expect(bytes.includes(asText(photo.subarray(100, 164)))).toBe(false);
    // (The search does find bytes that are there: the sealed ciphertexts are in the dump.)
    expect(bytes.length).toBeGreaterThan(PHOTO.length);

    // Through the app everything is there.
    expect((await listWorkshops()).map((x) => x.title).sort()).toEqual(['Bijstand en fraude: risicoprofielen', 'Smart bins', 'Wachtlijst schuldhulp voorspellen']);
    expect((await listParticipants(w)).map((p) => p.name)).toEqual(['Joost Timmermans']);
    expect((await notesOfWorkshop(w))[0]?.text).toContain('alleenstaande moeders');
    expect((await questionStates(w))[0]?.reason).toBe('Eerst met de ombudsman praten');
    expect((await listActionPoints(w))[0]?.title).toBe('Register van verwerkingen bijwerken');
    const [photo] = await attachmentsOf(w);
    expect(new Uint8Array(await (photo as { blob: Blob }).blob.arrayBuffer())).toEqual(PHOTO);
    expect((await listRecovery()).length).toBe(2);
    expect((await getWorkshop(FIXTURE.ids.rich as WorkshopId))?.title).toBe('Wachtlijst schuldhulp voorspellen');
    expect(readDraft(`${w}:note-new`)).toBe('Een zin die nog getypt wordt over Heusden');
  });

  it('with a second organisation’s vault on the device, the raw dump still holds none of either’s text or photos', { timeout: 30_000 }, async () => {
    keepDraft(`${FIXTURE.ids.rich}:goal.purpose`, 'Wachtlijst sneller wegwerken in Nieuwvliet');
    const texts = [...contentTexts(), ...OWN_TEXTS, 'Nieuwvliet', 'Containers in Vlijmen', 'Pieter Bakker'];
    const first = await prepareVault(SECRET, 1_000);
    if (!first.ok) throw new Error(first.problem);
    expect((await commitVault(first.vault, 'Klant 1')).ok).toBe(true);
    const a = await fullWorkshop();
    const second = await prepareVault('246813', 1_000);
    if (!second.ok) throw new Error(second.problem);
    expect((await commitVault(second.vault, 'Klant 2')).ok).toBe(true);
    const b = await fullWorkshop();
    await updateGoalField(b, 'deliverables', 'Containers in Vlijmen');
    await addParticipant(b, 'Pieter Bakker', []);

    const after = await rawDump(name);
    const local = storage.entries().map(([k, v]) => `${k}\n${v}`).join('\n');
    const bytes = after.bytes.map(asText).join('\n');
    expect(texts.filter((s) => after.text.includes(s) || local.includes(s) || bytes.includes(asText(new TextEncoder().encode(s))))).toEqual([]);
    for (const photo of [...fixturePhotos(), PHOTO]) expect(bytes.includes(asText(photo.subarray(100, 164)))).toBe(false);
    // The names of the vaults are in the clear (docs/vaults.md): the search would find text that is there.
    expect(after.text).toContain('Klant 2');

    // Through the app, each vault has its own.
    expect((await listWorkshops()).map((x) => x.id)).toEqual([b]);
    expect((await listParticipants(b)).map((p) => p.name).sort()).toEqual(['Joost Timmermans', 'Pieter Bakker']);
    await lock();
    expect(await unlock(SECRET, 'secret', vaultsRow()!.vaults[0]!.id)).toEqual({ ok: true });
    expect((await listWorkshops()).map((x) => x.title).sort()).toEqual(['Bijstand en fraude: risicoprofielen', 'Smart bins', 'Wachtlijst schuldhulp voorspellen']);
    expect((await getWorkshop(a))?.title).toBe('Bijstand en fraude: risicoprofielen');
    expect(await getWorkshop(b)).toBeUndefined();
  });

  it('locks: nothing reads or writes, a draft typed before the lock comes back after the unlock', { timeout: 30_000 }, async () => {
    const prepared = await prepareVault(SECRET, 1_000);
    if (!prepared.ok) throw new Error(prepared.problem);
    await commitVault(prepared.vault);
    const w = await fullWorkshop();
    keepDraft(`${w}:goal.purpose`, 'Halverwege een zin');
    await lock();
    await expect(getWorkshop(w)).rejects.toBeInstanceOf(VaultLockedError);
    expect(readDraft(`${w}:goal.purpose`)).toBeNull();
    expect((await addParticipant(w, 'Iemand', [])).ok).toBe(false);

    expect(await unlock('een lange zin om te onthoudeN')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await unlock(prepared.vault.recoveryCode, 'recovery')).toEqual({ ok: true });
    expect((await getWorkshop(w))?.title).toBe('Bijstand en fraude: risicoprofielen');
    expect(readDraft(`${w}:goal.purpose`)).toBe('Halverwege een zin');
  });

  it('slows wrong tries down after three, and the passphrase still opens once the wait is over', async () => {
    const prepared = await prepareVault(SECRET, 1_000);
    if (!prepared.ok) throw new Error(prepared.problem);
    await commitVault(prepared.vault);
    await lock();
    for (let i = 0; i < 3; i++) expect((await unlock(`fout ${i} maar lang genoeg`)).ok).toBe(false);
    expect(await unlock(SECRET)).toMatchObject({ ok: false, reason: 'wait' });
    // The wait is over (as if five seconds went by).
    const tries = JSON.parse(storage.getItem('deda-tafel:vault-tries') ?? '{}') as { wrong: number; at: number };
    storage.setItem('deda-tafel:vault-tries', JSON.stringify({ ...tries, at: tries.at - 5_000 }));
    expect(await unlock(SECRET)).toEqual({ ok: true });
  });

  it('does not open a sealed row moved to another row', { timeout: 30_000 }, async () => {
    const prepared = await prepareVault(SECRET, 1_000);
    if (!prepared.ok) throw new Error(prepared.problem);
    await commitVault(prepared.vault);
    const w = await fullWorkshop();
    const [note] = await notesOfWorkshop(w);
    const raw = await db().backendDB();
    const moved = await new Promise<unknown>((resolve) => {
      const tx = raw.transaction('notes', 'readwrite');
      const get = tx.objectStore('notes').get(note?.id as string);
      get.onsuccess = () => {
        tx.objectStore('notes').put({ ...(get.result as object), id: 'another-note' });
        tx.oncomplete = () => resolve(true);
      };
    });
    expect(moved).toBe(true);
    await expect(db().notes.get('another-note')).rejects.toThrow();
  });
});

describe('through a cursor and a modify', () => {
  it('a filtered read opens every row, and a change through modify is sealed again', { timeout: 30_000 }, async () => {
    const prepared = await prepareVault(SECRET, 1_000);
    if (!prepared.ok) throw new Error(prepared.problem);
    await commitVault(prepared.vault);
    const w = await fullWorkshop();
    // .filter() makes Dexie walk a cursor (openCursor), not a getAll (query).
    const titles = await db().workshops.filter((x) => x.title.startsWith('Bijstand')).toArray();
    expect(titles.map((x) => x.id)).toEqual([w]);
    await db().participants.where('workshopId').equals(w).modify({ roleNote: 'wethouder Van Dongen' });
    expect((await listParticipants(w))[0]?.roleNote).toBe('wethouder Van Dongen');
    expect((await rawDump(name)).text).not.toContain('Van Dongen');
  });
});
