// Why: every vault shares one set of primary keys on the device (docs/vaults.md). A row of a
// closed vault is invisible, but its key is still taken: nothing written with another vault open
// may land on it. These tests go through the real repositories and the vault middleware.
import { describe, expect, it } from 'vitest';
import type { NoteId, WorkshopId } from '../../../src/domain/ids';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { db } from '../../../src/storage/db';
import { readGraph } from '../../../src/storage/graph-store';
import { commitImports, prepareImport } from '../../../src/storage/import-repo';
import { notesOfWorkshop } from '../../../src/storage/notes-repo';
import { listWorkshops } from '../../../src/storage/workshops-repo';
import { anonymise } from '../../../src/domain/anonymise';
import { anonymisedFile } from '../../../src/exchange/anonymised';
import { getExample, listExamples, removeExample, saveExample } from '../../../src/storage/examples-repo';
import { forgetSigner, listTrustedSigners, readSignerName, saveSignerName, trustSigner } from '../../../src/storage/keys-repo';
import { VAULT_KEY } from '../../../src/storage/vault';
import { graph } from '../support/fixtures';
import { key as signingKey } from '../exchange/support';
import { vaultsRow } from '../../../src/storage/vault-core';
import { lock, unlock } from '../../../src/storage/vault-repo';
import { richGraph } from '../exchange/support';
import { opened } from '../exchange/storage-support';
import { HEUSDEN, ROTTERDAM, useVaultDevice } from '../support/vault-device';

const device = useVaultDevice('vaults-keys');

async function importNew(g: WorkshopGraph) {
  const bundle = await opened(Promise.resolve(g));
  expect((await prepareImport(bundle)).existing).toEqual({ kind: 'none' });
  const r = await commitImports([{ bundle, choice: { kind: 'new' } }]);
  if (!r.ok) throw new Error(r.problem);
  return r.value[0]!;
}

