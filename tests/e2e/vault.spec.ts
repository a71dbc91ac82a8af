// Journey: a facilitator encrypts the workshops on the tablet (issue 13): chooses a passphrase
// (a short one is refused), writes the recovery code down before anything is stored, and from
// then on the browser's storage holds no readable title. Locking from the header goes to the
// lock screen at the same address; a wrong passphrase is refused; the right one shows the
// workshop again, where it was.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createWorkshop, expect, settled, test } from './support/fixtures';

const TITLE = 'Bijstand en fraude: risicoprofielen';
const SECRET = 'een lange zin om te onthouden';

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
    const all = await Promise.all(
      stores.map(
        (s) =>
          new Promise<unknown>((resolve) => {
            const r = tx.objectStore(s).getAll();
            r.onsuccess = () => resolve(r.result);
          }),
      ),
    );
    db.close();
    const text = (v: unknown): string => (v instanceof Uint8Array ? new TextDecoder('latin1').decode(v) : JSON.stringify(v, (_k, x: unknown) => (x instanceof Uint8Array ? new TextDecoder('latin1').decode(x) : x)));
    return `${all.map(text).join('\n')}\n${JSON.stringify({ ...localStorage })}`;
  });
}

test('encrypt, lock, a wrong passphrase refused, unlock where it was; storage shows no title', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: TITLE, facilitator: 'Fatima el Amrani' });
  const workshopUrl = page.url();
  await settled(page);
  expect(await rawStorage(page)).toContain(TITLE);

  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  const vault = page.locator('section', { has: page.getByRole('heading', { name: 'Versleutel de workshops op dit apparaat' }) });
  await vault.getByLabel('Wachtwoord of pincode').fill('kort');
  await vault.getByLabel('Nog een keer').fill('kort');
  await vault.getByRole('button', { name: 'Verder' }).click();
  await expect(vault.getByText('Het wachtwoord is te kort: minstens 12 tekens.')).toBeVisible();
  await vault.getByLabel('Wachtwoord of pincode').fill(SECRET);
  await vault.getByLabel('Nog een keer').fill(SECRET);
  await vault.getByRole('button', { name: 'Verder' }).click();

  // The code first, and nothing stored until it is written down.
  await expect(vault.locator('[data-recovery-code]')).toHaveText(/^([0-9A-Z]{4} ){7}[0-9A-Z]{4}\s*$/);
  const encrypt = vault.getByRole('button', { name: 'Versleutel nu' });
  const code = (await vault.locator('[data-recovery-code]').textContent()) ?? '';
  await expect(encrypt).toBeDisabled();
  expect(await rawStorage(page)).toContain(TITLE);
  await vault.getByLabel('Ik heb de code opgeschreven').check();
  await encrypt.click();
  await expect(vault.getByText('De workshops op dit apparaat zijn versleuteld.')).toBeVisible();
  expect(await rawStorage(page)).not.toContain(TITLE);
  expect(await rawStorage(page)).not.toContain('Fatima');

  // A vault device starts locked, at the address it was opened with.
  await page.goto(workshopUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'DEDA Tafel is vergrendeld' })).toBeVisible();
  const field = page.getByLabel('Wachtwoord of pincode');
  await field.fill('een lange zin om te vergeten');
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText('Dit wachtwoord klopt niet.')).toBeVisible();
  await field.fill(SECRET);
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(page.url()).toBe(workshopUrl);

  // The header's lock button; the recovery code, typed carelessly, opens it too.
  await page.getByRole('button', { name: 'Vergrendelen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DEDA Tafel is vergrendeld' })).toBeVisible();
  expect(page.url()).toBe(workshopUrl);
  await page.getByRole('button', { name: 'Wachtwoord vergeten? Gebruik de herstelcode' }).click();
  await page.getByLabel('Herstelcode').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  expect(await rawStorage(page)).not.toContain(TITLE);
});

/** Makes the vault from the device page, the recovery code noted. */
async function encryptDevice(page: Page): Promise<void> {
  await page.goto('/apparaat');
  const vault = page.locator('section', { has: page.getByRole('heading', { name: 'Versleutel de workshops op dit apparaat' }) });
  await vault.getByLabel('Wachtwoord of pincode').fill(SECRET);
  await vault.getByLabel('Nog een keer').fill(SECRET);
  await vault.getByRole('button', { name: 'Verder' }).click();
  await vault.getByLabel('Ik heb de code opgeschreven').check();
  await vault.getByRole('button', { name: 'Versleutel nu' }).click();
  await expect(vault.getByText('De workshops op dit apparaat zijn versleuteld.')).toBeVisible();
}

/** Makes a backup on the device page (unlocking first on a vault device); the file, and its workshops' payloads by id without the moment of export. */
async function backup(page: Page): Promise<{ file: string; payloads: Map<string, unknown> }> {
  await page.goto('/apparaat');
  const locked = page.getByRole('heading', { level: 1, name: 'DEDA Tafel is vergrendeld' });
  const device = page.getByRole('heading', { level: 1, name: 'Dit apparaat' });
  await expect(locked.or(device)).toBeVisible();
  if (await locked.isVisible()) {
    await page.getByLabel('Wachtwoord of pincode').fill(SECRET);
    await page.getByRole('button', { name: 'Openen' }).click();
    await expect(device).toBeVisible();
  }
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Reservekopie maken' }).click();
  const file = await (await downloading).path();
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { bundles: { payload: { exportedAt: string; workshop: { id: string } } }[] };
  return { file, payloads: new Map(parsed.bundles.map(({ payload: { exportedAt: _e, ...rest } }) => [rest.workshop.id, rest])) };
}

test('with the vault on, a backup carries exactly what it carried before, and imports on another device', async ({ page, browser, app }) => {
  await page.goto('/');
  await createWorkshop(page, { title: TITLE, facilitator: 'Fatima el Amrani' });
  await page.goto(page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/topic:source'));
  const q = page.locator('.question').first();
  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  for (const [i, text] of ['Wie heeft de gegevens verzameld?', 'Łukasz twijfelt aan de grondslag'].entries()) {
    await q.getByLabel('Notitie', { exact: true }).fill(text);
    await page.keyboard.press('Enter');
    // The next one once this one is stored (Enter is not taken while a note is being stored).
    await expect(q.locator('.note[data-state="stored"]')).toHaveCount(i + 1);
  }
  await settled(page);
  const plain = (await backup(page)).payloads;

  await encryptDevice(page);
  expect(await rawStorage(page)).not.toContain('Łukasz');
  const sealed = await backup(page);
  expect(sealed.payloads).toEqual(plain);

  // Another device takes the backup made with the vault on.
  const context = await browser.newContext({ baseURL: app.origin, viewport: { width: 820, height: 1180 }, hasTouch: true, locale: 'nl-NL', acceptDownloads: true });
  const other = await context.newPage();
  await other.goto('/importeren');
  await other.locator('input[type=file]').setInputFiles(sealed.file);
  await other.getByRole('button', { name: 'Importeren', exact: true }).click();
  await other.getByRole('link', { name: TITLE }).click();
  await other.goto(other.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/topic:source'));
  await expect(other.getByText('Łukasz twijfelt aan de grondslag')).toBeVisible();
  await context.close();
});
