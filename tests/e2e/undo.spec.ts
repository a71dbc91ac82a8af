// The way back after a delete does not run out with the notice (WCAG 2.2.1): what was deleted
// on a step is listed under "Net verwijderd" until the group moves to another step.
import { createWorkshop, expect, settled, step, test } from './support/fixtures';

test('a deleted note and a removed person come back from "Net verwijderd" after the notice is gone', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Terugzetten zonder klok' });

  await page.goto(step(page, 'topic:source'));
  const q = page.locator('.question').first();
  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  await q.getByLabel('Notitie', { exact: true }).fill('De camera’s hangen er al sinds 2019.');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await q.getByRole('button', { name: /Meer acties voor notitie/ }).click();
  await q.getByRole('button', { name: /^Notitie verwijderen/ }).click();
  await expect(q.locator('.note')).toHaveCount(0);
  // The notice is closed (as its timer would): the way back is still on the step.
  await page.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  const tray = page.getByRole('region', { name: /^Net verwijderd/ });
  await expect(tray).toContainText('Notitie: De camera’s hangen er al sinds 2019.');
  expect(await tray.getByText('De camera’s hangen er al sinds 2019.').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
  await tray.getByRole('button', { name: /^Terugzetten: Notitie/ }).click();
  await expect(q.locator('.note__text')).toHaveText('De camera’s hangen er al sinds 2019.');
  await expect(tray).toHaveCount(0);
  await expect(page.locator('#step-title')).toBeFocused();
  await settled(page);
  await page.reload();
  await expect(page.locator('.question').first().locator('.note__text')).toHaveText('De camera’s hangen er al sinds 2019.');

  await page.goto(step(page, 'participants'));
  const add = page.locator('form.add-person');
  await add.getByLabel(/^Naam/).fill('Fatima el Amrani');
  await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.locator('.person', { hasText: 'Fatima el Amrani' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Fatima el Amrani verwijderen' }).click();
  await expect(page.locator('.person', { hasText: 'Fatima el Amrani' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Net verwijderd/ })).toContainText('Deelnemer: Fatima el Amrani');

  // Leaving the step ends the offer: back on the step, nothing is listed.
  await page.goto(step(page, 'goal'));
  await expect(page.locator('#step-title')).toContainText('Project en doel');
  await expect(page.locator('[data-removed]')).toHaveCount(0);
  await page.getByRole('link', { name: /Aan tafel/ }).first().click();
  await expect(page.locator('#step-title')).toContainText('Aan tafel');
  await expect(page.locator('[data-removed]')).toHaveCount(0);
});
