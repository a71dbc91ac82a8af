// Journey: a facilitator carries workshops between devices. A bundle made on "another device"
// (here: Node, signing with the independent jose library over our canonical JSON) is imported
// with its signer shown; the whole device is backed up and opened in a fresh browser (another
// device); a tampered copy is refused with a reason a person understands and nothing is
// written; import works offline; without Web Share the file is downloaded; the device key is
// kept by the real browser, non-extractable; the command-line verifier agrees with the app.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import type { Browser, Page } from '@playwright/test';
import * as jose from 'jose';
import type { ContentPack } from '../../src/content/pack-types';
import { defaultPack } from '../../src/content/packs/default-pack';
import type { ActionPointId, AttachmentId, NoteId, ParticipantId, QuestionId, TopicId, WorkshopId } from '../../src/domain/ids';
import type { IsoDate, IsoDateTime } from '../../src/domain/time';
import { newWorkshop } from '../../src/domain/workshop';
import type { WorkshopGraph } from '../../src/domain/workshop-graph';
import { backupJson } from '../../src/exchange/backup';
import { buildPayload } from '../../src/exchange/bundle';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../src/exchange/bundle-schema';
import { canonicalBytes } from '../../src/exchange/canonical-json';
import { sha256Hex } from '../../src/exchange/digest';
import { fingerprint } from '../../src/exchange/signing-key';
import { becomeOfflineReady, createWorkshop, expect, foreignRequests, test } from './support/fixtures';
import { ROOT } from './support/global-setup';

// This journey needs the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const T = '2026-11-12T09:30:00.000Z' as IsoDateTime;
const topic = defaultPack.groups[0]?.topics[0];
const question = topic?.questions[0]?.id as QuestionId;

/** A rich workshop as another device would have it. */
async function otherDeviceGraph(title: string): Promise<WorkshopGraph> {
  const w = newWorkshop({
    id: crypto.randomUUID() as WorkshopId,
    meta: { title, organisation: 'Gemeente Zuidhaven', dataProject: 'Sensoren', date: '2026-11-12' as IsoDate, place: 'Stadhuis', facilitator: 'Zoë Ørsted-Çelik' },
    lang: 'nl',
    pack: { id: defaultPack.id, version: defaultPack.version },
    agenda: [],
    now: T,
  });
  const p1 = { id: crypto.randomUUID() as ParticipantId, workshopId: w.id, name: 'Łukasz Wróbel', roles: ['privacy-officer' as const], roleNote: '', order: 0, createdAt: T, updatedAt: T };
  const n1 = { id: crypto.randomUUID() as NoteId, workshopId: w.id, questionId: question, text: 'Gegevens uit de BRP 🚛 — 日本語のメモ', kind: 'concern' as const, speaker: { kind: 'participant' as const, participantId: p1.id }, order: 0, via: 'table' as const, createdAt: T, updatedAt: T };
  const png = new Uint8Array(readFileSync(join(ROOT, 'public/icons/icon-192.png')));
  return {
    workshop: w,
    participants: [p1],
    notes: [n1],
    questionStates: [{ workshopId: w.id, questionId: question, status: 'discussed', reason: '', updatedAt: T }],
    actionPoints: [
      {
        id: crypto.randomUUID() as ActionPointId,
        workshopId: w.id,
        title: 'Grondslag laten toetsen',
        description: '',
        owner: { kind: 'participant', participantId: p1.id },
        dueDate: null,
        priority: 'high',
        isCondition: true,
        status: 'open',
        dropReason: '',
        origin: { kind: 'note', noteId: n1.id, questionId: question, topicId: (topic?.id ?? null) as TopicId | null },
        valueId: null,
        precondition: null,
        order: 0,
        createdAt: T,
        updatedAt: T,
        completedAt: null,
        done: { note: '', by: '', on: null },
      },
    ],
    attachments: [
      { id: crypto.randomUUID() as AttachmentId, workshopId: w.id, target: { kind: 'workshop' }, caption: 'Poster', mediaType: 'image/png', width: 192, height: 192, byteSize: png.length, sha256: await sha256Hex(png), blob: new Blob([png], { type: 'image/png' }), createdAt: T },
    ],
  };
}

