// Journey: many hands at one table. The tablet shows the join code of a topic; a phone scans it
// with its camera (Chromium's fake camera playing the code, so the real camera and decoder path
// runs), two people write twenty notes on it with a reload in between, and hand them over as
// QR codes the tablet scans in turn. The notes land on the poster credited to their writers and
// marked as written on another device; the same notes again, as a file, add nothing.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import config from './playwright.config';
import { showCodes } from './support/fake-camera';
import { createWorkshop, expect, settled, step, test } from './support/fixtures';
import { tapTopicTool } from './support/topic-menu';

const CAMERA = join(tmpdir(), `deda-fake-camera-${process.pid}.y4m`);
const SHOTS = process.env.HANDS_SHOTS;
showCodes(CAMERA, [null]);

test.use({
  launchOptions: {
    ...config.use?.launchOptions,
    args: [...(config.use?.launchOptions?.args ?? []), '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${CAMERA}`],
  },
});

const FATIMA = ['De adressen komen uit de BRP, via Burgerzaken.', 'Wie controleert de koppeling na een verhuizing?', 'Bewoners moeten kunnen zien wat we gebruiken.', 'Is de dataset van drie jaar terug nog actueel?', 'Per straat rapporteren maakt kleine groepen herleidbaar.', 'Eerst een pilot in één wijk.', 'De leverancier bewaart logbestanden: waar?', 'We hebben nog geen DPIA.', 'De medewerker moet het kunnen uitleggen.', 'Wat als één wijk vaker wordt gekozen?'];
const SANNE = ['Het moet ook zonder de app werken.', 'Gegevens wissen na afloop van het traject.', 'Een menselijke toets voor elke brief.', 'CBS-cijfers zijn open, de combinatie niet.', 'Effect meten zonder individuele gegevens?', 'Toegang voor twee medewerkers, met logging.', 'Wie is eigenaar van de data na het contract?', 'Een korte uitleg op de website.', 'Vraag de ondernemingsraad om advies.', 'Herhaal deze sessie over een jaar.'];
const KINDS = ['Antwoord', 'Zorg', 'Open vraag', 'Idee'];

async function writeNotes(phone: Page, texts: readonly string[], from: number): Promise<void> {
  const forms = phone.locator('.contribute-question');
  const count = await forms.count();
  for (const [i, text] of texts.entries()) {
    const form = forms.nth(i % count);
    await form.getByLabel('Soort notitie').selectOption({ label: KINDS[i % KINDS.length]! });
    await form.getByLabel('Je notitie').fill(text);
    await form.getByRole('button', { name: 'Bewaar notitie' }).click();
    await expect(phone.locator('[data-kept]')).toHaveAttribute('data-kept', String(from + i + 1));
  }
}

test('twenty notes by two people on a phone reach the tablet by camera, credited and marked; again by file they add nothing', async ({ browser, app }) => {
  const tabletContext = await browser.newContext({ baseURL: app.origin, viewport: { width: 1180, height: 820 }, hasTouch: true, locale: 'nl-NL', permissions: ['camera'] });
  const phoneContext = await browser.newContext({ baseURL: app.origin, viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'nl-NL', permissions: ['camera'], acceptDownloads: true });
  const tablet = await tabletContext.newPage();
  const phone = await phoneContext.newPage();

  // The tablet: a workshop, one person at the table, the topic "Bron" as a poster.
  await tablet.goto('/');
  await createWorkshop(tablet, { title: 'Vroegsignalering schulden' });
  await tablet.goto(step(tablet, 'participants'));
  await tablet.locator('.add-person').getByLabel('Naam of initialen', { exact: true }).fill('Fatima');
  await tablet.locator('.add-person').getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(tablet.locator('.person')).toHaveCount(1);
  await settled(tablet);
  await tablet.goto(step(tablet, 'topic:source'));
  await tapTopicTool(tablet, 'Meeschrijven');
  const joinQr = tablet.getByRole('img', { name: /QR-code om mee te schrijven/ });
  await expect(joinQr).toBeVisible();
  if (SHOTS) await tablet.screenshot({ path: `${SHOTS}/tablet-join.png` });
  await expectNoAxeViolations(tablet, 'the join code');
  const joinText = await joinQr.getAttribute('data-qr');
  expect(joinText).toMatch(/^DTJ1\/1\/1\//);

  // The phone scans it with its camera.
  showCodes(CAMERA, [joinText]);
  await phone.goto('/');
  await phone.getByRole('link', { name: 'Meeschrijven' }).click();
  await phone.getByRole('button', { name: 'Scan de code van de tafel' }).click();
  await expect(phone.getByRole('heading', { name: 'Wie ben jij?' })).toBeVisible();
  await expect(phone.getByText('Workshop: Vroegsignalering schulden')).toBeVisible();

  // Fatima writes ten notes; the phone reloads halfway and loses nothing.
  await phone.getByRole('button', { name: 'Fatima', exact: true }).click();
  await expect(phone.getByText('Je schrijft als Fatima.')).toBeVisible();
  await writeNotes(phone, FATIMA.slice(0, 5), 0);
  await phone.reload();
  await expect(phone.locator('[data-kept]')).toHaveAttribute('data-kept', '5');
  await writeNotes(phone, FATIMA.slice(5), 5);
  // Sanne, not on the tablet's list, types her name and writes ten more.
  await phone.getByRole('button', { name: 'Iemand anders schrijft' }).click();
  await phone.getByLabel('Of typ je naam').fill('Sanne de Vries');
  await phone.getByRole('button', { name: 'Schrijf als deze naam' }).click();
  await writeNotes(phone, SANNE, 10);
  await phone.reload();
  await expect(phone.locator('[data-kept]')).toHaveAttribute('data-kept', '20');
  await expect(phone.locator('.contribute-note')).toHaveCount(20);
  if (SHOTS) await phone.screenshot({ path: `${SHOTS}/phone-writing.png` });
  await expectNoAxeViolations(phone, 'writing on the phone');

  // "Geef aan de tafel": the codes, stopped on the first to read them all.
  await phone.getByRole('button', { name: 'Geef aan de tafel' }).click();
  await phone.getByRole('button', { name: 'Stop het wisselen' }).click();
  const partOf = phone.locator('.part-of');
  const count = Number(await partOf.getAttribute('data-parts'));
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(3);
  const byNumber = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    byNumber.set((await partOf.getAttribute('data-part'))!, (await phone.getByRole('img', { name: /QR-code \d van \d met de notities/ }).getAttribute('data-qr'))!);
    await phone.getByRole('button', { name: 'Volgende code' }).click();
  }
  const parts = [...byNumber.values()];
  expect(new Set(parts).size).toBe(count);
  if (SHOTS) await phone.screenshot({ path: `${SHOTS}/phone-handover.png` });
  await expectNoAxeViolations(phone, 'the codes to hand over');

  // The tablet scans them, last first: any order will do.
  showCodes(CAMERA, [...parts].reverse(), 1);
  await tablet.getByRole('dialog', { name: 'Schrijf mee op je eigen telefoon' }).getByRole('button', { name: 'Ontvang notities' }).click();
  const scanStarted = Date.now();
  const receive = tablet.getByRole('dialog', { name: 'Notities ontvangen' });
  await expect(receive.locator('[data-received-count]')).toHaveText('20 notities van 2 mensen', { timeout: 30_000 });
  await expect(receive.locator('[data-received="open"]')).toHaveCount(20);
  await expect(receive.locator('.received__note').filter({ hasText: FATIMA[0]! })).toContainText('Van Fatima');
  if (SHOTS) await tablet.screenshot({ path: `${SHOTS}/tablet-review.png` });
  await expectNoAxeViolations(tablet, 'the review list');
  await receive.getByRole('button', { name: 'Alles overnemen' }).click();
  await expect(receive.locator('[data-received="taken"]')).toHaveCount(20);
  await receive.getByRole('button', { name: 'Sluiten' }).click();

  // On the poster: twenty notes marked as written on another device, each credited right.
  const marked = tablet.locator('.note[data-via="contribution"][data-state="stored"]');
  await expect(marked).toHaveCount(20);
  // A figure for the record, never asserted: from opening the scanner to the notes on the poster.
  test.info().annotations.push({ type: 'scan-to-poster', description: `${Date.now() - scanStarted} ms for ${count} codes shown 1 s each` });
  for (const [texts, name] of [[FATIMA, 'Fatima'], [SANNE, 'Sanne de Vries']] as const)
    for (const text of texts) await expect(marked.filter({ hasText: text }).locator('.note__speaker')).toHaveText(`⇄ van een ander apparaat: ${name}`);
  if (SHOTS) await tablet.screenshot({ path: `${SHOTS}/tablet-poster.png` });

  // The same notes as a file (no camera needed): listed as already there, nothing added.
  const download = phone.waitForEvent('download');
  await phone.getByRole('button', { name: 'Deel of bewaar als bestand' }).click();
  const file = await (await download).path();
  await tapTopicTool(tablet, 'Meeschrijven');
  await tablet.getByRole('dialog', { name: 'Schrijf mee op je eigen telefoon' }).getByRole('button', { name: 'Ontvang notities' }).click();
  await receive.locator('input[type="file"]').setInputFiles({ name: 'notities.json', mimeType: 'application/json', buffer: readFileSync(file) });
  await expect(receive.locator('[data-received="already"]')).toHaveCount(20);
  await expect(receive.getByRole('button', { name: 'Alles overnemen' })).toHaveCount(0);
  await receive.getByRole('button', { name: 'Sluiten' }).click();
  await expect(marked).toHaveCount(20);
  await tablet.goto(step(tablet, 'participants'));
  await expect(tablet.locator('.person')).toHaveCount(2);
  await expect(tablet.locator('.person').nth(1)).toContainText('Sanne de Vries');

  // After handing over, the phone clears its notes, once asked.
  await phone.getByRole('button', { name: 'Wis de gegeven notities' }).click();
  await phone.getByRole('alertdialog').getByRole('button', { name: 'Wis', exact: true }).click();
  await expect(phone.locator('[data-kept]')).toHaveAttribute('data-kept', '0');

  await tabletContext.close();
  await phoneContext.close();
});

test('a refused camera, or none, is said in words, and pasted text that is no good code is refused with its reason', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.addInitScript(() => {
    const refuse = (name: string) => () => Promise.reject(new DOMException('no', name));
    navigator.mediaDevices.getUserMedia = refuse(sessionStorage.getItem('camera') ?? 'NotAllowedError');
    if (sessionStorage.getItem('no-devices')) navigator.mediaDevices.enumerateDevices = () => Promise.resolve([]);
  });
  await page.goto('/meeschrijven');
  await page.getByRole('button', { name: 'Scan de code van de tafel' }).click();
  await expect(page.getByText('De camera mag niet worden gebruikt.', { exact: false })).toBeVisible();
  // No dead camera view or stop button: the message has the focus, the camera can be tried again.
  await expect(page.getByRole('button', { name: 'Stop de camera' })).toHaveCount(0);
  await expect(page.locator('[data-camera-message]')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Probeer de camera opnieuw' })).toBeVisible();
  await page.evaluate(() => sessionStorage.setItem('camera', 'NotFoundError'));
  await page.reload();
  await page.getByRole('button', { name: 'Scan de code van de tafel' }).click();
  await expect(page.getByText('Deze telefoon heeft geen camera', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /camera/ })).toHaveCount(0);
  // A phone that lists no camera at all is told before it taps anything: the file and the paste
  // come first and no scan button is offered.
  await page.evaluate(() => sessionStorage.setItem('no-devices', '1'));
  await page.reload();
  await expect(page.getByText('Deze telefoon heeft geen camera', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: /Scan|camera/ })).toHaveCount(0);
  const order = await page.locator('.contribute-join > *').evaluateAll((els) => els.map((e) => (e.matches('[data-camera-message]') ? 'message' : e.matches('.contribute-file') ? 'file' : e.matches('.contribute-paste') ? 'paste' : e.tagName)));
  expect(order).toEqual(['message', 'file', 'paste']);
  // Pasted text that is no code of ours is refused with a reason; a changed join code too.
  await page.getByLabel('Of plak de tekst van de code').fill('https://example.org/');
  await page.getByRole('button', { name: 'Gebruik deze code' }).click();
  await expect(page.getByText('Dit is geen code van DEDA Tafel.')).toBeVisible();
  await page.getByLabel('Of plak de tekst van de code').fill('DTJ1/1/1/0123456789AB/ABCDEF');
  await page.getByRole('button', { name: 'Gebruik deze code' }).click();
  await expect(page.getByText('Deze code is veranderd of beschadigd', { exact: false })).toBeVisible();
});

