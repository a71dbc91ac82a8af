// Why: one tablet carries several organisations' vaults (issue 13, docs/vaults.md). With one
// vault open, the rows of another are invisible to every read a repository makes: never opened,
// never returned, never counted, and no error either. A wipe deletes the key first: cut short
// right after that, what is left can be read by nobody, and the next start removes it.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { GROUP } from '../../../src/domain/author';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import { nowIso } from '../../../src/domain/time';
import { addActionPoint, EMPTY_DRAFT, listActionPoints } from '../../../src/storage/action-points-repo';
import { addPhoto, attachmentsOf } from '../../../src/storage/attachments-repo';
import { db } from '../../../src/storage/db';
import { keepDraft, readDraft } from '../../../src/storage/drafts';
import { readGraph } from '../../../src/storage/graph-store';
import { commitImports, listRecovery, prepareImport } from '../../../src/storage/import-repo';
import { richGraph } from '../exchange/support';
import { opened } from '../exchange/storage-support';
import { addNote, noteCount, notesOfWorkshop } from '../../../src/storage/notes-repo';
import { addParticipant, listParticipants } from '../../../src/storage/participants-repo';
import { questionStates, setQuestionState } from '../../../src/storage/question-states-repo';
import { createWorkshop, deleteWorkshop, getWorkshop, listDeletedWorkshops, listWorkshops } from '../../../src/storage/workshops-repo';
import { vaultsRow } from '../../../src/storage/vault-core';
import { forgetVaultKey, lock, markLocked, unlock, vaultContents, vaultNames, wipeVault } from '../../../src/storage/vault-repo';
import { VAULT_KEY } from '../../../src/storage/vault';
import { meta } from '../support/fixtures';
import { HEUSDEN, ROTTERDAM, useVaultDevice } from '../support/vault-device';

const Q = 'bias.groups' as QuestionId;
const PHOTO = Uint8Array.from({ length: 4096 }, (_, i) => (i < 3 ? [0xff, 0xd8, 0xff][i]! : (i * 7919) % 251));

const device = useVaultDevice('vaults-many');

/** A workshop with something in every table: people, a note, a state, a point, a photo, a snapshot, a draft. */
async function fullWorkshop(title: string, who: string): Promise<WorkshopId> {
  const made = await createWorkshop(meta({ title, facilitator: who }), 'nl', defaultPack);
  if (!made.ok) throw new Error(made.problem);
  const w = made.value;
  await addParticipant(w, `${who} junior`, ['privacy-officer']);
  await addNote(w, Q, { text: `Notitie van ${who}`, kind: 'concern', speaker: GROUP });
  await setQuestionState(w, Q, 'parked', `Reden van ${who}`);
  await addActionPoint(w, { ...EMPTY_DRAFT, title: `Actie van ${who}` });
  const photo = await addPhoto(w, { kind: 'workshop' }, { blob: new Blob([PHOTO], { type: 'image/jpeg' }), mediaType: 'image/jpeg', width: 64, height: 64, caption: `Foto van ${who}` });
  if (!photo.ok) throw new Error('photo');
  const graph = await readGraph(w);
  await db().transaction('rw', db().recovery, () => db().recovery.put({ id: `snap-${w}`, workshopId: w, reason: 'import-replace', createdAt: nowIso(), graph: graph! } as never));
  keepDraft(`${w}:goal.purpose`, `Concept van ${who}`);
  return w;
}

/** Every row as stored, read with plain IndexedDB (no Dexie), as one text. */
const rawText = async (): Promise<string> => (await device.raw()).text;

/** Stored rows whose envelope names this vault. */
async function rowsSealedBy(vaultId: string): Promise<number> {
  return (await rawText()).split(`"vault":"${vaultId}"`).length - 1;
}