/** A bundle signed by jose, to the format's spec: the "other device". */
async function joseBundle(title: string, signer = 'Mirjam van Dijk', edit?: (payload: Record<string, any>) => void, pack: ContentPack = defaultPack) {
  const payload = JSON.parse(JSON.stringify(await buildPayload(await otherDeviceGraph(title), pack, { appVersion: '0.1.0', now: T }))) as Record<string, any>;
  const { publicKey, privateKey } = await jose.generateKeyPair('ES256');
  const { kty, crv, x, y } = await jose.exportJWK(publicKey);
  const jwk = { kty, crv, x, y };
  const kid = await jose.calculateJwkThumbprint(jwk as jose.JWK, 'sha256');
  const jws = await new jose.FlattenedSign(canonicalBytes(payload)).setProtectedHeader({ alg: 'ES256', b64: false, crit: ['b64'], jwk, kid, iat: 1_794_000_000, signer }).sign(privateKey);
  edit?.(payload);
  const bundle = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, payload, signature: { protected: jws.protected, signature: jws.signature } };
  return { buffer: Buffer.from(JSON.stringify(bundle)), kid, fingerprint: fingerprint(kid) };
}

type KeyPair = Awaited<ReturnType<typeof jose.generateKeyPair>>;

/** A workshop signed by a given key, as its own device would: for the same workshop twice, or one key for many. */
async function signedBy(graph: WorkshopGraph, signer: string, keys: KeyPair) {
  const payload = JSON.parse(JSON.stringify(await buildPayload(graph, defaultPack, { appVersion: '0.1.0', now: T }))) as Record<string, any>;
  const { kty, crv, x, y } = await jose.exportJWK(keys.publicKey);
  const jwk = { kty, crv, x, y };
  const kid = await jose.calculateJwkThumbprint(jwk as jose.JWK, 'sha256');
  const jws = await new jose.FlattenedSign(canonicalBytes(payload)).setProtectedHeader({ alg: 'ES256', b64: false, crit: ['b64'], jwk, kid, iat: 1_794_000_000, signer }).sign(keys.privateKey);
  const json = JSON.stringify({ format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, payload, signature: { protected: jws.protected, signature: jws.signature } });
  return { json, buffer: Buffer.from(json), fingerprint: fingerprint(kid) };
}

/** Drops a file on the import screen's drop zone, as dragging it from the file manager does. */
async function dropFile(page: Page, name: string, buffer: Buffer) {
  const transfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'application/json' }));
      return dt;
    },
    { name, text: buffer.toString('utf8') },
  );
  await page.locator('.drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function openImport(page: Page) {
  await page.getByRole('link', { name: 'Workshop importeren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop importeren' })).toBeVisible();
}

/** The payloads of a backup file by workshop id, without the moment of export. */
function readBackup(path: string): Map<string, unknown> {
  const backup = JSON.parse(readFileSync(path, 'utf8')) as { bundles: { payload: { exportedAt: string; workshop: { id: string } } }[] };
  return new Map(backup.bundles.map(({ payload: { exportedAt: _e, ...rest } }) => [rest.workshop.id, rest]));
}

async function freshDevice(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 820, height: 1180 }, hasTouch: true, locale: 'nl-NL', acceptDownloads: true });
  return { context, page: await context.newPage() };
}

