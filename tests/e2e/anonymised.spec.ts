// Journey: after a workshop in which people named each other in their notes, the facilitator
// makes an anonymised copy on the documentation step: the preview says which name becomes which
// role, the saved file holds none of the names (searched for every name and every part of it,
// in any case and without accents), and on a fresh device the import screen opens it as a
// read-only example, labelled as such, with no way to export it as a bundle.
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { createWorkshop, expect, settled, step, test } from './support/fixtures';

const PEOPLE = [
  { name: 'Łukasz Wróbel', role: 'Privacy officer / FG' },
  { name: 'Jan-Willem van der Berg', role: 'Data-analist of statisticus' },
  { name: "Siobhán O'Neill", role: 'Beleidsmedewerker' },
] as const;
const NOTES = ['Lukasz wil eerst een DPIA zien.', 'Jan-Willem heeft de sensordata; Van der Berg levert die wekelijks.', "O'Neill vraagt wie het besluit neemt. Siobhan twijfelt."];

async function addPerson(page: Page, name: string, role: string): Promise<void> {
  const add = page.locator('.add-person');
  await add.getByLabel('Naam of initialen', { exact: true }).fill(name);
  await add.getByLabel(role, { exact: true }).check();
  await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.locator('.person').filter({ hasText: name })).toHaveCount(1);
}

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');

test('an anonymised copy: names replaced in the preview and the file, opened elsewhere as a read-only example', async ({ page, browser, baseURL }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto('/');
  await createWorkshop(page, { title: 'Slimme vuilcontainers', organisation: 'Gemeente Zuidhaven', facilitator: 'Zoë Ørsted' });
  await page.goto(step(page, 'participants'));
  for (const p of PEOPLE) await addPerson(page, p.name, p.role);

  await page.goto(step(page, 'topic:algorithms'));
  const first = page.locator('.question').first();
  await first.getByRole('button', { name: /^Notitie bij:/ }).click();
  for (const [i, text] of NOTES.entries()) {
    await first.getByLabel('Notitie', { exact: true }).fill(text);
    await first.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(first.locator('.note')).toHaveCount(i + 1);
  }
  await first.getByRole('button', { name: 'Klaar', exact: true }).click();
  await settled(page);

  await page.goto(step(page, 'report'));
  const card = page.locator('[data-choice="anonymised"]');
  await card.getByRole('button', { name: 'Geanonimiseerde kopie' }).click();
  const preview = card.locator('[data-anon-preview]');
  await expect(preview).toContainText('Łukasz Wróbel → privacyfunctionaris 1');
  await expect(preview).toContainText('Jan-Willem van der Berg → data-analist 1');
  await expect(preview).toContainText("Siobhán O'Neill → beleidsmedewerker 1");
  await expect(preview).toContainText('Gemeente Zuidhaven → de organisatie');
  await expectNoAxeViolations(page, 'anonymised', '[data-choice="anonymised"]');
  if (process.env.ANON_SHOTS) await page.screenshot({ path: `${process.env.ANON_SHOTS}/anon-panel.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Kopie bewaren' }).click()]);
  expect(download.suggestedFilename()).toMatch(/Slimme vuilcontainers\.deda-anon\.json$/);
  await expect(card.getByRole('status')).toContainText('bewaard als');
  const text = readFileSync((await download.path()) as string, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'deda-tafel/anonymised', formatVersion: 1 });
  const names = [...PEOPLE.map((p) => p.name), 'Zoë Ørsted', 'Gemeente Zuidhaven'];
  for (const name of names) for (const part of [name, ...name.split(/[\s]+/).filter((w) => w.length > 3 && !['van', 'der'].includes(w))]) expect(fold(text), part).not.toContain(fold(part));
  expect(text).toContain('privacyfunctionaris 1 wil eerst een DPIA zien.');
  // Fresh ids: the copy cannot be matched with the workshop it came from.
  const workshopId = /\/workshop\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';
  expect(workshopId).not.toBe('');
  expect(text).not.toContain(workshopId);

  // Another device: the import screen knows the copy and opens it as an example.
  const context = await browser.newContext({ baseURL, viewport: { width: 820, height: 1180 }, hasTouch: true, locale: 'nl-NL' });
  const other = await context.newPage();
  await other.goto('/importeren');
  await other.locator('input[type=file]').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  const example = other.locator('[data-example]');
  await expect(example.locator('[data-example-badge]')).toHaveText('Voorbeeld (geanonimiseerd)');
  await expect(example.getByRole('heading', { level: 1, name: 'Slimme vuilcontainers' })).toBeVisible();
  await expect(example.locator('[data-example-people]')).toContainText('privacyfunctionaris 1');
  await expect(example.locator('[data-example-notes]')).toContainText('data-analist 1 heeft de sensordata; data-analist 1 levert die wekelijks.');
  // Read-only: nothing to edit, nothing to export.
  await expect(example.getByRole('textbox')).toHaveCount(0);
  await expect(other.getByRole('button', { name: /bundel|exporteren/i })).toHaveCount(0);
  if (process.env.ANON_SHOTS) await other.screenshot({ path: `${process.env.ANON_SHOTS}/anon-example.png`, fullPage: true });
  // Not a workshop: the home screen does not list it; the import screen does.
  await other.goto('/');
  await expect(other.getByText('Slimme vuilcontainers')).toHaveCount(0);
  await other.goto('/importeren');
  await other.locator('[data-example-list]').getByRole('link', { name: 'Slimme vuilcontainers' }).click();
  await expect(other.locator('[data-example-badge]')).toBeVisible();
  await context.close();
});