describe('rows of another vault are never written over', () => {
  it('the same workshop imported into a second vault becomes a new copy there; the first vault keeps its own', { timeout: 30_000 }, async () => {
    const g = await richGraph();
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    expect(await importNew(g)).toEqual({ kind: 'imported', workshopId: g.workshop.id });
    const heusden = await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    const changed: WorkshopGraph = { ...g, workshop: { ...g.workshop, title: 'De kopie van Heusden' }, notes: g.notes.map((n) => ({ ...n, text: `Heusden: ${n.text}` })) };
    const outcome = await importNew(changed);
    expect(outcome).toMatchObject({ kind: 'imported', asNewCopy: true });
    const copyId = (outcome as { workshopId: WorkshopId }).workshopId;
    expect(copyId).not.toBe(g.workshop.id);
    const copy = await readGraph(copyId);
    expect(copy?.workshop.title).toBe('De kopie van Heusden');
    expect(copy?.notes.length).toBe(g.notes.length);
    expect(copy?.participants.length).toBe(g.participants.length);
    expect(copy?.attachments.length).toBe(g.attachments.length);
    expect(copy?.notes.every((n) => n.workshopId === copyId)).toBe(true);
    expect(copy?.notes.some((n) => g.notes.some((o) => o.id === n.id))).toBe(false);

    await device.switchTo(ROTTERDAM, rotterdam);
    const own = await readGraph(g.workshop.id);
    expect(own?.workshop.title).toBe(g.workshop.title);
    expect(own?.notes.map((n) => n.text).sort()).toEqual(g.notes.map((n) => n.text).sort());
    expect(own?.participants.length).toBe(g.participants.length);
    expect(own?.actionPoints.length).toBe(g.actionPoints.length);
    expect(own?.attachments.length).toBe(g.attachments.length);
    expect(own?.questionStates.length).toBe(g.questionStates.length);
    expect((await listWorkshops()).map((w) => w.id)).toEqual([g.workshop.id]);
    void heusden;
  });

  it('a workshop whose records use ids of another vault’s records gets new ids for them', { timeout: 30_000 }, async () => {
    const g = await richGraph();
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    await importNew(g);
    await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    // Another workshop, its records under Rotterdam's ids (a file made by hand, or two copies of one example).
    const other = (await richGraph()).workshop.id;
    const clash: WorkshopGraph = {
      workshop: { ...g.workshop, id: other, title: 'Iets anders' },
      participants: g.participants.map((p) => ({ ...p, workshopId: other, name: `H ${p.name}` })),
      notes: g.notes.map((n) => ({ ...n, workshopId: other, text: `H ${n.text}` })),
      questionStates: g.questionStates.map((q) => ({ ...q, workshopId: other })),
      actionPoints: g.actionPoints.map((a) => ({ ...a, workshopId: other, title: `H ${a.title}` })),
      attachments: g.attachments.map((a) => ({ ...a, workshopId: other })),
    };
    expect(await importNew(clash)).toEqual({ kind: 'imported', workshopId: other });
    const mine = await readGraph(other);
    expect(mine?.notes.map((n) => n.text).sort()).toEqual(clash.notes.map((n) => n.text).sort());
    expect(mine?.notes.some((n) => g.notes.some((o) => o.id === n.id))).toBe(false);
    expect(mine?.participants.some((n) => g.participants.some((o) => o.id === n.id))).toBe(false);

    await device.switchTo(ROTTERDAM, rotterdam);
    const own = await readGraph(g.workshop.id);
    expect(own?.notes.map((n) => n.text).sort()).toEqual(g.notes.map((n) => n.text).sort());
    expect(own?.participants.map((p) => p.name).sort()).toEqual(g.participants.map((p) => p.name).sort());
    expect(own?.actionPoints.map((p) => p.title).sort()).toEqual(g.actionPoints.map((p) => p.title).sort());
    expect(own?.attachments.length).toBe(g.attachments.length);
  });

  it('a merge into the open vault’s workshop gives new ids to records another vault holds', { timeout: 30_000 }, async () => {
    const g = await richGraph();
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    await importNew(g);
    await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    const h = await richGraph();
    await importNew(h);
    // Heusden's workshop comes back from another tablet with a note under the id of one of Rotterdam's.
    const stolen = g.notes[0]!.id as NoteId;
    const back: WorkshopGraph = { ...h, notes: [...h.notes, { ...h.notes[0]!, id: stolen, text: 'Nieuw uit Heusden' }] };
    const bundle = await opened(Promise.resolve(back));
    const prepared = await prepareImport(bundle);
    expect(prepared.existing.kind).toBe('same-workshop');
    const r = await commitImports([{ bundle, choice: { kind: 'merge', choices: {} } }]);
    expect(r.ok).toBe(true);
    expect((await notesOfWorkshop(h.workshop.id)).map((n) => n.text)).toContain('Nieuw uit Heusden');
    expect((await notesOfWorkshop(h.workshop.id)).some((n) => n.id === stolen)).toBe(false);

    await device.switchTo(ROTTERDAM, rotterdam);
    expect((await notesOfWorkshop(g.workshop.id)).find((n) => n.id === stolen)?.text).toBe(g.notes[0]!.text);
  });
});

const labels = { role: () => 'participant', outsider: 'outsider', facilitator: 'f', organisation: 'o', place: 'p', or: 'or' };