/** 1.4.10: at 320 px wide, nothing of the page scrolls sideways. */
async function noSideways(page: Page, what: string): Promise<void> {
  const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
  expect(sw, `${what}: ${sw}px wide in ${cw}px`).toBeLessThanOrEqual(cw);
}

test('without a camera: the phone joins from the code as a file, hands over as a file, the tablet puts the notes straight on the board; at 320 px nothing scrolls sideways', async ({ page, context }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Zonder camera' });
  await page.goto(step(page, 'topic:source'));
  await tapTopicTool(page, 'Meeschrijven');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Bewaar de code als bestand' }).click();
  const file = readFileSync(await (await download).path());
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 320, height: 640 });
  await phone.goto('/meeschrijven');
  await noSideways(phone, 'join');
  await phone.locator('.contribute-file input[type="file"]').setInputFiles({ name: 'deda-meeschrijven.txt', mimeType: 'text/plain', buffer: file });
  await expect(phone.getByText('Workshop: Zonder camera')).toBeVisible();
  await noSideways(phone, 'who');
  await phone.getByLabel('Of typ je naam').fill('Kees');
  await phone.getByRole('button', { name: 'Schrijf als deze naam' }).click();
  await expect(phone.locator('.contribute-question')).toHaveCount(3);
  await writeNotes(phone, ['Een notitie zonder camera, met een heel lang woord: gegevensbeschermingseffectbeoordeling.'], 0);
  await noSideways(phone, 'write');
  await phone.getByRole('button', { name: 'Geef aan de tafel' }).click();
  await expect(phone.locator('.part-of')).toHaveText('Code 1 van 1');
  await noSideways(phone, 'hand over');

  // The tablet puts incoming notes straight on the board when asked to, without a review.
  const download2 = phone.waitForEvent('download');
  await phone.getByRole('button', { name: 'Deel of bewaar als bestand' }).click();
  const notes = readFileSync(await (await download2).path());
  await page.getByRole('dialog').getByRole('button', { name: 'Ontvang notities' }).click();
  const receive = page.getByRole('dialog', { name: 'Notities ontvangen' });
  await receive.getByLabel('Zet binnenkomende notities meteen op het bord').check();
  await receive.locator('input[type="file"]').setInputFiles({ name: 'notities.json', mimeType: 'application/json', buffer: notes });
  await expect(receive.locator('[data-received="taken"]')).toHaveCount(1);
  await receive.getByRole('button', { name: 'Sluiten' }).click();
  await expect(page.locator('.note[data-via="contribution"]')).toContainText('gegevensbeschermingseffectbeoordeling');
  await expect(page.locator('.note[data-via="contribution"] .note__speaker')).toContainText('Kees');
});