test('a bundle from another device opens with its signer shown, and the signer can be trusted', async ({ page, app, requests }) => {
  const made = await joseBundle('Slimme vuilcontainers — Zuidhaven');
  await page.goto('/');
  await openImport(page);
  await chooseFile(page, 'zuidhaven.deda.json', made.buffer);
  await expect(page.locator('[data-preview-title]')).toHaveText('Slimme vuilcontainers — Zuidhaven');
  // The workshop's own words carry the workshop's language (3.1.2).
  await expect(page.locator('[data-preview-title]')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('[data-preview-counts]')).toHaveText('Deelnemers: 1 · notities: 1 · actiepunten: 1 · foto’s: 1');
  await expect(page.locator('[data-signer-name]')).toHaveText('Mirjam van Dijk');
  await expect(page.locator('[data-fingerprint]')).toHaveText(made.fingerprint);
  await expect(page.locator('[data-signer-status="unknown"]')).toBeVisible();
  await expectNoAxeViolations(page, 'preview, unknown signer');
  await page.getByLabel('Deze ondertekenaar onthouden als vertrouwd').check();
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Slimme vuilcontainers — Zuidhaven' })).toBeVisible();

  // The same file again: the workshop is already here, the signer is now known.
  await page.goto('/importeren');
  await chooseFile(page, 'zuidhaven.deda.json', made.buffer);
  await expect(page.locator('[data-signer-status="trusted"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Deze workshop staat al op dit apparaat' })).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Importeren', exact: true });
  await expect(importButton).toBeDisabled(); // never a silent overwrite: a choice is needed
  await expectNoAxeViolations(page, 'conflict');
  await page.getByLabel(/Beide bewaren/).check();
  await importButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Slimme vuilcontainers — Zuidhaven (geïmporteerd)' })).toBeVisible();

  // Replace: the current version stays recoverable on the device page.
  await page.goto('/importeren');
  await chooseFile(page, 'zuidhaven.deda.json', made.buffer);
  await page.getByLabel(/Vervangen/).check();
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Slimme vuilcontainers — Zuidhaven' })).toBeVisible();
  await page.goto('/apparaat');
  await expect(page.getByRole('heading', { name: 'Vervangen versies' })).toBeVisible();
  await page.getByRole('button', { name: 'Slimme vuilcontainers — Zuidhaven terugzetten' }).click();
  await expect(page.getByRole('heading', { name: 'Vervangen versies' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Vertrouwde ondertekenaars' })).toBeVisible();
  await expect(page.getByText('Mirjam van Dijk')).toBeVisible();
  await page.getByRole('button', { name: 'Mirjam van Dijk vergeten' }).click();
  await expect(page.getByText('Er zijn nog geen vertrouwde ondertekenaars.')).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Slimme vuilcontainers — Zuidhaven (teruggezet)' })).toBeVisible();
  await expect(page.locator('.card')).toHaveCount(3);

  expect(foreignRequests(requests, app.origin)).toEqual([]);
});

test('a backup made on one device imports on another, and the verifier agrees', async ({ page, app, browser }) => {
  // Device A: a workshop from a bundle (rich content) and one made by hand.
  await page.goto('/importeren');
  await chooseFile(page, 'a.deda.json', (await joseBundle('Parkeersensoren')).buffer);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Parkeersensoren' })).toBeVisible();
  await page.goto('/');
  await createWorkshop(page, { title: 'Bijstand en algoritmen', organisation: 'Gemeente Voorbeeld' });
  await page.goto('/');
  await expect(page.locator('[data-export-reminder]')).toHaveCount(1); // the hand-made one was never exported

  await page.goto('/apparaat');
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^DEDA Tafel reservekopie \d{4}-\d{2}-\d{2}\.json$/);
  const file = await download.path();
  await expect(page.getByText(/De reservekopie met 2 workshops is gemaakt/)).toBeVisible();
  const deviceFingerprint = await page.locator('[data-device-fingerprint]').textContent();
  await page.goto('/');
  await expect(page.locator('[data-export-reminder]')).toHaveCount(0); // the backup counts as an export

  // The command-line verifier says OK, with this device's fingerprint.
  const report = execFileSync('npm', ['run', '--silent', 'verify', '--', file], { cwd: ROOT, encoding: 'utf8' });
  expect(report).toContain(`Fingerprint:     ${deviceFingerprint}`);
  expect(report.trim().endsWith('OK')).toBe(true);

  // Device B: a fresh browser context.
  const b = await freshDevice(browser, app.origin);
  await b.page.goto('/');
  await expect(b.page.getByText('Nog geen workshops op dit apparaat')).toBeVisible();
  await openImport(b.page);
  await b.page.locator('input[type=file]').setInputFiles(file);
  await expect(b.page.getByRole('heading', { name: /^Reservekopie van/ })).toBeVisible();
  await expect(b.page.getByText('Nieuw op dit apparaat')).toHaveCount(2);
  await b.page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(b.page.getByRole('link', { name: 'Parkeersensoren' })).toBeVisible();
  await expect(b.page.getByRole('link', { name: 'Bijstand en algoritmen' })).toBeVisible();
  await expect(b.page.getByText('Gemeente Zuidhaven')).toBeVisible();

  // Compare: device B's own backup carries exactly the workshops device A sent.
  await b.page.goto('/apparaat');
  const again = b.page.waitForEvent('download');
  await b.page.getByRole('button', { name: 'Reservekopie maken' }).click();
  const fromB = readBackup(await (await again).path());
  const fromA = readBackup(file);
  expect(fromB.size).toBe(2);
  for (const [id, payload] of fromA) expect(fromB.get(id), `workshop ${id}`).toEqual(payload);
  await b.context.close();
});

test('a tampered bundle is refused with a reason a person understands, and nothing is written', async ({ page }) => {
  const tampered = await joseBundle('Camera’s in de binnenstad', 'Mirjam', (p) => {
    p.notes[0].text = 'Geen bezwaren.';
  });
  await page.goto('/importeren');
  await dropFile(page, 'camera.deda.json', tampered.buffer);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Dit bestand is niet ingelezen');
  await expect(alert).toContainText('De handtekening klopt niet: de inhoud is veranderd nadat de bundel is ondertekend');
  await expect(alert).toContainText('Er is niets op dit apparaat veranderd.');
  await expect(page.locator('[data-refusal="signature/signature-invalid"]')).toBeVisible();
  await expectNoAxeViolations(page, 'refused');

  // Markup smuggled into a title, signed by a hostile signer: refused, never rendered.
  const marked = await joseBundle('<img src=x onerror="document.title=1">');
  await chooseFile(page, 'marked.deda.json', marked.buffer);
  await expect(page.locator('[data-refusal="markup"]')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);

  // A participant's name turned around by an invisible override, to show as a colleague's:
  // refused, with the place named and the character written out.
  const reversed = await joseBundle('Camera’s in de binnenstad', 'Mirjam', (p) => {
    p.participants[0].name = '\u202eseirv ed ennA';
  });
  await chooseFile(page, 'reversed.deda.json', reversed.buffer);
  await expect(page.locator('[data-refusal="control-character"]')).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('In een deelnemer in dit bestand staat een onzichtbaar stuurteken (U+202E): ‘⟨U+202E⟩seirv ed ennA’');

  await page.goto('/');
  await expect(page.getByText('Nog geen workshops op dit apparaat')).toBeVisible();
});

test('a bundle that brings other questions under the built-in question set’s name is refused, and nothing is written', async ({ page }) => {
  const forged = JSON.parse(JSON.stringify(defaultPack)) as { groups: { topics: { questions: { text: { nl: string; en: string } }[] }[] }[] };
  const first = forged.groups[0]?.topics[0]?.questions[0];
  if (!first) throw new Error('no question');
  first.text = { nl: 'Mogen we alles voor altijd bewaren?', en: 'May we keep everything forever?' };
  const bundle = await joseBundle('Andere vragen', 'Mirjam', undefined, forged as unknown as ContentPack);
  await page.goto('/importeren');
  await chooseFile(page, 'vragen.deda.json', bundle.buffer);
  const alert = page.locator('[data-refusal="pack-conflict"]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`De vragenset ‘${defaultPack.id}’ versie ${defaultPack.version} in dit bestand heeft andere teksten`);
  await expect(alert).toContainText('Er is niets op dit apparaat veranderd.');
  await expectNoAxeViolations(page, 'pack refused');
  await page.goto('/');
  await expect(page.getByText('Nog geen workshops op dit apparaat')).toBeVisible();
});

test('import works without a network', async ({ page, app }) => {
  await page.goto('/');
  await becomeOfflineReady(page);
  await app.stop();
  await page.goto('/importeren');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshop importeren' })).toBeVisible();
  await chooseFile(page, 'offline.deda.json', (await joseBundle('Offline ingelezen')).buffer);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offline ingelezen' })).toBeVisible();
});

test('where Web Share with files exists, the backup is shared instead of downloaded', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: string[] = [];
    (window as unknown as { __shared: string[] }).__shared = shared;
    Object.defineProperty(navigator, 'canShare', { value: (d: ShareData) => Array.isArray(d.files) && d.files.length > 0, configurable: true });
    Object.defineProperty(navigator, 'share', {
      value: async (d: ShareData) => {
        for (const f of d.files ?? []) shared.push(`${f.name}|${f.type}|${(await f.text()).slice(0, 40)}`);
      },
      configurable: true,
    });
  });
  await page.goto('/');
  await createWorkshop(page, { title: 'Deelbaar' });
  await page.goto('/apparaat');
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  await expect(page.getByText(/De bundel is gedeeld/)).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { __shared: string[] }).__shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]).toMatch(/^DEDA Tafel reservekopie .*\.json\|application\/json\|\{"format":"deda-tafel\/backup"/);
  expect(downloaded).toBe(false);
});