describe('two vaults on one device', () => {
  it('with one open, every read of the other vault’s workshop finds nothing, counts nothing and fails on nothing', { timeout: 30_000 }, async () => {
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    const r = await fullWorkshop('Bijstand en fraude', 'Rotterdammer');
    await deleteWorkshop((await fullWorkshop('In de prullenbak van Rotterdam', 'Rotterdammer')));
    const heusden = await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    expect(vaultNames().map((v) => v.name)).toEqual(['Gemeente Rotterdam', 'Gemeente Heusden']);
    // Rotterdam's draft was written sealed and is not Heusden's to read.
    expect(readDraft(`${r}:goal.purpose`)).toBeNull();
    const h = await fullWorkshop('Afvalinzameling', 'Heuschenaar');

    expect((await listWorkshops()).map((w) => w.title)).toEqual(['Afvalinzameling']);
    expect(await listDeletedWorkshops()).toEqual([]);
    expect(await getWorkshop(r)).toBeUndefined();
    expect(await notesOfWorkshop(r)).toEqual([]);
    expect(await listParticipants(r)).toEqual([]);
    expect(await questionStates(r)).toEqual([]);
    expect(await listActionPoints(r)).toEqual([]);
    expect(await attachmentsOf(r)).toEqual([]);
    expect((await listRecovery()).map((x) => x.workshopId)).toEqual([h]);
    expect(await readGraph(r)).toBeNull();
    // Straight through Dexie: counts, keys, a cursor, a limit, getMany.
    expect(await db().workshops.count()).toBe(1);
    expect(await db().notes.where('workshopId').equals(r).count()).toBe(0);
    expect(await db().notes.where('workshopId').equals(h).count()).toBe(1);
    expect(await noteCount(r, Q)).toBe(0);
    expect(await noteCount(h, Q)).toBe(1);
    expect(await db().workshops.toCollection().primaryKeys()).toEqual([h]);
    expect((await db().workshops.filter(() => true).toArray()).map((w) => w.id)).toEqual([h]);
    expect((await db().workshops.orderBy('updatedAt').limit(1).toArray()).map((w) => w.id)).toEqual([h]);
    expect(await db().workshops.bulkGet([r, h])).toEqual([undefined, expect.objectContaining({ id: h })]);
    expect(await db().participants.where('workshopId').equals(r).primaryKeys()).toEqual([]);

    // Switching: lock, open the other one.
    await lock();
    expect((await unlock(ROTTERDAM, 'secret', heusden)).ok).toBe(false);
    // (The wrong try above is Heusden's PIN check failing for Rotterdam's passphrase.)
    device.forgetTries();
    expect(await unlock(ROTTERDAM, 'secret', rotterdam)).toEqual({ ok: true });
    expect((await listWorkshops()).map((w) => w.title)).toEqual(['Bijstand en fraude']);
    expect((await listDeletedWorkshops()).map((w) => w.title)).toEqual(['In de prullenbak van Rotterdam']);
    expect(await getWorkshop(h)).toBeUndefined();
    expect((await notesOfWorkshop(r))[0]?.text).toBe('Notitie van Rotterdammer');
    expect(readDraft(`${r}:goal.purpose`)).toBe('Concept van Rotterdammer');
    expect(readDraft(`${h}:goal.purpose`)).toBeNull();
    expect(await db().workshops.count()).toBe(2);
    expect(await noteCount(r, Q)).toBe(1);
    expect(await noteCount(h, Q)).toBe(0);

    // The raw dump of the device holds neither organisation's text; both vaults' rows are there, sealed.
    const raw = `${await rawText()}\n${JSON.stringify(device.storage.entries())}`;
    for (const s of ['Bijstand en fraude', 'Afvalinzameling', 'Rotterdammer', 'Heuschenaar', 'prullenbak']) expect(raw).not.toContain(s);
    expect(await rowsSealedBy(rotterdam)).toBeGreaterThan(5);
    expect(await rowsSealedBy(heusden)).toBeGreaterThan(5);
  });

  it('a new workshop and an import go into the open vault, and stay out of the other', { timeout: 30_000 }, async () => {
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    const heusden = await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    const g = await richGraph();
    const bundle = await opened(Promise.resolve(g));
    expect((await prepareImport(bundle)).existing).toEqual({ kind: 'none' });
    expect(await commitImports([{ bundle, choice: { kind: 'new' } }])).toEqual({ ok: true, value: [{ kind: 'imported', workshopId: g.workshop.id }] });
    const made = await createWorkshop(meta({ title: 'Nieuw in Heusden' }), 'nl', defaultPack);
    if (!made.ok) throw new Error(made.problem);
    expect((await listWorkshops()).map((w) => w.id).sort()).toEqual([g.workshop.id, made.value].sort());
    const stored = await rawText();
    expect(stored).not.toContain(g.workshop.title);
    expect(await rowsSealedBy(heusden)).toBeGreaterThan(g.notes.length);
    expect(await rowsSealedBy(rotterdam)).toBe(0);

    await lock();
    expect(await unlock(ROTTERDAM, 'secret', rotterdam)).toEqual({ ok: true });
    expect(await listWorkshops()).toEqual([]);
    expect(await readGraph(g.workshop.id)).toBeNull();
  });

  it('a wipe of one vault says what goes, takes all of it, and leaves the other as it was', { timeout: 30_000 }, async () => {
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    const r = await fullWorkshop('Bijstand en fraude', 'Rotterdammer');
    const heusden = await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    const h = await fullWorkshop('Afvalinzameling', 'Heuschenaar');
    await lock();
    expect((await unlock(ROTTERDAM, 'secret', rotterdam)).ok).toBe(true);
    expect(await vaultContents(rotterdam)).toEqual({ workshops: 1, photos: 1, snapshots: 1, drafts: 1 });

    expect((await wipeVault(rotterdam)).ok).toBe(true);
    expect(vaultNames().map((v) => v.name)).toEqual(['Gemeente Heusden']);
    expect(await rowsSealedBy(rotterdam)).toBe(0);
    expect(device.storage.entries().filter(([, v]) => v.includes(rotterdam))).toEqual([]);
    expect(await db().tombstones.filter((t) => t.workshopId === r).count()).toBe(0);

    expect(await unlock(HEUSDEN, 'secret', heusden)).toEqual({ ok: true });
    expect((await listWorkshops()).map((w) => w.id)).toEqual([h]);
    expect((await notesOfWorkshop(h))[0]?.text).toBe('Notitie van Heuschenaar');
    expect(new Uint8Array(await (await attachmentsOf(h))[0]!.blob.arrayBuffer())).toEqual(PHOTO);
    expect(readDraft(`${h}:goal.purpose`)).toBe('Concept van Heuschenaar');
    expect(await vaultContents(heusden)).toEqual({ workshops: 1, photos: 1, snapshots: 1, drafts: 1 });

    // The last vault wiped: the device has no vault any more, and works as one without.
    expect((await wipeVault(heusden)).ok).toBe(true);
    expect(await db().settings.get(VAULT_KEY)).toBeUndefined();
    expect(await db().workshops.count()).toBe(0);
    expect(device.storage.entries().filter(([k]) => k.startsWith('deda-tafel:draft:'))).toEqual([]);
    const plain = await createWorkshop(meta({ title: 'Weer zonder kluis' }), 'nl', defaultPack);
    expect(plain.ok).toBe(true);
    expect(await rawText()).toContain('Weer zonder kluis');
  });

  it('a wipe cut short after the key is gone leaves nothing anyone can read, and the next start finishes it', { timeout: 30_000 }, async () => {
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    const r = await fullWorkshop('Bijstand en fraude', 'Rotterdammer');
    const wrapped = vaultsRow()!.vaults[0]!.keys;
    const heusden = await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    await fullWorkshop('Afvalinzameling', 'Heuschenaar');
    await lock();
    expect((await unlock(ROTTERDAM, 'secret', rotterdam)).ok).toBe(true);

    // The wipe's first step only (the tab is closed right after it).
    await forgetVaultKey(rotterdam);
    const latin1 = new TextDecoder('latin1');
    const raw = await rawText();
    // Rotterdam's rows are still there, sealed, and neither of its wrapped keys is.
    expect(await rowsSealedBy(rotterdam)).toBeGreaterThan(5);
    expect(raw).not.toContain(latin1.decode(wrapped.byPassphrase));
    expect(raw).not.toContain(latin1.decode(wrapped.byRecovery));
    device.forgetTries();
    // Neither the passphrase nor anything else opens them: the only vault left is Heusden.
    expect((await unlock(ROTTERDAM, 'secret', rotterdam)).ok).toBe(false);
    device.forgetTries();

    // The next start: a new connection, the middleware knowing nothing yet.
    device.restart();
    expect((await markLocked()).map((v) => v.name)).toEqual(['Gemeente Heusden']);
    expect(await rowsSealedBy(rotterdam)).toBe(0);
    expect(vaultsRow()?.wiping).toEqual([]);
    expect(device.storage.entries().filter(([, v]) => v.includes(rotterdam))).toEqual([]);
    expect(await unlock(HEUSDEN, 'secret', heusden)).toEqual({ ok: true });
    expect((await listWorkshops()).map((w) => w.title)).toEqual(['Afvalinzameling']);
    expect(await getWorkshop(r)).toBeUndefined();
  });

  it('a device with the one vault of the version before keeps opening it, and its rows join no new vault', { timeout: 30_000 }, async () => {
    const rotterdam = await device.makeVault(ROTTERDAM, '');
    const r = await fullWorkshop('Bijstand en fraude', 'Rotterdammer');
    await lock();
    // As the version with one vault stored it: the record alone, rows and drafts without a vault id.
    const only = vaultsRow()!.vaults[0]!;
    await db().transaction('rw', db().settings, () => db().settings.put({ key: VAULT_KEY, value: { v: 1, id: only.id, state: only.state, createdAt: only.createdAt, keys: only.keys } }));
    const idb = await db().backendDB();
    await new Promise<void>((resolve) => {
      const tx = idb.transaction(['notes', 'workshops'], 'readwrite');
      for (const s of ['notes', 'workshops']) {
        const all = tx.objectStore(s).getAll();
        all.onsuccess = () => {
          for (const row of all.result as { sealed: { vault?: string } }[]) {
            delete row.sealed.vault;
            tx.objectStore(s).put(row);
          }
        };
      }
      tx.oncomplete = () => resolve();
    });
    for (const [k, v] of device.storage.entries()) if (v.startsWith(`sealed2:${rotterdam}.`)) device.storage.setItem(k, `sealed1:${v.slice(`sealed2:${rotterdam}.`.length)}`);

    device.restart();
    expect((await markLocked()).map((v) => v.id)).toEqual([rotterdam]);
    expect(await unlock(ROTTERDAM)).toEqual({ ok: true });
    expect((await getWorkshop(r))?.title).toBe('Bijstand en fraude');
    expect(readDraft(`${r}:goal.purpose`)).toBe('Concept van Rotterdammer');
    await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    expect(await listWorkshops()).toEqual([]);
    expect(await notesOfWorkshop(r)).toEqual([]);
  });
});
