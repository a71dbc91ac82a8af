// Journey: two tablets each take a copy of a workshop and work at the same time. Tablet A makes
// the workshop and exports it; tablet B imports it. A writes notes on one topic, B on another,
// and both rewrite the goal. B exports; A imports B's file and chooses "Samenvoegen": the
// preview shows exactly one conflict (the goal) side by side, and afterwards every note of both
// tablets is there, also after a reload. Each tablet is its own browser context (its own
// IndexedDB, its own device id).
import type { Browser, Download, Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { createWorkshop, expect, settled, step, test } from './support/fixtures';
import { openStep } from './support/steps';

const TITLE = 'Slimme vuilcontainers';

/** Exports the workshop's bundle and keeps the file (a closed context deletes its downloads). */
async function exportBundle(page: Page, name: string): Promise<string> {
  await openStep(page, /^Verslag en export/);
  const card = page.locator('[data-choice="bundle"]');
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: 'Bundel exporteren' }).click()]);
  const file = test.info().outputPath(name);
  await (download as Download).saveAs(file);
  return file;
}

async function importFile(page: Page, file: string): Promise<void> {
  await page.goto('/importeren');
  await page.locator('input[type=file]').setInputFiles(file);
}

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

async function writeGoal(page: Page, text: string): Promise<void> {
  await page.goto(step(page, 'goal'));
  const goal = page.getByLabel('Het doel in één of twee zinnen');
  await goal.fill(text);
  await goal.blur();
  await settled(page);
}

async function tablet(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 1180, height: 820 }, hasTouch: true, locale: 'nl-NL', acceptDownloads: true });
  return { context, page: await context.newPage() };
}

test('two tablets work on different topics and both edit the goal: one conflict, every note kept', async ({ page, app, browser }) => {
  test.setTimeout(120_000);
  // Tablet A makes the workshop and hands out a copy.
  await page.goto('/');
  await createWorkshop(page, { title: TITLE, organisation: 'Gemeente Voorbeeld' });
  const first = await exportBundle(page, 'from-a.deda.json');

  // Tablet B takes it in.
  const b = await tablet(browser, app.origin);
  await importFile(b.page, first);
  await b.page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  // Both work: A on Bron, B on Privacy, and both rewrite the goal (B last).
  await addNotes(page, /^Bron\b/, ['A: gegevens uit de containers', 'A: wie leest de sensoren uit?']);
  await writeGoal(page, 'Doel volgens tablet A');
  await addNotes(b.page, /^Privacy\b/, ['B: geen adressen opslaan', 'B: bewaartermijn afspreken']);
  await writeGoal(b.page, 'Doel volgens tablet B');
  const fromB = await exportBundle(b.page, 'from-b.deda.json');
  await b.context.close();

  // A takes in B's copy and merges.
  await importFile(page, fromB);
  await expect(page.getByRole('heading', { name: 'Deze workshop staat al op dit apparaat' })).toBeVisible();
  await page.getByLabel(/Samenvoegen/).check();
  await expect(page.getByRole('heading', { name: 'Wat samenvoegen doet' })).toBeVisible();
  await expect(page.locator('[data-merge-counts]')).toHaveText('2 nieuw uit de bundel, 0 bijgewerkt, 0 verwijderd, 1 aan beide kanten veranderd.');
  const conflicts = page.locator('[data-merge-conflict]');
  await expect(conflicts).toHaveCount(1);
  await expect(conflicts.first()).toHaveAttribute('data-merge-conflict', 'workshop:goal');
  await expect(conflicts.first()).toContainText('Doel volgens tablet A');
  await expect(conflicts.first()).toContainText('Doel volgens tablet B');
  // The conflicting words and the titles compared are the workshop's own, marked in its language (3.1.2).
  await expect(conflicts.first().locator('.merge__words')).toHaveCount(2);
  for (const words of await conflicts.first().locator('.merge__words').all()) await expect(words).toHaveAttribute('lang', 'nl');
  await expect(page.locator('.compare [data-row="title"] td')).toHaveCount(2);
  for (const cell of await page.locator('.compare [data-row="title"] td').all()) await expect(cell).toHaveAttribute('lang', 'nl');
  // The later change (B's) is chosen to begin with; A keeps its own.
  await expect(conflicts.first().locator('[data-merge-side="remote"]')).toBeChecked();
  await expectNoAxeViolations(page, 'merge');
  await page.screenshot({ path: test.info().outputPath('merge-preview.png'), fullPage: true });
  await conflicts.first().getByLabel(/Op dit apparaat/).check();
  await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText(`${TITLE} is samengevoegd.`)).toBeVisible();

  // Every note of both tablets, the goal as chosen; and so after a reload.
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await openStep(page, /^Bron\b/);
    await expect(page.locator('.note')).toHaveText([/A: gegevens uit de containers/, /A: wie leest de sensoren uit\?/]);
    await openStep(page, /^Privacy\b/);
    await expect(page.locator('.note')).toHaveText([/B: geen adressen opslaan/, /B: bewaartermijn afspreken/]);
    await page.goto(step(page, 'goal'));
    await expect(page.getByLabel('Het doel in één of twee zinnen')).toHaveValue('Doel volgens tablet A');
  }

  // The copy from before the merge is a way back.
  await page.goto('/apparaat');
  await expect(page.getByRole('heading', { name: 'Vervangen versies' })).toBeVisible();

  // The same file again: nothing left to merge.
  await importFile(page, fromB);
  await page.getByLabel(/Samenvoegen/).check();
  await expect(page.locator('[data-merge-counts]')).toHaveText('0 nieuw uit de bundel, 0 bijgewerkt, 0 verwijderd, 0 aan beide kanten veranderd.');
});
