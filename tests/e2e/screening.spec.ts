// The DPIA and IAMA screening as a facilitator meets it: answers on the preconditions step, the
// advice with its reasons, an action point made from it, and all of it in the PDF report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import type { Locator } from '@playwright/test';
import { createWorkshop, expect, settled, step, test } from './support/fixtures';

const answer = (panel: Locator, question: RegExp, choice: 'Ja' | 'Nee' | 'Weet niet') => panel.getByRole('group', { name: question }).getByRole('radio', { name: choice, exact: true }).check();

test('answers lead to advice with reasons, an action point, and a section in the report', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await createWorkshop(page, { title: 'Bijstand en zwartwerk voorspellen' });
  // A concern on a related question shows up next to the criterion it bears on.
  await page.goto(step(page, 'topic:bias'));
  const q = page.locator('.question').first();
  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  await q.getByLabel('Notitie', { exact: true }).fill('Mensen in de bijstand komen vaker in beeld dan anderen.');
  await q.locator('.composer').getByText('Zorg', { exact: true }).click();
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(1);

  await page.goto(step(page, 'preconditions'));
  const panel = page.locator('#screening');
  const dpia = panel.locator('#screening-dpia-outcome').locator('..').locator('..');
  await expect(dpia).toContainText('Nog niet beantwoord');
  await answer(panel, /persoonsgegevens\?/, 'Ja');
  await answer(panel, /kwetsbare of afhankelijke positie/, 'Ja');
  const vulnerable = panel.getByRole('group', { name: /kwetsbare of afhankelijke positie/ });
  await vulnerable.getByText(/Wat de workshop erover zei \(1\)/).click();
  await expect(vulnerable).toContainText('Mensen in de bijstand komen vaker in beeld dan anderen.');
  // One criterion met, the rest not answered: open, never "no".
  await expect(dpia).toContainText('Nog niet te zeggen');
  await answer(panel, /gekoppeld of gecombineerd/, 'Ja');
  await expect(dpia).toContainText('Een DPIA is verplicht');
  await expect(dpia).toContainText('Aan 2 van de negen criteria voldaan: bestanden koppelen en kwetsbare mensen.');
  await panel.getByRole('checkbox', { name: 'Fraudebestrijding' }).check();
  await expect(dpia).toContainText('Op de lijst van de Autoriteit Persoonsgegevens: Fraudebestrijding.');
  await dpia.getByRole('button', { name: 'Actiepunt maken' }).click();
  await expect(dpia).toContainText('Hiervan is een actiepunt gemaakt.');
  // The button is gone; focus is on the message that took its place, not on <body> (2.4.3).
  await expect(dpia.locator('[data-point-made="dpia"]')).toBeFocused();
  await expect(dpia.getByRole('button', { name: 'Actiepunt maken' })).toHaveCount(0);

  const iama = panel.locator('#screening-iama-outcome').locator('..').locator('..');
  await answer(panel, /algoritme \(regels of een model\)/, 'Ja');
  await answer(panel, /rechten van mensen raken/, 'Ja');
  await expect(iama).toContainText('Een IAMA is aan te raden');
  await answer(panel, /AI-systeem in de zin van de AI-verordening/, 'Ja');
  await panel.getByRole('checkbox', { name: /Toegang tot publieke voorzieningen/ }).check();
  await expect(iama).toContainText('Een grondrechteneffectbeoordeling is verplicht');
  // The IAMA's first part, filled from the workshop, as a Word file the team continues in.
  const [doc] = await Promise.all([page.waitForEvent('download'), iama.getByRole('button', { name: 'IAMA-startdocument (Word)' }).click()]);
  expect(doc.suggestedFilename()).toMatch(/Bijstand en zwartwerk voorspellen IAMA-startdocument\.docx$/);
  const docFile = join(mkdtempSync(join(tmpdir(), 'deda-iama-')), 'iama.docx');
  await doc.saveAs(docFile);
  expect(execFileSync('unzip', ['-t', docFile], { encoding: 'utf8' })).toContain('No errors detected');
  const body = execFileSync('unzip', ['-p', docFile, 'word/document.xml'], { encoding: 'utf8' });
  expect(body).toContain('IAMA, deel 1 (waarom): Bijstand en zwartwerk voorspellen');
  expect(body).toContain('Mensen in de bijstand komen vaker in beeld dan anderen.');
  await expect(iama).toContainText('Het IAMA-startdocument is gemaakt');
  await panel.getByLabel(/Waarop baseert de groep/).fill('Besproken met de FG; de koppeling met het UWV is nog onzeker.');
  await expectNoAxeViolations(page, 'screening', '#screening');
  await settled(page);

  // The answers are kept: a reload shows them as they were.
  await page.reload();
  await expect(page.locator('#screening-dpia-outcome').locator('..')).toContainText('Een DPIA is verplicht');
  await expect(page.locator('#screening').getByRole('group', { name: /kwetsbare of afhankelijke positie/ }).getByRole('radio', { name: 'Ja', exact: true })).toBeChecked();

  await page.goto(step(page, 'actions'));
  await expect(page.getByRole('heading', { name: 'DPIA laten uitvoeren' })).toBeVisible();

  await page.goto(step(page, 'report'));
  const button = page.getByRole('button', { name: 'Verslag (pdf)' });
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(mkdtempSync(join(tmpdir(), 'deda-screening-')), 'verslag.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('DPIA en IAMA');
  expect(text).toContain('Uitkomst: Een DPIA is verplicht');
  expect(text).toContain('Fraudebestrijding');
  expect(text).toContain('Uitkomst: Een grondrechteneffectbeoordeling is verplicht');
  expect(text).toContain('de koppeling met het UWV is nog onzeker');
});
