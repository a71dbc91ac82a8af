// Journey: at the end of a session the facilitator opens "Verslag en export" on the tablet and
// takes the workshop along: the signed bundle alone, or the report and the bundle together,
// where the report's appendix names the bundle's signer fingerprint and payload SHA-256 so a
// privacy officer can match the two with `npm run verify`. Also: the share sheet takes both
// files at once (and asks for a second tap when the first has expired), a failure leaves the
// workshop unmarked and saves nothing, the step passes axe, and all of it works offline.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import type { Download, Page } from '@playwright/test';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../src/exchange/bundle-schema';
import { becomeOfflineReady, createWorkshop, expect, foreignRequests, test } from './support/fixtures';
import { openStep } from './support/steps';
import { ROOT } from './support/global-setup';

// This journey needs the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const dir = mkdtempSync(join(tmpdir(), 'deda-documentation-e2e-'));
const TITLE = 'Slimme vuilcontainers';
const NOTE = 'Wie mag de vulgraad per adres zien? Łukasz wil het weten — 🚛 € 1.250,–';
const NEVER = 'Nog niet geëxporteerd';

/** A workshop made through the home screen, with one note on the topic board; ends on the home screen. */
async function workshopWithNote(page: Page): Promise<void> {
  await createWorkshop(page, { title: TITLE, organisation: 'Gemeente Voorbeeld', facilitator: 'Zoë Ørsted-Çelik' });
  await openStep(page, /^Bron\b/);
  const first = page.locator('.question').first();
  await first.getByRole('button', { name: /^Notitie bij:/ }).click();
  await first.getByLabel('Notitie', { exact: true }).fill(NOTE);
  await first.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(first.locator('.note')).toHaveCount(1);
  await page.getByRole('link', { name: 'Terug naar de workshops' }).click();
  await expect(card(page)).toContainText(NEVER);
}

function card(page: Page) {
  return page.locator('li.card').filter({ has: page.getByRole('link', { name: TITLE, exact: true }) });
}

