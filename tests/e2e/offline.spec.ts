// Journey: a facilitator opens DEDA Tafel once in the office, creates a workshop, switches
// language and back; in the meeting room there is no network, the app is reloaded, and
// everything is there. No request ever leaves the app's own origin.
import { becomeOfflineReady, createWorkshop, expect, foreignRequests, test } from './support/fixtures';

// This journey needs the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('works without a network after the first visit, and keeps the workshop', async ({ page, app, requests }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await expect(page.getByText('Nog geen workshops op dit apparaat')).toBeVisible();

  await becomeOfflineReady(page);
  await createWorkshop(page, { title: 'Slimme vuilcontainers', organisation: 'Gemeente Voorbeeld', facilitator: 'Łukasz Wróbel' });
  const workshopUrl = page.url();

  // English and back: <html lang> follows.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'This device' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'This device' })).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.getByRole('heading', { level: 1, name: 'Dit apparaat' })).toBeVisible();
  await expect(page.locator('[data-offline-state="ready"]')).toBeVisible();

  // The network goes away.
  await app.stop();
  await page.goto(workshopUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Slimme vuilcontainers' })).toBeVisible();
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  await expect(page.getByRole('link', { name: 'Slimme vuilcontainers' })).toBeVisible();
  await expect(page.getByText('Gemeente Voorbeeld')).toBeVisible();
  // A language file not loaded before still comes from the precache.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await expect(page.getByText('1 workshop on this device')).toBeVisible();

  expect(foreignRequests(requests, app.origin)).toEqual([]);
});

test('the language choice is remembered on this device', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  // "Workshops" reads the same in both languages: wait for the switch itself.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('No workshops on this device yet')).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('No workshops on this device yet')).toBeVisible();
});

test('a deep link opens the right screen, also on first load', async ({ page }) => {
  await page.goto('/apparaat');
  await expect(page.getByRole('heading', { level: 1, name: 'Dit apparaat' })).toBeVisible();
  await page.goto('/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeVisible();
});
