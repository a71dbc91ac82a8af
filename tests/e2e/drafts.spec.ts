// Journey: what is typed in a form that saves on a button survives a reload before the button
// is pressed: a new action point, an edit of an existing note.
import { createWorkshop, expect, test, step } from './support/fixtures';


test('a new action point half typed comes back after a reload, and is gone once added', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Concepten bewaren' });
  await page.goto(step(page, 'actions'));
  await page.getByRole('button', { name: 'Nieuw actiepunt' }).click();
  await page.getByLabel(/^Wat moet er gebeuren\?/).fill('Grondslag laten toetsen');
  await page.reload();
  await expect(page.getByLabel(/^Wat moet er gebeuren\?/)).toHaveValue('Grondslag laten toetsen');
  await page.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
  await expect(page.getByRole('heading', { name: 'Grondslag laten toetsen' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Wat moet er gebeuren\?/)).toHaveCount(0);
});

test('an edit of a note half typed comes back after a reload', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Notitie bewerken' });
  await page.goto(step(page, 'topic:source'));
  const q = page.locator('.question').first();
  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  await q.getByLabel('Notitie', { exact: true }).fill('Eerste versie');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await q.getByRole('button', { name: /Meer acties voor notitie/ }).click();
  await q.getByRole('button', { name: /Notitie bewerken/ }).click();
  await q.locator('.note--editing textarea').fill('Tweede versie, half');
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => /:edit(~\w+)?$/.test(k)) ?? null);
  expect(key).not.toBeNull();
  await page.reload();
  // The draft is there for the editor to take up again when the note is edited.
  const q1 = page.locator('.question').first();
  await q1.getByRole('button', { name: /Meer acties voor notitie/ }).click();
  await q1.getByRole('button', { name: /Notitie bewerken/ }).click();
  await expect(q1.locator('.note--editing textarea')).toHaveValue('Tweede versie, half');
  await q1.getByRole('button', { name: 'Opslaan' }).click();
  await expect(q1.locator('.note__text')).toHaveText('Tweede versie, half');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /:edit(~\w+)?$/.test(k)))).toEqual([]);
});

test('a precondition judgement being worded comes back after a reload', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Oordeel bewaren' });
  await page.goto(step(page, 'preconditions'));
  const po = page.locator('[data-precondition="privacy-officer-involved"]');
  await po.getByRole('button', { name: 'Privacy officer of FG vanaf het begin betrokken beoordelen' }).click();
  await po.getByText('Ontbreekt', { exact: true }).click();
  await po.getByLabel('Waarom vindt de groep dit?').fill('De FG is niet uitgenodigd');
  await page.reload();
  const again = page.locator('[data-precondition="privacy-officer-involved"]');
  await expect(again.getByLabel('Waarom vindt de groep dit?')).toHaveValue('De FG is niet uitgenodigd');
  await expect(again.getByRole('radio', { name: 'Ontbreekt' })).toBeChecked();
  await again.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(again.locator('.pc__state')).toHaveText('Ontbreekt');
  await page.reload();
  await expect(page.locator('[data-precondition="privacy-officer-involved"] .pc__judge')).toHaveCount(0);
});
