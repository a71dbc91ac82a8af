// Why: what every journey needs: a server of its own for the built app, a record of every
// request the page makes (to prove nothing leaves the origin), and small helpers that act
// the way a person at the table would (tap, type, read).
import { test as base, expect, type Page } from '@playwright/test';
import { DIST } from './global-setup';
import { AppServer } from './server';

type Fixtures = { app: AppServer; requests: string[] };

export const test = base.extend<Fixtures>({
  // Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  // oxlint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = new AppServer(DIST);
    await app.start();
    await use(app);
    await app.stop();
  },
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (r) => seen.push(r.url()));
    await use(seen);
  },
  baseURL: async ({ app }, use) => {
    await use(app.origin);
  },
});

export { expect };

/** Waits until the service worker is active, then reloads so that it controls the page. */
export async function becomeOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

export async function createWorkshop(page: Page, fields: { title: string; organisation?: string; dataProject?: string; place?: string; facilitator?: string }): Promise<void> {
  await page.getByRole('button', { name: /Nieuwe workshop|New workshop/ }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^(Titel|Title)/).fill(fields.title);
  if (fields.organisation) await dialog.getByLabel(/^(Organisatie|Organisation)/).fill(fields.organisation);
  if (fields.dataProject) await dialog.getByLabel(/^(Dataproject|Data project)/).fill(fields.dataProject);
  if (fields.place) await dialog.getByLabel(/^(Plaats|Place)/).fill(fields.place);
  if (fields.facilitator) await dialog.getByLabel(/^Facilitator/).fill(fields.facilitator);
  await dialog.getByRole('button', { name: /Workshop aanmaken|Create workshop/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: fields.title })).toBeVisible();
}

/**
 * Waits until nothing is being saved: what a person waits for (the header saying it is stored)
 * before reloading, instead of a fixed time.
 */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).not.toHaveAttribute('data-save-state', 'saving');
  await expect(page.locator('[data-state="saving"]')).toHaveCount(0);
}

/** The address of another step of the workshop the page is on (`goal`, `topic:source`, …). */
export function step(page: Page, section: string): string {
  return page.url().replace(/\/workshop\/([^/]+).*$/, `/workshop/$1/${section}`);
}

/** Every URL the page requested, other than the app's own origin and in-page data/blob URLs. */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Makes every IndexedDB add and put fail as a full disk would, while `window.__diskFull` is true. */
export async function simulateFullDisk(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __diskFull?: boolean };
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (w.__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
}

export function setDiskFull(page: Page, full: boolean): Promise<void> {
  return page.evaluate((f) => {
    (window as unknown as { __diskFull?: boolean }).__diskFull = f;
  }, full);
}
