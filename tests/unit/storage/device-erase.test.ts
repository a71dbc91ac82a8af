// Why: "Alles van dit apparaat wissen" (issue 13): every vault's key goes first, in one
// transaction, then localStorage, then every row. Cut short right after the keys, nothing on the
// device can be read any more, and the next start finishes the erase before anything is shown.
import { describe, expect, it } from 'vitest';
import { defaultPack } from '../../../src/content/packs/default-pack';
import { GROUP } from '../../../src/domain/author';
import type { QuestionId, WorkshopId } from '../../../src/domain/ids';
import { addPhoto } from '../../../src/storage/attachments-repo';
import { db } from '../../../src/storage/db';
import { deviceContents, eraseDevice, eraseUnderWay, forgetAllKeys } from '../../../src/storage/device-erase';
import { keepDraft } from '../../../src/storage/drafts';
import { saveSignerName } from '../../../src/storage/keys-repo';
import { addNote } from '../../../src/storage/notes-repo';
import { openStorage } from '../../../src/storage/open';
import { addParticipant } from '../../../src/storage/participants-repo';
import { vaultsRow } from '../../../src/storage/vault-core';
import { lock, markLocked } from '../../../src/storage/vault-repo';
import { VAULT_KEY } from '../../../src/storage/vault';
import { createWorkshop, listWorkshops } from '../../../src/storage/workshops-repo';
import { meta } from '../support/fixtures';
import { HEUSDEN, ROTTERDAM, useVaultDevice } from '../support/vault-device';

const Q = 'bias.groups' as QuestionId;
const PHOTO = Uint8Array.from({ length: 2048 }, (_, i) => (i < 3 ? [0xff, 0xd8, 0xff][i]! : (i * 7919) % 251));

const device = useVaultDevice('device-erase');

async function workshop(title: string, who: string): Promise<WorkshopId> {
  const made = await createWorkshop(meta({ title, facilitator: who }), 'nl', defaultPack);
  if (!made.ok) throw new Error(made.problem);
  const w = made.value;
  await addParticipant(w, `${who} junior`, ['privacy-officer']);
  await addNote(w, Q, { text: `Notitie van ${who}`, kind: 'concern', speaker: GROUP });
  const photo = await addPhoto(w, { kind: 'workshop' }, { blob: new Blob([PHOTO], { type: 'image/jpeg' }), mediaType: 'image/jpeg', width: 64, height: 64, caption: `Foto van ${who}` });
  if (!photo.ok) throw new Error('photo');
  await saveSignerName(who);
  keepDraft(`${w}:goal.purpose`, `Concept van ${who}`);
  return w;
}

const appKeys = () => device.storage.entries().filter(([k]) => k.startsWith('deda-tafel'));

/** Two organisations, each with a workshop, a photo, a signer's name and a draft; preferences too. */
async function twoOrganisations() {
  const rotterdam = await device.makeVault(ROTTERDAM, 'Gemeente Rotterdam');
  await workshop('Bijstand en fraude', 'Rotterdammer');
  await device.makeVault(HEUSDEN, 'Gemeente Heusden');
  await workshop('Afvalinzameling', 'Heuschenaar');
  device.storage.setItem('deda-tafel:lang', 'en');
  device.storage.setItem('deda-tafel:vault-idle-minutes', '5');
  return { rotterdam, keys: vaultsRow()!.vaults.map((v) => v.keys) };
}

describe('erasing the whole device', () => {
  it('says what goes, then leaves nothing: no vault, no row, no app key in localStorage; the app starts as a new device', { timeout: 30_000 }, async () => {
    await twoOrganisations();
    expect(await deviceContents()).toEqual({ organisations: 2, workshops: 2, photos: 2, snapshots: 0, drafts: 2 });
    await lock();

    await eraseDevice();
    const after = await device.raw();
    expect(Object.values(after.counts).every((n) => n === 0)).toBe(true);
    expect(appKeys()).toEqual([]);

    // The next start: a device without vaults, nothing of either organisation.
    device.restart();
    expect(await openStorage()).toEqual({ ok: true, locked: false });
    expect(await markLocked()).toEqual([]);
    expect(await listWorkshops()).toEqual([]);
    expect((await createWorkshop(meta({ title: 'Weer nieuw' }), 'nl', defaultPack)).ok).toBe(true);
    expect((await device.raw()).text).toContain('Weer nieuw');
  });

  it('works on a device without vaults too', { timeout: 30_000 }, async () => {
    await workshop('Zonder kluis', 'Iemand');
    expect(await deviceContents()).toEqual({ organisations: 0, workshops: 1, photos: 1, snapshots: 0, drafts: 1 });
    await eraseDevice();
    expect(Object.values((await device.raw()).counts).every((n) => n === 0)).toBe(true);
    expect(appKeys()).toEqual([]);
  });

  it('cut short after the keys, leaves nothing anyone can open; the next start finishes it', { timeout: 30_000 }, async () => {
    const { keys } = await twoOrganisations();
    await lock();

    await forgetAllKeys();
    const latin1 = new TextDecoder('latin1');
    const cut = await device.raw();
    // The rows are still there, sealed; no wrapped key of either vault is.
    expect(cut.counts.workshops).toBe(2);
    for (const k of keys) {
      expect(cut.text).not.toContain(latin1.decode(k.byPassphrase));
      expect(cut.text).not.toContain(latin1.decode(k.byRecovery));
    }
    for (const s of ['Bijstand en fraude', 'Afvalinzameling', 'Rotterdammer', 'Heuschenaar']) expect(cut.text + JSON.stringify(device.storage.entries())).not.toContain(s);
    expect(await eraseUnderWay()).toBe(true);

    // The next start: a new connection that knows nothing; the erase is finished before anything is read.
    device.restart();
    expect(await openStorage()).toEqual({ ok: true, locked: false });
    expect(Object.values((await device.raw()).counts).every((n) => n === 0)).toBe(true);
    expect(appKeys()).toEqual([]);
    expect(await db().settings.get(VAULT_KEY)).toBeUndefined();
    expect(await markLocked()).toEqual([]);
    expect(await listWorkshops()).toEqual([]);
  });
});
