// Why: the follow-up view of a device with many workshops shows a page of points, overdue
// first, and more on request (by keyboard too), with focus on the first point it added.
import type { Page } from '@playwright/test';
import { createWorkshop, expect, test } from './support/fixtures';

type PointFields = { readonly title: string; readonly owner: object; readonly dueDate: string | null };

/** Set-up: writes open action points straight into IndexedDB, in the shape the app stores them. */
async function putOpenPoints(page: Page, workshopId: string, points: readonly PointFields[]): Promise<void> {
  await page.evaluate(async ({ wid, points }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('deda-tafel');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction('actionPoints', 'readwrite');
    const now = new Date().toISOString();
    points.forEach((p, order) => {
      tx.objectStore('actionPoints').put({ id: crypto.randomUUID(), workshopId: wid, title: p.title, description: '', owner: p.owner, dueDate: p.dueDate, priority: 'medium', isCondition: false, status: 'open', dropReason: '', origin: { kind: 'manual' }, valueId: null, precondition: null, order, createdAt: now, updatedAt: now, completedAt: null });
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, { wid: workshopId, points });
}

test('the follow-up list shows a first page, overdue first, and the rest on request', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Veel actiepunten' });
  const workshopId = new URL(page.url()).pathname.split('/')[2] ?? '';
  // Set-up: 30 open points; the last five are overdue.
  await putOpenPoints(page, workshopId, Array.from({ length: 30 }, (_, i) => ({ title: `Punt ${String(i).padStart(2, '0')}`, owner: { kind: 'nobody' }, dueDate: i >= 25 ? '2020-01-0' + (i - 24) : null })));

  await page.goto('/opvolging');
  const list = page.getByRole('list', { name: 'Openstaande actiepunten' });
  await expect(list.getByRole('listitem')).toHaveCount(25);
  await expect(page.getByRole('status').filter({ hasText: '30 openstaande actiepunten' })).toContainText('25 getoond');
  // Overdue first: the five late points lead the page.
  await expect(list.getByRole('heading').first()).toHaveText('Punt 25');
  const more = page.getByRole('button', { name: 'Meer tonen: 5 van nog 5 actiepunten' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listitem')).toHaveCount(30);
  await expect(more).toHaveCount(0);
  await expect(list.getByRole('heading').nth(25)).toBeFocused();
  await page.screenshot({ path: `${process.env.E2E_DIST ?? 'tests/e2e/.output'}-follow-up-page.png`, fullPage: false });
});

test('"done" in the follow-up view proposes the owner as the one who did it', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Opvolgen met eigenaar' });
  const workshopId = new URL(page.url()).pathname.split('/')[2] ?? '';
  // Set-up: one point owned by a named person and one by a role.
  await putOpenPoints(page, workshopId, [
    { title: 'Verwerkersovereenkomst tekenen', owner: { kind: 'person', name: 'Sanne Bakker' }, dueDate: null },
    { title: 'Bezwaarprocedure beschrijven', owner: { kind: 'role', role: 'privacy-officer' }, dueDate: null },
  ]);

  await page.goto('/opvolging');
  const named = page.locator('.ap').filter({ hasText: 'Verwerkersovereenkomst tekenen' });
  await named.getByRole('button', { name: /^Gedaan/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Actiepunt afronden' });
  await expect(dialog.getByLabel('Door wie?')).toHaveValue('Sanne Bakker');
  await dialog.getByLabel('Wat is er gedaan?').fill('Getekend en in het dossier gezet.');
  await dialog.getByRole('button', { name: 'Opslaan als gedaan' }).click();
  await expect(named).toHaveCount(0);

  // A role is no name: the field waits for the group's answer.
  await page.locator('.ap').filter({ hasText: 'Bezwaarprocedure beschrijven' }).getByRole('button', { name: /^Gedaan/ }).click();
  await expect(page.getByRole('dialog', { name: 'Actiepunt afronden' }).getByLabel('Door wie?')).toHaveValue('');
});
