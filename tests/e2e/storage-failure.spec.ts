// Journey: the tablet cannot store what the app is given. Without IndexedDB (a locked-down
// or private browser) the app says so on one clear screen instead of a blank page; with a
// full disk, creating a workshop keeps the dialog and what was typed, explains why, and never
// claims "Opgeslagen". Also: the Content-Security-Policy holds during a whole journey.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './support/global-setup';
import { createWorkshop, expect, setDiskFull, simulateFullDisk, test } from './support/fixtures';

test('without IndexedDB the app explains that it cannot store anything here', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { indexedDB?: IDBFactory }).indexedDB;
    if ('indexedDB' in window) Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  const blocker = page.getByRole('alertdialog', { name: 'DEDA Tafel kan hier niets bewaren' });
  await expect(blocker).toBeVisible();
  await expect(blocker).toContainText('Dat gebeurt vaak in een privévenster');
  await expect(blocker).toContainText('Open DEDA Tafel in een gewoon venster');
  await expect(blocker.getByRole('button', { name: 'Opnieuw laden' })).toBeVisible();
  // Not a half-working app behind it.
  await expect(page.getByRole('button', { name: 'Nieuwe workshop' })).toHaveCount(0);

  // In English as well, when that is the language chosen on this device.
  await page.evaluate(() => localStorage.setItem('deda-tafel:lang', 'en'));
  await page.reload();
  await expect(page.getByRole('alertdialog', { name: 'DEDA Tafel cannot keep anything here' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a full disk keeps the dialog and its text, says why, and creates nothing', async ({ page }) => {
  await simulateFullDisk(page);
  await page.goto('/');
  await expect(page.getByText('Nog geen workshops op dit apparaat')).toBeVisible();
  await setDiskFull(page, true);

  await page.getByRole('button', { name: 'Nieuwe workshop' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nieuwe workshop' });
  await dialog.getByLabel(/^Titel/).fill('Schuldhulp en signalen');
  await dialog.getByLabel('Organisatie').fill('Gemeente Voorbeeld');
  await dialog.getByRole('button', { name: 'Workshop aanmaken' }).click();

  const full = 'Niet opgeslagen: de opslag van dit apparaat is vol.';
  await expect(dialog.getByRole('alert')).toContainText(full);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/^Titel/)).toHaveValue('Schuldhulp en signalen');
  await expect(dialog.getByLabel('Organisatie')).toHaveValue('Gemeente Voorbeeld');
  const header = page.getByRole('banner');
  await expect(header.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'failed');
  await expect(header).toContainText('Niet opgeslagen');
  await expect(header.getByText('Opgeslagen', { exact: true })).toHaveCount(0);
  expect(new URL(page.url()).pathname).toBe('/');

  // Nothing was created: not in the list, not after a reload.
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(page.getByText('Nog geen workshops op dit apparaat')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Nog geen workshops op dit apparaat')).toBeVisible();

  // Once there is room again, the same dialog saves, and only one workshop exists.
  await setDiskFull(page, true);
  await page.getByRole('button', { name: 'Nieuwe workshop' }).click();
  await dialog.getByLabel(/^Titel/).fill('Schuldhulp en signalen');
  await dialog.getByRole('button', { name: 'Workshop aanmaken' }).click();
  await expect(dialog.getByRole('alert')).toContainText(full);
  await setDiskFull(page, false);
  await dialog.getByRole('button', { name: 'Workshop aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schuldhulp en signalen' })).toBeVisible();
  await expect(header.getByText('Opgeslagen', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  await expect(page.locator('.card')).toHaveCount(1);
});

test('a field that could not be saved stays "Niet opgeslagen" and is saved by itself once there is room', async ({ page }) => {
  await simulateFullDisk(page);
  await page.goto('/');
  await createWorkshop(page, { title: 'Parkeren en kentekens' });
  const header = page.getByRole('banner');
  await expect(header.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');

  await setDiskFull(page, true);
  const goal = page.getByLabel('Het doel in één of twee zinnen');
  await goal.fill('Minder zoekverkeer in de binnenstad.');
  await goal.blur();
  await expect(header.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'failed');
  await expect(page.getByText('Niet opgeslagen: de opslag van dit apparaat is vol.')).toBeVisible();

  // Room again: nobody types, yet the field is stored and the header says so only then.
  await setDiskFull(page, false);
  await expect(header.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved', { timeout: 15_000 });
  await expect(page.getByText('Niet opgeslagen: de opslag van dit apparaat is vol.')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Het doel in één of twee zinnen')).toHaveValue('Minder zoekverkeer in de binnenstad.');
  // It came back from IndexedDB, not from the draft kept while typing.
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':draft:')))).toEqual([]);
});

test('the built index.html carries a Content-Security-Policy without eval or inline script', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(meta, 'CSP meta tag in the built index.html').not.toBeNull();
  const policy = (meta?.[1] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  // And no inline script for it to have to allow.
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

test('a journey through the app causes no Content-Security-Policy violation', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      void (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });

  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  await createWorkshop(page, { title: 'Subsidies en risicoscores', organisation: 'Gemeente Voorbeeld' });
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dit apparaat' })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This device' })).toBeVisible();
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  await page.getByRole('button', { name: 'Delete Subsidies en risicoscores' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Subsidies en risicoscores' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Subsidies en risicoscores' })).toBeVisible();
  expect(violations).toEqual([]);

  // The listener does hear violations: an inline script is refused by the policy.
  const inlineRan = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(inlineRan).toBe(false);
  await expect.poll(() => violations.some((v) => v.startsWith('script-src'))).toBe(true);
});
