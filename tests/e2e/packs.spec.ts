// Journey: a municipality makes its own question pack in the app (from the built-in one, one
// question added, a name, version and licence of its own), saves it as a file, and a colleague
// on a fresh device loads that file, starts a workshop with it, finds the new question on the
// board and in the report (read back with pdftotext), with the pack and its licence named.
// Loading the file again under the same name with another text is refused, in Dutch.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** Buttons and fields in the page smaller than 44 by 44 px. */
function smallControls(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>('button, label.utrecht-button, input:not([type=file]), textarea, select')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width < 44 || r.height < 44;
      })
      .map((el) => `${el.tagName} ${el.textContent?.trim() ?? ''}`),
  );
}

const QUESTION = 'Weet de buurtraad dat deze gegevens worden gebruikt?';
const QUESTION_EN = 'Does the neighbourhood council know these data are used?';
const dir = mkdtempSync(join(tmpdir(), 'deda-packs-e2e-'));

test('a pack made in the app travels as a file and runs a workshop on another device', async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  await page.goto('/apparaat');
  await page.getByRole('link', { name: 'Naar de vragensets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vragensets' })).toBeVisible();
  await expectNoAxeViolations(page, 'Vragensets');
  expect(await smallControls(page)).toEqual([]);
  await page.locator('[data-pack="nl.dedatafel.default@1.0.0"]').getByRole('button', { name: 'Nieuwe set maken op basis van deze' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vragenset maken' })).toBeVisible();
  // Saving under the name and version it started from is not allowed.
  await page.getByRole('button', { name: 'Vragenset opslaan' }).click();
  await expect(page.getByRole('alert')).toContainText('Kies een ander kenmerk');
  await expectNoAxeViolations(page, 'pack editor with a problem');
  expect(await smallControls(page)).toEqual([]);
  await page.getByLabel('Naam van de set (Nederlands)').fill('Vragen van Zuidhaven');
  await page.getByLabel('Naam van de set (Engels)').fill('Zuidhaven questions');
  await page.getByLabel('Kenmerk', { exact: true }).fill('nl.zuidhaven.vragen');
  await page.getByLabel('Versie', { exact: true }).fill('1.0.0');
  await page.getByLabel('Licentie', { exact: true }).fill('CC BY 4.0');
  const source = page.locator('section.pack-topic').filter({ has: page.getByRole('heading', { name: 'Onderwerp: Bron' }) });
  await source.getByRole('button', { name: 'Vraag toevoegen aan ‘Bron’' }).click();
  // Focus goes to the new question's first field.
  await expect(source.getByLabel('Vraag 4 (Nederlands)', { exact: true })).toBeFocused();
  await page.keyboard.type(QUESTION);
  await source.getByLabel('Vraag 4 (Engels)', { exact: true }).fill(QUESTION_EN);
  await source.getByLabel('Tip bij vraag 4 (Nederlands)').fill('Vraag door als niemand het weet.');
  await source.getByLabel('Tip bij vraag 4 (Engels)').fill('Ask further if nobody knows.');
  await page.getByRole('button', { name: 'Vragenset opslaan' }).click();
  await expect(page.locator('[data-pack-message="ok"]')).toContainText('Vragen van Zuidhaven');

  const item = page.locator('[data-pack="nl.zuidhaven.vragen@1.0.0"]');
  await expect(item).toContainText('Licentie: CC BY 4.0');
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Opslaan als bestand' }).click()]);
  expect(download.suggestedFilename()).toBe('nl.zuidhaven.vragen-1.0.0.dedapack.json');
  const text = readFileSync((await download.path()) as string, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'deda-tafel/content-pack', id: 'nl.zuidhaven.vragen', version: '1.0.0', licence: 'CC BY 4.0' });

  // A fresh device: load the file, start a workshop with it.
  const context = await browser.newContext({ baseURL, viewport: { width: 820, height: 1180 }, hasTouch: true, locale: 'nl-NL', acceptDownloads: true });
  const other = await context.newPage();
  await other.goto('/vragensets');
  const chooser = other.locator('input[type=file]');
  await chooser.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(other.locator('[data-pack-message="ok"]')).toContainText('staat nu op dit apparaat');
  // The same id and version with one other text: refused, and the stored pack stays.
  await chooser.setInputFiles({ name: 'vervalst.json', mimeType: 'application/json', buffer: Buffer.from(text.replace(QUESTION, 'Een andere vraag?')) });
  await expect(other.locator('[data-pack-message="error"]')).toContainText('andere teksten');
  await chooser.setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "deda-tafel/content-pack", ') });
  await expect(other.locator('[data-pack-message="error"]')).toContainText('niet geladen');
  await expectNoAxeViolations(other, 'Vragensets after a refusal');

  await other.goto('/');
  await other.getByRole('button', { name: /Nieuwe workshop/ }).first().click();
  const dialog = other.getByRole('dialog');
  await dialog.getByLabel(/^Titel/).fill('Wijkdata Zuidhaven');
  await expect(dialog.getByLabel('Vragenset')).toBeVisible();
  await expectNoAxeViolations(other, 'create dialog with a choice of packs');
  await dialog.getByLabel('Vragenset').selectOption({ label: 'Vragen van Zuidhaven (1.0.0)' });
  await dialog.getByRole('button', { name: 'Workshop aanmaken' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Wijkdata Zuidhaven' })).toBeVisible();

  const base = other.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1');
  await other.goto(`${base}/topic:source`);
  await expect(other.getByRole('heading', { name: QUESTION })).toBeVisible();

  await other.goto(`${base}/report`);
  const button = other.getByRole('button', { name: 'Verslag (pdf)' });
  const [pdf] = await Promise.all([other.waitForEvent('download'), button.click()]);
  const file = join(dir, 'verslag.pdf');
  await pdf.saveAs(file);
  const report = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  writeFileSync(join(dir, 'verslag.txt'), report);
  expect(report).toContain(QUESTION);
  expect(report).toContain('Vragen van Zuidhaven');
  expect(report).toContain('CC BY 4.0');
  await context.close();
});