/** Through the step list, as a person would (in portrait it sits behind "Alle stappen"). */
async function openDocumentation(page: Page): Promise<void> {
  await card(page).getByRole('link', { name: TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await openStep(page, /^Verslag en export/);
  await expect(page.getByRole('heading', { level: 2, name: 'Verslag en export' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Verslag en bundel maken' })).toBeEnabled();
}

/** Every download the page starts from now on. */
function collectDownloads(page: Page): Download[] {
  const seen: Download[] = [];
  page.on('download', (d) => seen.push(d));
  return seen;
}

async function save(d: Download, name: string): Promise<string> {
  const file = join(dir, name);
  await d.saveAs(file);
  return file;
}

/** What `npm run verify -- FILE` says about a bundle: the fingerprint and payload SHA-256 it prints. */
function verify(file: string): { fingerprint: string; sha256: string; out: string } {
  const out = execFileSync('npm', ['run', '--silent', 'verify', '--', file], { cwd: ROOT, encoding: 'utf8' });
  expect(out.trim().endsWith('OK'), out).toBe(true);
  const fingerprint = /^Fingerprint:\s+(.+)$/m.exec(out)?.[1]?.trim() ?? '';
  const sha256 = /^Payload SHA-256:\s+([0-9a-f]{64})$/m.exec(out)?.[1] ?? '';
  expect(fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
  expect(sha256).toHaveLength(64);
  return { fingerprint, sha256, out };
}

/** The appendix ("Verantwoording", the last section) as pdftotext reads it. */
function appendixText(pdf: string): string {
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
  const start = text.lastIndexOf('Bijbehorende bundel');
  expect(start, 'the appendix names a matching bundle').toBeGreaterThan(0);
  return text.slice(start);
}

/** Taps "both", waits for the two files, checks the bundle with the verifier and the PDF's appendix. */
async function exportBoth(page: Page, tag: string): Promise<{ fingerprint: string; sha256: string }> {
  const downloads = collectDownloads(page);
  await page.getByRole('button', { name: 'Verslag en bundel maken' }).click();
  await expect(page.locator('[data-both-result="downloaded"]')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => downloads.length).toBe(2);
  const pdf = downloads.find((d) => d.suggestedFilename().endsWith('.pdf'));
  const bundle = downloads.find((d) => d.suggestedFilename().endsWith('.deda.json'));
  if (!pdf || !bundle) throw new Error(`expected a PDF and a bundle, got ${downloads.map((d) => d.suggestedFilename()).join(', ')}`);
  const bundleFile = await save(bundle, `${tag}.deda.json`);
  const pdfFile = await save(pdf, `${tag}.pdf`);

  const proof = verify(bundleFile);
  expect(JSON.parse(readFileSync(bundleFile, 'utf8')).payload.notes.map((n: { text: string }) => n.text)).toEqual([NOTE]);
  const appendix = appendixText(pdfFile);
  const flat = appendix.replace(/\s+/g, ' ');
  expect(flat).toContain(`Vingerafdruk van de ondertekenaar ${proof.fingerprint}`);
  // A 64-digit hash may be broken over two lines in the PDF; its digits are what count.
  expect(appendix.replace(/\s+/g, '')).toContain(`SHA-256vandeondertekendeinhoud(payload)${proof.sha256}`);
  expect(flat).not.toContain('zonder bundel');
  // The screen names the same fingerprint as the report.
  await expect(page.locator('[data-both-fingerprint]')).toHaveText(proof.fingerprint);
  await expect(page.locator('[data-both-sha256]')).toHaveText(proof.sha256);
  return proof;
}

test('the bundle alone, then report and bundle together: the report names the bundle the verifier checks', async ({ page, app, requests }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await workshopWithNote(page);
  await openDocumentation(page);
  await expect(page.locator('[data-export-state]')).toHaveText('Nog nooit geëxporteerd.');
  await expectNoAxeViolations(page, 'documentation step');

  // (a) The bundle alone.
  const bundleCard = page.locator('[data-choice="bundle"]');
  const [download] = await Promise.all([page.waitForEvent('download'), bundleCard.getByRole('button', { name: 'Bundel exporteren' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} Slimme vuilcontainers\.deda\.json$/);
  const file = await save(download, 'alone.deda.json');
  const bundle = JSON.parse(readFileSync(file, 'utf8'));
  expect(bundle.format).toBe(BUNDLE_FORMAT);
  expect(bundle.formatVersion).toBe(BUNDLE_VERSION);
  expect(typeof bundle.signature?.protected).toBe('string');
  expect(bundle.signature.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
  expect(bundle.payload.notes.map((n: { text: string }) => n.text)).toEqual([NOTE]);
  expect(bundle.payload.workshop.title).toBe(TITLE);
  await expect(bundleCard.locator('[data-export-result="downloaded"]')).toBeVisible();
  await expect(page.locator('[data-export-state="current"]')).toContainText('Laatst geëxporteerd:');
  await page.getByRole('link', { name: 'Terug naar de workshops' }).click();
  await expect(card(page)).toBeVisible();
  await expect(card(page)).not.toContainText(NEVER);
  await expect(card(page).locator('[data-export-reminder]')).toHaveCount(0);

  // (b) Both: two files, and the PDF's appendix names exactly the bundle the verifier checks.
  await openDocumentation(page);
  const first = await exportBoth(page, 'both');
  await expectNoAxeViolations(page, 'documentation step, both made');
  // Each export is signed anew (a new time, so a new payload), by the same device key.
  const second = await exportBoth(page, 'both-again');
  expect(second.fingerprint).toBe(first.fingerprint);
  expect(second.sha256).not.toBe(first.sha256);

  expect(foreignRequests(requests, app.origin)).toEqual([]);
});

test('offline: report and bundle together from the precache alone', async ({ page, app, requests }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await becomeOfflineReady(page);
  await workshopWithNote(page);
  await app.stop();
  await page.reload();
  await openDocumentation(page);
  await exportBoth(page, 'offline');
  await page.getByRole('link', { name: 'Terug naar de workshops' }).click();
  await expect(card(page)).not.toContainText(NEVER);
  expect(foreignRequests(requests, app.origin)).toEqual([]);
});

test('where the device shares files, both go to the share sheet in one go, after a second tap if needed', async ({ page }) => {
  test.setTimeout(90_000);
  // A tablet's share sheet; the first call is refused as if the tap that started it had expired.
  await page.addInitScript(() => {
    const w = window as unknown as { shared: { name: string; type: string; size: number }[][]; shareCalls: number };
    w.shared = [];
    w.shareCalls = 0;
    Object.defineProperty(navigator, 'canShare', { value: (d: ShareData) => Array.isArray(d.files) && d.files.length > 0, configurable: true });
    Object.defineProperty(navigator, 'share', {
      configurable: true,
      value: async (d: ShareData) => {
        w.shareCalls += 1;
        if (w.shareCalls === 1) throw new DOMException('activation expired', 'NotAllowedError');
        w.shared.push((d.files ?? []).map((f) => ({ name: f.name, type: f.type, size: f.size })));
      },
    });
  });
  await page.goto('/');
  await workshopWithNote(page);
  await openDocumentation(page);
  const downloads = collectDownloads(page);
  await page.getByRole('button', { name: 'Verslag en bundel maken' }).click();
  const share = page.locator('[data-choice="both"]').getByRole('button', { name: 'Delen…' });
  await expect(share).toBeVisible({ timeout: 60_000 });
  await expect(share).toBeFocused();
  // Made, not yet handed over: not marked as exported.
  await expect(page.locator('[data-export-state]')).toHaveText('Nog nooit geëxporteerd.');
  await share.click();
  await expect(page.locator('[data-both-result="shared"]')).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { shared: { name: string; type: string; size: number }[][] }).shared);
  expect(shared).toHaveLength(1);
  expect(shared[0]?.map((f) => f.type)).toEqual(['application/pdf', 'application/json']);
  expect(shared[0]?.[0]?.name).toMatch(/\.pdf$/);
  expect(shared[0]?.[1]?.name).toMatch(/\.deda\.json$/);
  expect(shared[0]?.every((f) => f.size > 1000)).toBe(true);
  expect(downloads).toHaveLength(0);
  await expect(page.locator('[data-export-state="current"]')).toContainText('Laatst geëxporteerd:');
});

test('when the report cannot be made, nothing is saved and the workshop is not marked as exported', async ({ page }) => {
  test.setTimeout(90_000);
  // The page is not yet controlled by the service worker, so its font requests reach the
  // network, where they fail: the report cannot be set.
  await page.route('**/*.ttf', (route) => route.abort());
  await page.goto('/');
  await workshopWithNote(page);
  await openDocumentation(page);
  const downloads = collectDownloads(page);
  await page.getByRole('button', { name: 'Verslag en bundel maken' }).click();
  await expect(page.locator('[data-choice="both"]').getByRole('alert')).toHaveText(/een onderdeel van de app kon niet worden geladen.*Er is niets opgeslagen of gedeeld\./, { timeout: 60_000 });
  expect(downloads).toHaveLength(0);
  await expect(page.locator('[data-export-state]')).toHaveText('Nog nooit geëxporteerd.');
  await expectNoAxeViolations(page, 'documentation step, failed');
  // The fonts are back: the same tap works.
  await page.unroute('**/*.ttf');
  await exportBoth(page, 'after-failure');
});

test('text with angle brackets goes along; text that is HTML code is named, and nothing is exported', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: TITLE });
  await openStep(page, /^Bron\b/);
  const first = page.locator('.question').first();
  await first.getByRole('button', { name: /^Notitie bij:/ }).click();
  const field = first.getByLabel('Notitie', { exact: true });
  await field.fill('Vragen naar Jan <jan@gemeente.nl>, leeftijd < 18');
  await first.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(first.locator('.note[data-state="stored"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Terug naar de workshops' }).click();
  await openDocumentation(page);
  const bundleCard = page.locator('[data-choice="bundle"]');
  const [download] = await Promise.all([page.waitForEvent('download'), bundleCard.getByRole('button', { name: 'Bundel exporteren' }).click()]);
  const bundle = JSON.parse(readFileSync(await save(download, 'brackets.deda.json'), 'utf8'));
  expect(bundle.payload.notes.map((n: { text: string }) => n.text)).toEqual(['Vragen naar Jan <jan@gemeente.nl>, leeftijd < 18']);

  // Now a note that is HTML: the export names where it is and what it is; no file comes.
  await openStep(page, /^Bron\b/);
  await first.getByRole('button', { name: /^Notitie bij:/ }).click();
  await field.fill('Zie <b>dit</b>');
  await first.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(first.locator('.note[data-state="stored"]')).toHaveCount(2);
  await openStep(page, /^Verslag en export/);
  const downloads = collectDownloads(page);
  await bundleCard.getByRole('button', { name: 'Bundel exporteren' }).click();
  await expect(bundleCard.getByText('In een notitie staat tekst die op HTML-code lijkt: ‘<b>dit</b>’.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('markup-refused.png') });
  expect(downloads).toEqual([]);
});