describe('device records with content are each vault’s own', () => {
  it('the signer’s name, trusted signers and examples of one vault are not another’s, and writing them leaves the other’s alone', { timeout: 30_000 }, async () => {
    const k = await signingKey();
    const signer = { kid: k.kid, name: 'Anne van Rotterdam', jwk: k.publicJwk };
    const file = await anonymisedFile(anonymise(graph(), labels).graph, { createdAt: '2026-12-01T10:00:00.000Z', appVersion: '1' });
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    expect((await saveSignerName('Rotterdammer')).ok).toBe(true);
    expect((await trustSigner(signer)).ok).toBe(true);
    expect((await saveExample(file)).ok).toBe(true);

    const heusden = await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    expect(await readSignerName()).toBe('');
    expect(await listTrustedSigners()).toEqual([]);
    expect(await listExamples()).toEqual([]);
    expect(await getExample(file.sha256)).toBeNull();
    expect((await saveSignerName('Heuschenaar')).ok).toBe(true);
    expect((await trustSigner({ ...signer, name: 'Anne in Heusden' })).ok).toBe(true);
    expect((await saveExample(file)).ok).toBe(true);
    expect((await removeExample(file.sha256)).ok).toBe(true);
    expect((await forgetSigner(k.kid)).ok).toBe(true);
    expect((await saveSignerName('Heuschenaar')).ok).toBe(true);

    await device.switchTo(ROTTERDAM, rotterdam);
    expect(await readSignerName()).toBe('Rotterdammer');
    expect((await listTrustedSigners()).map((s) => s.name)).toEqual(['Anne van Rotterdam']);
    expect((await getExample(file.sha256))?.id).toBe(file.sha256);
    await device.switchTo(HEUSDEN, heusden);
    expect(await readSignerName()).toBe('Heuschenaar');
    expect(await listTrustedSigners()).toEqual([]);
  });

  it('a device whose vault stored them under one key for the device keeps them, as that vault’s', { timeout: 30_000 }, async () => {
    const k = await signingKey();
    const file = await anonymisedFile(anonymise(graph(), labels).graph, { createdAt: '2026-12-01T10:00:00.000Z', appVersion: '1' });
    // Written before the first vault, as the version before stored them.
    await saveSignerName('Rotterdammer');
    await trustSigner({ kid: k.kid, name: 'Anne', jwk: k.publicJwk });
    await saveExample(file);
    const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
    expect(await readSignerName()).toBe('Rotterdammer');
    // As the version before left them: sealed by the vault, under the device-wide key.
    const d = db();
    const rows = await d.settings.toArray();
    await lock();
    const rename = (key: string) => key.replace(/@.*$/, '');
    const idb = await d.backendDB();
    await new Promise<void>((resolve) => {
      const tx = idb.transaction('settings', 'readwrite');
      const store = tx.objectStore('settings');
      const all = store.getAll();
      all.onsuccess = () => {
        for (const row of all.result as { key: string }[]) {
          if (row.key === VAULT_KEY || rename(row.key) === row.key) continue;
          store.delete(row.key);
        }
      };
      tx.oncomplete = () => resolve();
    });
    expect(rows.length).toBeGreaterThan(0);
    await unlockPlainRewrite(rotterdam, rows.filter((r) => r.key !== VAULT_KEY).map((r) => ({ ...r, key: rename(r.key) })));

    await device.makeVault(HEUSDEN, 'Gemeente Heusden');
    expect(await readSignerName()).toBe('');
    await saveSignerName('Heuschenaar');
    await device.switchTo(ROTTERDAM, rotterdam);
    expect(await readSignerName()).toBe('Rotterdammer');
    expect((await listTrustedSigners()).map((s) => s.name)).toEqual(['Anne']);
    expect((await listExamples()).map((x) => x.id)).toEqual([file.sha256]);
    expect((await d.settings.toArray()).map((r) => r.key).filter((key) => key !== VAULT_KEY && !key.includes('@'))).toEqual(['signing-key', 'sync-clock'].filter((x) => rows.some((r) => r.key === x)));
    void vaultsRow;
  });
});

/**
 * Opens the vault and writes `rows` as the version before wrote them (sealed by this vault under the
 * device-wide keys), then locks and opens it again: the opening must take them over as its own.
 */
async function unlockPlainRewrite(vaultId: string, rows: readonly { key: string; value: unknown }[]): Promise<void> {
  device.forgetTries();
  expect(await unlock(ROTTERDAM, 'secret', vaultId)).toEqual({ ok: true });
  const d = db();
  // Straight through the middleware: sealed, under exactly these keys.
  await d.transaction('rw', d.settings, () => d.settings.bulkPut(rows.filter((r) => r.key !== 'signing-key' && r.key !== 'sync-clock') as never[]));
  await lock();
  device.forgetTries();
  expect(await unlock(ROTTERDAM, 'secret', vaultId)).toEqual({ ok: true });
}