test('the device key is kept by the browser, cannot be read out, and can be replaced', async ({ page }) => {
  await page.goto('/apparaat');
  await expect(page.locator('[data-device-key="none"]')).toBeVisible();
  await page.getByRole('button', { name: 'Sleutel nu maken' }).click();
  const fp = page.locator('[data-device-fingerprint]');
  await expect(fp).toHaveText(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  const first = await fp.textContent();
  await page.reload();
  await expect(fp).toHaveText(first ?? '');

  // Read-only look at what IndexedDB holds: a CryptoKey that refuses to be exported.
  const stored = await page.evaluate(
    () =>
      new Promise<{ type: string; extractable: boolean; exportRefused: boolean }>((resolve, reject) => {
        const open = indexedDB.open('deda-tafel');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('signing-key');
          get.onsuccess = async () => {
            const key = (get.result as { value: { privateKey: CryptoKey } }).value.privateKey;
            const exportRefused = await crypto.subtle.exportKey('jwk', key).then(
              () => false,
              () => true,
            );
            open.result.close();
            resolve({ type: key.type, extractable: key.extractable, exportRefused });
          };
        };
      }),
  );
  expect(stored).toEqual({ type: 'private', extractable: false, exportRefused: true });

  await page.getByRole('button', { name: 'Nieuwe sleutel maken' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nieuwe sleutel maken' }).click();
  await expect(fp).not.toHaveText(first ?? '');
  const second = await fp.textContent();
  await page.reload();
  await expect(fp).toHaveText(second ?? '');
});

test('a bundle re-signed with another key under a trusted colleague’s name is warned about before anything is written', async ({ page }) => {
  const mirjam = await jose.generateKeyPair('ES256');
  const impostor = await jose.generateKeyPair('ES256');
  const real = await signedBy(await otherDeviceGraph('Parkeersensoren'), 'Mirjam van Dijk', mirjam);
  await page.goto('/importeren');
  await chooseFile(page, 'echt.deda.json', real.buffer);
  await page.getByLabel('Deze ondertekenaar onthouden als vertrouwd').check();
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Parkeersensoren' })).toBeVisible();

  // The same name, typed a little differently, under a key this device does not know.
  const forged = await signedBy(await otherDeviceGraph('Camera’s op het plein'), '  mirjam VAN  dijk', impostor);
  await page.goto('/importeren');
  await chooseFile(page, 'vals.deda.json', forged.buffer);
  const warning = page.locator('[data-name-warning]');
  await expect(warning.getByRole('heading', { name: 'Let op: dit is niet de sleutel van Mirjam van Dijk die dit apparaat kent' })).toBeFocused();
  await expect(warning).toContainText('ondertekend als ‘  mirjam VAN  dijk’');
  await expect(warning.locator('[data-fingerprint-incoming]')).toHaveText(forged.fingerprint);
  await expect(warning.locator('[data-fingerprint-known]')).toHaveText(real.fingerprint);
  await expect(page.locator('[data-signer-status="name-of-another-key"]')).toBeVisible();
  await expect(page.getByText('De handtekening klopt', { exact: false })).toHaveCount(0); // no green "signature matches"
  const importAnyway = page.getByRole('button', { name: 'Toch importeren' });
  await expect(importAnyway).toBeDisabled();
  await expect(importAnyway).not.toHaveClass(/primary/);
  await expect(page.getByRole('button', { name: 'Niet importeren' })).toHaveClass(/primary/);
  await expect(page.locator('[data-trust]')).toHaveCount(0); // trusting is not one tap away
  await expectNoAxeViolations(page, 'known name under another key');
  await page.screenshot({ path: test.info().outputPath('name-warning.png'), fullPage: true });

  await page.getByLabel('Ik weet van wie deze bundel komt en wil hem toch importeren').check();
  await expect(page.getByLabel(/Ook deze sleutel vertrouwen onder de naam ‘Mirjam van Dijk’/)).not.toBeChecked();
  await importAnyway.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Camera’s op het plein' })).toBeVisible();
  await page.goto('/apparaat');
  await expect(page.locator('[data-same-name]')).toHaveCount(0); // the other key was not trusted
});

test('a backup shows each workshop’s signer and what would change, and is decided per workshop', async ({ page }) => {
  const mirjam = await jose.generateKeyPair('ES256');
  const parking = await otherDeviceGraph('Parkeersensoren');
  const welfare = await otherDeviceGraph('Bijstand en algoritmen');
  await page.goto('/importeren');
  await chooseFile(page, 'p.deda.json', (await signedBy(parking, 'Mirjam van Dijk', mirjam)).buffer);
  await page.getByLabel('Deze ondertekenaar onthouden als vertrouwd').check();
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Parkeersensoren' })).toBeVisible();
  await page.goto('/importeren');
  await chooseFile(page, 'w.deda.json', (await signedBy(welfare, 'Mirjam van Dijk', mirjam)).buffer);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijstand en algoritmen' })).toBeVisible();

  // A backup: a later version of one, the same other one, one under Mirjam's name with
  // another key, and one from an unknown signer.
  const later = { ...parking, workshop: { ...parking.workshop, title: 'Parkeersensoren 2027', updatedAt: '2026-12-01T10:00:00.000Z' as IsoDateTime } };
  const bundles = [
    await signedBy(later, 'Mirjam van Dijk', mirjam),
    await signedBy(welfare, 'Mirjam van Dijk', mirjam),
    await signedBy(await otherDeviceGraph('Wifi-tellingen'), 'Mirjam van Dijk', await jose.generateKeyPair('ES256')),
    await signedBy(await otherDeviceGraph('Slimme lantaarnpalen'), 'Piet de Boer', await jose.generateKeyPair('ES256')),
  ];
  const backup = Buffer.from(backupJson(bundles.map((b) => b.json), { createdAt: '2026-12-02T09:00:00.000Z', appVersion: '0.1.0' }));
  await page.goto('/importeren');
  await chooseFile(page, 'reservekopie.json', backup);
  await expect(page.getByRole('heading', { name: /^Reservekopie van/ })).toBeVisible();
  const item = (n: number) => page.locator(`[data-backup-item="${n}"]`);
  await expect(item(0).locator('[data-signer-status]')).toHaveAttribute('data-signer-status', 'trusted');
  await expect(item(2).locator('[data-signer-status]')).toHaveAttribute('data-signer-status', 'name-of-another-key');
  await expect(item(2).getByRole('heading', { name: /Let op: dit is niet de sleutel van Mirjam van Dijk/ })).toBeVisible();
  await expect(item(3).locator('[data-signer-status]')).toHaveAttribute('data-signer-status', 'unknown');
  // Defaults: what is here already, or signed under a borrowed name, is skipped unless chosen.
  await expect(item(0).getByLabel('Overslaan')).toBeChecked();
  await expect(item(1).getByLabel('Overslaan')).toBeChecked();
  await expect(item(2).getByLabel('Overslaan')).toBeChecked();
  await expect(item(3).getByLabel('Importeren')).toBeChecked();

  // What would change for the first: its title, and its last change.
  await item(0).getByText('Verschillen met de versie op dit apparaat').click();
  await expect(item(0).locator('[data-row="title"][data-differs]')).toContainText('Parkeersensoren 2027');
  await expect(item(0).locator('[data-row="updatedAt"][data-differs]')).toBeVisible();
  await expect(item(0).locator('[data-row="notes"][data-differs]')).toHaveCount(0);
  await item(0).getByLabel(/^Vervangen/).check();
  await expect(page.locator('[data-backup-chosen]')).toHaveText('2 workshops worden geïmporteerd.');
  await expectNoAxeViolations(page, 'backup preview, per workshop');
  await page.screenshot({ path: test.info().outputPath('backup-preview.png'), fullPage: true });
  await item(0).screenshot({ path: test.info().outputPath('backup-item-replace.png') });
  await item(2).screenshot({ path: test.info().outputPath('backup-item-name-warning.png') });

  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Parkeersensoren 2027' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Slimme lantaarnpalen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bijstand en algoritmen' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wifi-tellingen' })).toHaveCount(0);
  await expect(page.locator('.card')).toHaveCount(3);
});
