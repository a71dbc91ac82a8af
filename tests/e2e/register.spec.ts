// Journey: after the workshop the facilitator opens the Algoritmeregister form on the
// documentation step, answers what the workshop cannot know, shortens a text that is over its
// limit, and saves the entry as a file. The export refuses first and names each problem,
// putting the focus on the first; the answers survive a reload; the file carries the standard's
// field names, the workshop's own words, and no field over its limit. The form passes axe.
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { REGISTER_FIELDS, registerLength, type RegisterField } from '../../src/domain/register/standard';
import { createWorkshop, expect, settled, step, test } from './support/fixtures';
import { openStep } from './support/steps';

const TITLE = 'Slimme vuilcontainers';
const PROJECT = 'Vulgraad van containers voorspellen';
const GOAL = 'Containers legen wanneer ze vol zijn, zodat er minder gereden wordt.';
const DELIVERS = 'Een dagelijkse routeplanning voor de afvalwagens.';
const DATA = 'Sensordata van de ondergrondse containers.';
const SHORTER = 'Containers legen als ze vol zijn. Inwoners merken dat er minder vaak een afvalwagen door de straat rijdt.';

async function openRegisterForm(page: Page, viaSteps = true) {
  if (viaSteps) await openStep(page, /^Verslag en export/);
  await expect(page.getByRole('heading', { level: 2, name: 'Verslag en export' })).toBeVisible();
  const card = page.locator('[data-choice="register"]');
  await card.getByRole('button', { name: 'Registratie invullen' }).click();
  await expect(card.getByRole('group', { name: 'Status' })).toBeVisible();
  return card;
}

test('a register entry: asked, checked per field, kept over a reload, exported within every limit', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: TITLE, organisation: 'Gemeente Voorbeeld', dataProject: PROJECT });
  await page.goto(step(page, 'goal'));
  await page.getByLabel('Het doel in één of twee zinnen').fill(GOAL);
  await page.getByLabel('Wat moet het opleveren?').fill(DELIVERS);
  await page.getByLabel('Welke datasets horen erbij?').fill(DATA);
  await page.getByRole('radio', { name: 'Adviserend' }).check();
  await settled(page);

  const card = await openRegisterForm(page);
  // Prefilled from the workshop, with the count against the standard's limit.
  const goal = card.getByRole('textbox', { name: /^Doel en impact/ });
  await expect(goal).toHaveValue(GOAL);
  await expect(card.getByRole('textbox', { name: /^Naam/ })).toHaveValue(PROJECT);
  await expect(card.locator('[data-register-field="goal"]')).toContainText(`${GOAL.length} van 2500 tekens`);
  await expectNoAxeViolations(page, 'register', '[data-choice="register"]');

  // Nothing asked yet: the export names every problem and focuses the first.
  await card.getByRole('button', { name: 'Bestand voor het register opslaan' }).click();
  const problems = card.locator('[data-register-problems]');
  await expect(problems).toContainText('Status: vul dit in.');
  await expect(problems).toContainText('Publicatiecategorie: vul dit in.');
  await expect(problems).toContainText('Contact: vul dit in.');
  await expect(card.getByRole('radio', { name: 'In ontwikkeling' })).toBeFocused();
  await expectNoAxeViolations(page, 'register', '[data-choice="register"]');

  await card.getByRole('radio', { name: 'In gebruik' }).check();
  await card.getByRole('radio', { name: /^Impactvol algoritme \(B\)/ }).check();
  await card.getByRole('textbox', { name: /^Contact/ }).fill('algoritmes@voorbeeld.nl');
  await card.getByRole('textbox', { name: /^In gebruik sinds/ }).fill('2027-03');
  // One character over the limit is named at once, and again by the export, with the focus on it.
  await goal.fill('a'.repeat(2501));
  await expect(card.locator('[data-register-field="goal"]')).toContainText('1 teken te veel');
  await card.getByRole('button', { name: 'Bestand voor het register opslaan' }).click();
  await expect(problems).toContainText('Doel en impact: te lang, het mag hoogstens 2500 tekens zijn.');
  await expect(problems).not.toContainText('Status');
  await expect(goal).toBeFocused();
  if (process.env.REGISTER_SCREENSHOT) await page.screenshot({ path: process.env.REGISTER_SCREENSHOT.replace(/\.png$/, '-problem.png') });
  await goal.fill(SHORTER);
  await expect(problems).toHaveCount(0);

  // The answers are a draft: a reload (which stays on the step) keeps them.
  await page.reload();
  const again = await openRegisterForm(page, false);
  await expect(again.getByRole('radio', { name: 'In gebruik' })).toBeChecked();
  await expect(again.getByRole('textbox', { name: /^Contact/ })).toHaveValue('algoritmes@voorbeeld.nl');
  await expect(again.getByRole('textbox', { name: /^Doel en impact/ })).toHaveValue(SHORTER);
  await expect(again.getByText('Aangepast')).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent('download'), again.getByRole('button', { name: 'Bestand voor het register opslaan' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} Slimme vuilcontainers algoritmeregister\.json$/);
  await expect(again.getByText(/Opgeslagen in je downloads/)).toBeVisible();
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain('\n  "name": ');
  const file = JSON.parse(text) as Record<string, unknown>;
  expect(file).toMatchObject({
    name: PROJECT,
    organization: 'Gemeente Voorbeeld',
    status: 'In gebruik',
    publication_category: 'Impactvolle algoritmes',
    contact_email: 'algoritmes@voorbeeld.nl',
    begin_date: '2027-03',
    goal: SHORTER,
    lang: 'nld',
    standard_version: '1.0',
    impacttoetsen_grouping: [{ title: 'De Ethische Data Assistant (DEDA)' }],
  });
  expect(file.description_short).toContain(DELIVERS);
  expect(file.source_data).toContain(DATA);
  expect(file.impacttoetsen).toContain('DEDA-workshop');
  for (const [key, value] of Object.entries(file)) {
    expect(Object.keys(REGISTER_FIELDS), `unknown field ${key}`).toContain(key);
    const max = REGISTER_FIELDS[key as RegisterField].maxLength;
    if (typeof value === 'string' && max !== null) expect(registerLength(value), `${key} over its limit`).toBeLessThanOrEqual(max);
  }
  for (const [key, spec] of Object.entries(REGISTER_FIELDS)) {
    if (spec.required) expect(file[key], `required ${key}`).toBeTruthy();
  }

  // The form in English: the same choices with their explanations; the values stay the standard's.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(again.getByRole('radio', { name: /^Impactful algorithm \(B\)/ })).toBeChecked();
  await expect(again.getByRole('radio', { name: 'In use (In gebruik)' })).toBeChecked();
  await again.getByRole('textbox', { name: /^Contact/ }).fill('');
  await again.getByRole('button', { name: 'Save the file for the register' }).click();
  await expect(again.locator('[data-register-problems]')).toContainText('Contact: please fill this in.');
  await expect(again.getByRole('textbox', { name: /^Contact/ })).toBeFocused();
  if (process.env.REGISTER_SCREENSHOT) await page.screenshot({ path: process.env.REGISTER_SCREENSHOT.replace(/\.png$/, '-en.png') });
  await page.getByRole('button', { name: 'Nederlands' }).click();

  if (process.env.REGISTER_SCREENSHOT) {
    await again.getByRole('heading', { name: 'Wat de workshop niet weet' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: process.env.REGISTER_SCREENSHOT, fullPage: false });
    await again.screenshot({ path: process.env.REGISTER_SCREENSHOT.replace(/\.png$/, '-card.png') });
  }
});
