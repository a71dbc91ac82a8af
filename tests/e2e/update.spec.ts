// Journey: a workshop is open on the tablet when a new version of DEDA Tafel is published.
// The app finds it in the background and says so, but never reloads by itself: only when
// the facilitator taps "Nu bijwerken" does the new version take over, at the same address,
// with the workshop still there. "Later" leaves everything as it is.
import type { Page } from '@playwright/test';
import { DIST_NEXT } from './support/global-setup';
import { becomeOfflineReady, createWorkshop, expect, test } from './support/fixtures';

// This journey needs the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const NOTICE = /Er is een nieuwe versie/;

/** What the app does when the tablet comes back online: look for a newer version. */
async function triggerUpdateCheck(page: Page): Promise<void> {
  await page.evaluate(() => dispatchEvent(new Event('online')));
}

/** A marker on the window survives exactly as long as the page is not reloaded. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __notReloaded?: boolean }).__notReloaded = true;
  });
}

function pageWasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded === true);
}

async function openWorkshopWithUpdateWaiting(page: Page, app: { serve(dir: string): void }, title: string): Promise<string> {
  await page.goto('/');
  await becomeOfflineReady(page);
  await createWorkshop(page, { title, organisation: 'Gemeente Voorbeeld' });
  const url = page.url();
  expect(new URL(url).pathname).toMatch(/^\/workshop\/[0-9a-f-]{36}$/);
  await markPage(page);
  app.serve(DIST_NEXT);
  await triggerUpdateCheck(page);
  await expect(page.getByText(NOTICE)).toBeVisible({ timeout: 20_000 });
  return url;
}

test('an update served while a workshop is open shows the notice and applying it keeps the data', async ({ page, app }) => {
  const url = await openWorkshopWithUpdateWaiting(page, app, 'Parkeersensoren binnenstad');
  const notice = page.locator('[data-notice="update"]');
  await expect(notice.getByRole('button', { name: 'Nu bijwerken' })).toBeVisible();
  await expect(notice.getByRole('button', { name: 'Later' })).toBeVisible();

  // The new version waits: some seconds later this is still the same page.
  await page.waitForTimeout(3000);
  expect(await pageWasNotReloaded(page)).toBe(true);
  await expect(notice).toBeVisible();
  expect(page.url()).toBe(url);

  await notice.getByRole('button', { name: 'Nu bijwerken' }).click();
  await page.waitForFunction(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded !== true, undefined, { timeout: 20_000 });
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Parkeersensoren binnenstad' })).toBeVisible();
  await expect(page.getByText(NOTICE)).toBeHidden();

  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await expect(page.getByText('Versie 99.0.0-next')).toBeVisible();
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  await expect(page.getByRole('link', { name: 'Parkeersensoren binnenstad' })).toBeVisible();
});

test('"Later" hides the update notice and nothing reloads', async ({ page, app }) => {
  const url = await openWorkshopWithUpdateWaiting(page, app, 'Slim afval');
  await page.locator('[data-notice="update"]').getByRole('button', { name: 'Later' }).click();
  await expect(page.getByText(NOTICE)).toBeHidden();

  await page.waitForTimeout(3000);
  expect(await pageWasNotReloaded(page)).toBe(true);
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Slim afval' })).toBeVisible();
  // Still the old version: the update waits for the user.
  await page.getByRole('link', { name: 'Dit apparaat' }).click();
  await expect(page.getByText(/^Versie /)).not.toHaveText('Versie 99.0.0-next');
  expect(await pageWasNotReloaded(page)).toBe(true);
});

test('a second tab whose update was applied in the other tab still updates when asked', async ({ page, context, app }) => {
  const url = await openWorkshopWithUpdateWaiting(page, app, 'Twee tabbladen');
  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByRole('heading', { level: 1, name: 'Twee tabbladen' })).toBeVisible();
  await expect(other.getByText(NOTICE)).toBeVisible({ timeout: 20_000 });
  await markPage(other);

  // The first tab updates; the second still shows its notice and does not reload by itself.
  await page.locator('[data-notice="update"]').getByRole('button', { name: 'Nu bijwerken' }).click();
  await page.waitForFunction(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded !== true, undefined, { timeout: 20_000 });
  await page.waitForTimeout(1000);
  expect(await pageWasNotReloaded(other)).toBe(true);

  // Tapping it there reloads into the new version instead of waiting for nothing.
  await other.locator('[data-notice="update"]').getByRole('button', { name: 'Nu bijwerken' }).click();
  await other.waitForFunction(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded !== true, undefined, { timeout: 20_000 });
  expect(other.url()).toBe(url);
  await expect(other.getByRole('heading', { level: 1, name: 'Twee tabbladen' })).toBeVisible();
  await other.getByRole('link', { name: 'Dit apparaat' }).click();
  await expect(other.getByText('Versie 99.0.0-next')).toBeVisible();
});

test.describe('an old tab after an update', () => {
  // Without a service worker, as on a first visit: the server is all there is.
  test.use({ serviceWorkers: 'block' });

  test('asks to reload into the new version when a screen of the old one is gone, keeping what was typed', async ({ page, app }) => {
    await page.goto('/');
    await createWorkshop(page, { title: 'Oud tabblad' });
    const goal = page.getByLabel('Het doel in één of twee zinnen');
    await goal.fill('Wat er getypt is, blijft.');
    // The new version is published: the files of the old one are gone from the server.
    app.serve(DIST_NEXT);
    await page.getByRole('link', { name: 'Dit apparaat' }).click();
    const blocker = page.getByRole('alertdialog', { name: 'Er is een nieuwe versie van DEDA Tafel' });
    await expect(blocker).toBeVisible();
    await expect(blocker).toContainText('Wat je typte, is bewaard');
    await expect(page.getByText('Er ging iets mis op dit scherm')).toHaveCount(0);
    await blocker.getByRole('button', { name: 'Opnieuw laden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Dit apparaat' })).toBeVisible();
    await expect(page.getByText('Versie 99.0.0-next')).toBeVisible();
    await page.getByRole('link', { name: 'DEDA Tafel' }).click();
    await page.getByRole('link', { name: 'Oud tabblad' }).click();
    await expect(page.getByLabel('Het doel in één of twee zinnen')).toHaveValue('Wat er getypt is, blijft.');
  });
});
