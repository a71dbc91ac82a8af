// Journey: a facilitator works for two organisations with one tablet (issue 13). Each has its
// own vault, passphrase and recovery code; the home screen shows only the open one's workshops,
// the other one is a name and a lock on the lock screen. She switches by locking and opening the
// other, and at the end removes one organisation from the tablet, which leaves the other as it
// was. Also: every tab locks together, the vault locks by itself after the idle time but never
// while someone types, and the whole tablet can be erased.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createWorkshop, expect, settled, step, test } from './support/fixtures';
import { openStep } from './support/steps';

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`), state).toEqual([]);
}

/** Nothing of the page is wider than a 320 px screen (reflow), and every radio's row is a 44 px target. */
async function expectReflowAt320(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  for (const box of await page.locator('.vault-choice__option').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(44);
  await page.setViewportSize({ width: 820, height: 1180 });
}

const ROTTERDAM = { name: 'Gemeente Rotterdam', secret: 'een lange zin voor Rotterdam', title: 'Bijstand en fraude: risicoprofielen' };
const HEUSDEN = { name: 'Gemeente Heusden', secret: '246813', title: 'Afvalinzameling met slimme containers' };
const LOCKED = 'DEDA Tafel is vergrendeld';

/** Every IndexedDB table and localStorage, read raw in the page (no app code), as one text. */
function rawStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('deda-tafel');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const stores = [...db.objectStoreNames];
    const tx = db.transaction(stores, 'readonly');
    const all = await Promise.all(stores.map((s) => new Promise<unknown>((resolve) => (tx.objectStore(s).getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result)))));
    db.close();
    const text = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? new TextDecoder('latin1').decode(x) : x));
    return `${all.map(text).join('\n')}\n${JSON.stringify({ ...localStorage })}`;
  });
}

const vaultSection = (page: Page) => page.locator('section.panel', { has: page.getByRole('heading', { name: 'Versleutel de workshops op dit apparaat' }) });
const home = (page: Page) => page.getByRole('banner').getByRole('link', { name: /DEDA Tafel/ });

/** Fills the vault form (name, passphrase twice), notes the code, and confirms with `button`. */
async function fillVault(page: Page, org: { name: string; secret: string }, button: string): Promise<void> {
  const vault = vaultSection(page);
  await vault.getByLabel('Naam van de organisatie').fill(org.name);
  await vault.getByLabel('Wachtwoord of pincode').fill(org.secret);
  await vault.getByLabel('Nog een keer').fill(org.secret);
  await vault.getByRole('button', { name: 'Verder' }).click();
  await expect(vault.locator('[data-recovery-code]')).toHaveText(/^([0-9A-Z]{4} ){7}[0-9A-Z]{4}\s*$/);
  await vault.getByLabel('Ik heb de code opgeschreven').check();
  await vault.getByRole('button', { name: button }).click();
}

/** On the lock screen: chooses the organisation (when there is a choice) and opens it. */
async function open(page: Page, org: { name: string; secret: string }): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible();
  const choice = page.getByRole('radio', { name: org.name });
  if ((await page.getByRole('radio').count()) > 0) await choice.check();
  await page.getByLabel('Wachtwoord of pincode').fill(org.secret);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toHaveCount(0);
}

/** Exports the open workshop's bundle and keeps the file (a closed context deletes its downloads). */
async function exportBundle(page: Page, name: string): Promise<string> {
  await openStep(page, /^Verslag en export/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-choice="bundle"]').getByRole('button', { name: 'Bundel exporteren' }).click()]);
  const file = test.info().outputPath(name);
  await download.saveAs(file);
  return file;
}

/** Adds `texts` as notes to the first question of `topic`. */
async function addNotes(page: Page, topic: RegExp, texts: readonly string[]): Promise<void> {
  await openStep(page, topic);
  const first = page.locator('.question').first();
  await first.getByRole('button', { name: /^Notitie bij:/ }).click();
  for (const [i, text] of texts.entries()) {
    await first.getByLabel('Notitie', { exact: true }).fill(text);
    await first.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(first.locator('.note')).toHaveCount(i + 1);
  }
  await first.getByRole('button', { name: 'Klaar', exact: true }).click();
}

/** Rotterdam's workshop, then its vault; then Heusden's vault, opened, with its own workshop. */
async function twoOrganisations(page: Page): Promise<void> {
  await page.goto('/');
  await createWorkshop(page, { title: ROTTERDAM.title, facilitator: 'Fatima el Amrani' });
  await settled(page);
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await fillVault(page, ROTTERDAM, 'Versleutel nu');
  await expect(vaultSection(page).getByText('De workshops op dit apparaat zijn versleuteld.')).toBeVisible();
  await expect(vaultSection(page).getByText(`Nu open: ${ROTTERDAM.name}.`)).toBeVisible();

  // Another organisation: its own passphrase (a PIN here) and recovery code.
  await vaultSection(page).getByRole('button', { name: 'Nog een organisatie toevoegen' }).click();
  await fillVault(page, HEUSDEN, 'Maak de kluis');
  // The device locks; the lock screen lists both names and offers the new one.
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(2);
  await expect(page.getByRole('radio', { name: HEUSDEN.name })).toBeChecked();
  await expect(page.getByRole('radio', { name: ROTTERDAM.name })).not.toBeChecked();
  await expectNoAxeViolations(page, 'lock screen with two organisations');
  await expectReflowAt320(page);
  await open(page, HEUSDEN);
  await home(page).click();
  await expect(page.getByRole('link', { name: ROTTERDAM.title })).toHaveCount(0);
  // The home says whose workshops it shows, and that this organisation has none yet.
  await expect(page.getByText(`Organisatie: ${HEUSDEN.name}`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nog geen workshops van deze organisatie' })).toBeVisible();
  await createWorkshop(page, { title: HEUSDEN.title, facilitator: 'Joost Timmermans' });
  await settled(page);
}

test('two organisations on one tablet: the home shows only the open one; removing one leaves the other intact', async ({ page }) => {
  await twoOrganisations(page);
  await home(page).click();
  await expect(page.getByRole('link', { name: HEUSDEN.title })).toBeVisible();
  await expect(page.getByRole('link', { name: ROTTERDAM.title })).toHaveCount(0);
  const sealed = await rawStorage(page);
  for (const text of [ROTTERDAM.title, HEUSDEN.title, 'Fatima', 'Joost']) expect(sealed).not.toContain(text);

  // Switching: lock, open the other one; now only Rotterdam's workshop is there.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await open(page, ROTTERDAM);
  await expect(page.getByRole('link', { name: ROTTERDAM.title })).toBeVisible();
  await expect(page.getByRole('link', { name: HEUSDEN.title })).toHaveCount(0);

  // Rotterdam goes: a backup offered (of Rotterdam's workshops only), what goes said plainly,
  // the name typed to confirm.
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  const vault = vaultSection(page);
  await expect(vault.locator('[data-other-vaults]')).toContainText(HEUSDEN.name);
  await vault.getByRole('button', { name: 'Deze organisatie van dit apparaat verwijderen' }).click();
  const downloading = page.waitForEvent('download');
  await vault.getByRole('button', { name: 'Reservekopie maken' }).click();
  const backup = JSON.parse(readFileSync(await (await downloading).path(), 'utf8')) as { bundles: { payload: { workshop: { title: string } } }[] };
  expect(backup.bundles.map((b) => b.payload.workshop.title)).toEqual([ROTTERDAM.title]);
  await expect(vault.getByText('Reservekopie van 1 workshop gemaakt.')).toBeVisible();
  await expect(vault.locator('[data-wipe-contents]')).toContainText('1 workshop');
  await expect(vault.locator('[data-wipe-contents]')).toContainText("0 foto's");
  await expect(vault.getByText('De andere organisaties op dit apparaat blijven zoals ze zijn.')).toBeVisible();
  const confirm = vault.getByRole('button', { name: `Verwijder ${ROTTERDAM.name} van dit apparaat` });
  await expect(confirm).toBeDisabled();
  await expectNoAxeViolations(page, 'device page, removing an organisation');
  await vault.getByLabel(`Typ ${ROTTERDAM.name} om te bevestigen`).fill('gemeente rotterdam');
  await confirm.click();

  // Only Heusden is left: its name on the lock screen, no choice to make, its workshop intact.
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible();
  await expect(page.getByText(`Organisatie: ${HEUSDEN.name}`)).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  expect(await rawStorage(page)).not.toContain(ROTTERDAM.name);
  await open(page, HEUSDEN);
  await home(page).click();
  await expect(page.getByRole('link', { name: HEUSDEN.title })).toBeVisible();
  await expect(page.getByRole('link', { name: ROTTERDAM.title })).toHaveCount(0);
  await page.getByRole('link', { name: HEUSDEN.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: HEUSDEN.title })).toBeVisible();
});

test('when one tab locks, the other tab of the app locks too, and a lock screen learns of a new organisation', async ({ page, context }) => {
  await page.goto('/');
  await createWorkshop(page, { title: ROTTERDAM.title });
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  // One organisation needs no name to choose by: the first vault is made without one.
  await fillVault(page, { ...ROTTERDAM, name: '' }, 'Versleutel nu');
  await expect(vaultSection(page).getByText('De workshops op dit apparaat zijn versleuteld.')).toBeVisible();
  const other = await context.newPage();
  await other.goto('/');
  await open(other, ROTTERDAM);
  await expect(other.getByRole('link', { name: ROTTERDAM.title })).toBeVisible();

  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible();
  await expect(other.getByRole('link', { name: ROTTERDAM.title })).toHaveCount(0);

  // While the other tab waits at its lock screen, this one adds an organisation: the other
  // tab's list of organisations is read again.
  await open(page, ROTTERDAM);
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  // Before a second organisation comes, the first gets its name.
  await vaultSection(page).getByLabel('Naam van de organisatie').fill(ROTTERDAM.name);
  await vaultSection(page).getByRole('button', { name: 'Naam bewaren' }).click();
  await expect(vaultSection(page).getByText(`Nu open: ${ROTTERDAM.name}.`)).toBeVisible();
  await vaultSection(page).getByRole('button', { name: 'Nog een organisatie toevoegen' }).click();
  await fillVault(page, HEUSDEN, 'Maak de kluis');
  await expect(page.getByRole('radio')).toHaveCount(2);
  await expect(other.getByRole('radio', { name: HEUSDEN.name })).toBeVisible();
  await expect(other.getByRole('radio', { name: ROTTERDAM.name })).toBeVisible();
});

test('locks by itself after the idle time, and opens again where it was', async ({ page }) => {
  // The page's clock (a test hook of the browser, not of the app) lets fifteen minutes pass.
  await page.clock.install();
  await page.goto('/');
  await createWorkshop(page, { title: ROTTERDAM.title });
  const workshop = page.url();
  await settled(page);
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await fillVault(page, ROTTERDAM, 'Versleutel nu');
  await expect(vaultSection(page).getByText('De workshops op dit apparaat zijn versleuteld.')).toBeVisible();
  await expect(vaultSection(page).getByLabel('Vergrendel vanzelf als niemand de tablet gebruikt, na')).toHaveValue('15');
  await home(page).click();
  await page.getByRole('link', { name: ROTTERDAM.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: ROTTERDAM.title })).toBeVisible();
  expect(page.url()).toBe(workshop);

  await page.clock.fastForward('16:00');
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible();
  expect(page.url()).toBe(workshop);
  await open(page, ROTTERDAM);
  await expect(page.getByRole('heading', { level: 1, name: ROTTERDAM.title })).toBeVisible();
});

test('erasing everything on the tablet: both organisations, their keys and every row go; the app starts as on a new device', async ({ page }) => {
  await twoOrganisations(page);
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  const panel = page.locator('[data-device-erase]');
  await panel.getByRole('button', { name: 'Alles van dit apparaat wissen' }).click();
  // A backup offered first; what goes, said plainly; a word typed to confirm.
  await expect(panel.getByRole('button', { name: 'Reservekopie maken' })).toBeVisible();
  await expect(panel.locator('[data-erase-contents]')).toContainText('2 organisaties, met hun sleutels');
  await expect(panel.locator('[data-erase-contents]')).toContainText('2 workshops (de prullenbak meegeteld)');
  await expect(panel.getByText('De app begint daarna als op een nieuw apparaat.')).toBeVisible();
  const confirm = panel.getByRole('button', { name: 'Alles wissen' });
  await expect(confirm).toBeDisabled();
  await expectNoAxeViolations(page, 'device page, erasing everything');
  await panel.getByLabel('Typ wissen om te bevestigen').fill('Wissen');
  await confirm.click();

  // A new device: no lock screen, no organisation, no workshop, and nothing of them stored.
  await expect(page.getByRole('heading', { name: 'Nog geen workshops op dit apparaat' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vergrendelen' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: HEUSDEN.title })).toHaveCount(0);
  await expect(page.getByRole('link', { name: ROTTERDAM.title })).toHaveCount(0);
  const left = await rawStorage(page);
  for (const text of [ROTTERDAM.name, HEUSDEN.name, '"vault"', 'sealed', 'signer-name']) expect(left).not.toContain(text);
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await expect(vaultSection(page).getByRole('button', { name: 'Verder' })).toBeVisible();
});

test('typing never locks: typed on past the idle time, it stays open; once typing stops it locks, and the half-typed text is back after opening', async ({ page }) => {
  // The page's clock (a test hook of the browser, not of the app) lets the minutes pass.
  await page.clock.install();
  await page.goto('/');
  await createWorkshop(page, { title: ROTTERDAM.title });
  const actions = step(page, 'actions');
  await settled(page);
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await fillVault(page, ROTTERDAM, 'Versleutel nu');
  await expect(vaultSection(page).getByText('De workshops op dit apparaat zijn versleuteld.')).toBeVisible();
  // The shortest idle time there is.
  await vaultSection(page).getByLabel('Vergrendel vanzelf als niemand de tablet gebruikt, na').selectOption('5');
  await page.goto(actions);
  await open(page, ROTTERDAM);
  await page.getByRole('button', { name: 'Nieuw actiepunt' }).click();
  const field = page.getByLabel(/^Wat moet er gebeuren\?/);
  await field.click();

  // Eight minutes of typing, a word every two minutes: longer than the idle time, and no lock.
  const words = ['Grondslag', ' laten', ' toetsen', ' door', ' de FG'];
  for (const word of words) {
    await page.keyboard.type(word);
    await page.clock.fastForward('02:00');
    await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toHaveCount(0);
  }
  const typed = words.join('');
  await expect(field).toHaveValue(typed);

  // Typing stops: after the idle time it locks, and the half-typed point is back once opened.
  await page.clock.fastForward('05:01');
  await expect(page.getByRole('heading', { level: 1, name: LOCKED })).toBeVisible();
  expect(await rawStorage(page)).not.toContain('Grondslag');
  await open(page, ROTTERDAM);
  await expect(page.getByLabel(/^Wat moet er gebeuren\?/)).toHaveValue(typed);
});

test('the same workshop brought into a second organisation becomes a new copy there; the first keeps its own', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: ROTTERDAM.title, facilitator: 'Fatima el Amrani' });
  await settled(page);
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await fillVault(page, ROTTERDAM, 'Versleutel nu');
  await expect(vaultSection(page).getByText('De workshops op dit apparaat zijn versleuteld.')).toBeVisible();
  // Rotterdam's backup: the file a facilitator would also bring to Heusden.
  const backupPanel = page.locator('section.panel', { has: page.getByRole('heading', { name: 'Reservekopie', exact: true }) });
  const downloading = page.waitForEvent('download');
  await backupPanel.getByRole('button', { name: 'Reservekopie maken' }).click();
  const file = await (await downloading).path();
  await vaultSection(page).getByRole('button', { name: 'Nog een organisatie toevoegen' }).click();
  await fillVault(page, HEUSDEN, 'Maak de kluis');
  await open(page, HEUSDEN);

  await home(page).click();
  await page.getByRole('link', { name: 'Workshop importeren' }).click();
  await page.locator('input[type=file]').setInputFiles(file);
  // Heusden sees nothing of Rotterdam's: to it the workshop is new.
  await expect(page.getByText('Nieuw op dit apparaat')).toHaveCount(1);
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByText('1 workshop is geïmporteerd. 1 workshop is ingelezen als nieuwe kopie.')).toBeVisible();
  await expect(page.getByRole('link', { name: ROTTERDAM.title })).toBeVisible();

  // Rotterdam's own workshop is still Rotterdam's.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await open(page, ROTTERDAM);
  await home(page).click();
  await page.getByRole('link', { name: ROTTERDAM.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: ROTTERDAM.title })).toBeVisible();
});

test('a bundle made on another tablet merged into a workshop of the open organisation: its notes are there, sealed, and not seen from another organisation', async ({ page, app, browser }) => {
  test.setTimeout(120_000);
  const NOTES = ['Van de andere tablet: wie ziet de risicoscore?', 'Van de andere tablet: bezwaar moet kunnen'];
  await page.goto('/');
  await createWorkshop(page, { title: ROTTERDAM.title, organisation: ROTTERDAM.name });
  const workshop = page.url();
  await settled(page);
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await fillVault(page, ROTTERDAM, 'Versleutel nu');
  await expect(vaultSection(page).getByText('De workshops op dit apparaat zijn versleuteld.')).toBeVisible();
  // In the app, not by address: a page loaded anew opens at the lock screen.
  await home(page).click();
  await page.getByRole('link', { name: ROTTERDAM.title }).click();
  const handedOut = await exportBundle(page, 'from-vault.deda.json');

  // Another tablet, without a vault, takes the copy in, writes notes on it and exports it again.
  const other = await browser.newContext({ baseURL: app.origin, viewport: { width: 1180, height: 820 }, hasTouch: true, locale: 'nl-NL', acceptDownloads: true });
  const b = await other.newPage();
  await b.goto('/importeren');
  await b.locator('input[type=file]').setInputFiles(handedOut);
  await b.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(b.getByRole('heading', { level: 1, name: ROTTERDAM.title })).toBeVisible();
  await addNotes(b, /^Bron\b/, NOTES);
  const back = await exportBundle(b, 'from-other.deda.json');
  await other.close();

  // Back on the tablet with Rotterdam open: the merge flow, into the workshop that is there.
  await home(page).click();
  await page.getByRole('link', { name: 'Workshop importeren' }).click();
  await page.locator('input[type=file]').setInputFiles(back);
  await expect(page.getByRole('heading', { name: 'Deze workshop staat al op dit apparaat' })).toBeVisible();
  await page.getByLabel(/Samenvoegen/).check();
  await expect(page.locator('[data-merge-counts]')).toContainText('2 nieuw uit de bundel');
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByText(`${ROTTERDAM.title} is samengevoegd.`)).toBeVisible();
  for (const reload of [false, true]) {
    if (reload) {
      await page.reload();
      await open(page, ROTTERDAM);
    }
    await openStep(page, /^Bron\b/);
    await expect(page.locator('.note')).toHaveText(NOTES.map((n) => new RegExp(n.replace(/[?]/g, '\\?'))));
  }
  // Stored sealed: neither the notes nor the workshop are readable in the raw database.
  const stored = await rawStorage(page);
  for (const text of [...NOTES, ROTTERDAM.title]) expect(stored).not.toContain(text);
  expect(stored).toContain('"sealed"');

  // Another organisation: the merged workshop and its notes are not there, not even by its address.
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await vaultSection(page).getByRole('button', { name: 'Nog een organisatie toevoegen' }).click();
  await fillVault(page, HEUSDEN, 'Maak de kluis');
  await open(page, HEUSDEN);
  await home(page).click();
  await expect(page.getByRole('heading', { name: 'Nog geen workshops van deze organisatie' })).toBeVisible();
  await expect(page.getByRole('link', { name: ROTTERDAM.title })).toHaveCount(0);
  await page.goto(workshop);
  await open(page, HEUSDEN);
  await expect(page.getByRole('heading', { name: 'Deze workshop staat niet op dit apparaat' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: ROTTERDAM.title })).toHaveCount(0);
  await expect(page.getByText(NOTES[0]!)).toHaveCount(0);
});
