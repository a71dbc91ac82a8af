// Journey: a facilitator fills in a little of a workshop on the tablet, opens the documentation step and
// taps "Verslag (pdf)": a PDF arrives in seconds, in the workshop's language, with the names
// spelled right and the notes in it. Then the network goes away (the server stops) and the
// report is made again, from the precache alone. The PDF is read back with pdftotext.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import type { WorkshopGraph } from '../../src/domain/workshop-graph';
import { fullWorkshop, NAMES } from '../unit/report/full-workshop';
import { becomeOfflineReady, createWorkshop, expect, foreignRequests, settled, test } from './support/fixtures';

// This journey needs the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

const dir = mkdtempSync(join(tmpdir(), 'deda-report-e2e-'));
const CONCERN = 'Koppeling met de pasjesadministratie maakt het herleidbaar. Kosten: € 1.250,– per maand.';
const GOAL = 'Containers alleen legen als ze vol zijn, zodat er minder vrachtwagens door de wijk rijden.';

async function report(page: Page, name: string): Promise<{ text: string; file: string; fileName: string }> {
  const button = page.getByRole('button', { name: 'Verslag (pdf)' });
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(dir, name);
  await download.saveAs(file);
  await expect(page.getByText(/Het verslag is gemaakt:/)).toBeVisible();
  return { text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), file, fileName: download.suggestedFilename() };
}

test('the report of a workshop, online and then offline', async ({ page, app, requests }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await becomeOfflineReady(page);
  await createWorkshop(page, { title: 'Slimme vuilcontainers', organisation: 'Gemeente Voorbeeld', facilitator: 'Zoë Ørsted-Çelik', place: 'Stadhuis' });
  const base = page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1');

  // What the screens offer: the goal, two people with a role, a concern on a question.
  await page.getByLabel('Het doel in één of twee zinnen').fill(GOAL);
  await page.getByRole('link', { name: /^Volgende/ }).click();
  const add = page.locator('.add-person');
  for (const [name, role] of [
    ['Łukasz Wróbel', 'Privacy officer / FG'],
    ['Nguyễn Thị Ánh', 'Data-analist of statisticus'],
  ] as const) {
    await add.getByLabel('Naam of initialen', { exact: true }).fill(name);
    await add.getByLabel(role, { exact: true }).check();
    await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.getByRole('button', { name: `${name} verwijderen` })).toBeVisible();
  }
  await page.goto(`${base}/topic:source`);
  const first = page.locator('.question').first();
  await first.getByRole('button', { name: /^Notitie\b/ }).click();
  await first.getByLabel('Notitie', { exact: true }).fill(CONCERN);
  await first.locator('.composer').getByText('Zorg', { exact: true }).click();
  await first.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(first.locator('.note--concern')).toBeVisible();
  await first.getByRole('button', { name: 'Klaar', exact: true }).click();

  // The documentation step has the report button.
  await page.goto(`${base}/report`);
  const started = Date.now();
  const online = await report(page, 'online.pdf');
  const seconds = (Date.now() - started) / 1000;
  expect(online.fileName).toBe(`${new Date().toISOString().slice(0, 10)} Slimme vuilcontainers DEDA-verslag.pdf`);
  for (const heading of ['Samenvatting', 'Project en doel', 'Deelnemers en rollen', 'Waarden', 'Onderwerpen', 'Bron', 'Actiepunten', 'Randvoorwaarden', 'Foto’s', 'Verantwoording']) {
    expect(online.text, heading).toContain(heading);
  }
  for (const name of ['Łukasz Wróbel', 'Nguyễn Thị Ánh', 'Zoë Ørsted-Çelik', 'Gemeente Voorbeeld']) expect(online.text).toContain(name);
  const flat = online.text.replace(/\s+/g, ' ');
  expect(flat).toContain('€ 1.250,–');
  expect(flat).toContain(CONCERN);
  expect(flat).toContain(GOAL);
  expect(online.text).toContain('ZORGEN (1)');
  expect(flat).toContain('Nog geen besluit genomen');
  // Two of the five key roles were at the table; the report says which were not.
  expect(flat).toContain('Bij deze workshop ontbraken: projectleider of eigenaar, kennis van de praktijk en communicatieadviseur.');
  expect(execFileSync('pdffonts', [online.file], { encoding: 'utf8' })).toMatch(/DEDATR\+NotoSans-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  console.log(`report made and saved in ${seconds.toFixed(1)} s (Chromium, small workshop)`);
  // The button, its result and the rest of the documentation step stay accessible.
  await expectNoAxeViolations(page, 'the report button', '.report-button');

  // No network: the server stops; the app, the PDF code and the fonts come from the precache.
  await app.stop();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Verslag (pdf)' })).toBeVisible();
  const offline = await report(page, 'offline.pdf');
  expect(offline.text).toContain('Samenvatting');
  expect(offline.text.replace(/\s+/g, ' ')).toContain(CONCERN);
  expect(offline.text).toContain('Łukasz Wróbel');

  expect(foreignRequests(requests, app.origin)).toEqual([]);
});

test('the report follows the workshop language, not the interface language', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Taaltest' });
  const base = page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1');
  await page.goto(`${base}/report`);
  await page.getByRole('button', { name: 'English' }).click();
  const button = page.getByRole('button', { name: 'Report (PDF)' });
  await expect(button).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = join(dir, 'language.pdf');
  await download.saveAs(file);
  await expect(page.getByText(/The report is ready:/)).toBeVisible();
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  // The workshop was created in Dutch, so its report is Dutch.
  expect(text).toContain('Samenvatting');
  expect(text).not.toContain('Summary');
});

/**
 * Puts a whole workshop straight into the app's IndexedDB, as an import would, since nobody
 * types 1,000 notes in a test. Photos travel into the page as base64 and become Blobs there.
 */
async function seed(page: Page, graph: WorkshopGraph): Promise<void> {
  const photos = await Promise.all(graph.attachments.map(async (a) => Buffer.from(await a.blob.arrayBuffer()).toString('base64')));
  const plain = { ...graph, attachments: graph.attachments.map((a) => ({ ...a, blob: null })) };
  await page.evaluate(
    async ({ g, photos }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('deda-tafel');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const tables = ['workshops', 'participants', 'notes', 'questionStates', 'actionPoints', 'attachments'];
      const tx = db.transaction(tables, 'readwrite');
      tx.objectStore('workshops').put(g.workshop);
      for (const p of g.participants) tx.objectStore('participants').put(p);
      for (const n of g.notes) tx.objectStore('notes').put(n);
      for (const q of g.questionStates) tx.objectStore('questionStates').put(q);
      for (const a of g.actionPoints) tx.objectStore('actionPoints').put(a);
      g.attachments.forEach((a, i) => {
        const bytes = Uint8Array.from(atob(photos[i] ?? ''), (c) => c.charCodeAt(0));
        tx.objectStore('attachments').put({ ...a, blob: new Blob([bytes], { type: a.mediaType }) });
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { g: plain, photos },
  );
}

test('the report of a full workshop: 1,000 notes and 10 photos', async ({ page }) => {
  test.setTimeout(180_000);
  const graph = fullWorkshop({ notes: 1000, photos: 10 });
  await page.goto('/');
  // Creating a workshop through the screens stores the default pack the seeded one uses.
  await createWorkshop(page, { title: 'Eerst een lege' });
  await seed(page, graph);
  await page.goto(`/workshop/${graph.workshop.id}/report`);
  const button = page.getByRole('button', { name: 'Verslag (pdf)' });
  await expect(button).toBeEnabled();
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  const seconds = (Date.now() - started) / 1000;
  const file = join(dir, 'full.pdf');
  await download.saveAs(file);
  // Once more, now that the PDF code and the fonts are loaded: what a second report costs.
  await expect(page.getByText(/Het verslag is gemaakt:/)).toBeVisible();
  const again = Date.now();
  await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  const warm = (Date.now() - again) / 1000;
  console.log(`full workshop report made and saved in ${seconds.toFixed(1)} s, a second time in ${warm.toFixed(1)} s (Chromium, ${graph.notes.length} notes, ${graph.attachments.length} photos)`);

  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const running = new Set(['DEDA Tafel', graph.workshop.title, 'Verslag van een DEDA-workshop']);
  const flat = text
    .split('\n')
    .filter((l) => !running.has(l.trim()) && !/^\f?Pagina \d+ van \d+$/.test(l.trim()))
    .join('')
    .replace(/\s+/g, '');
  const missing = graph.notes.filter((n) => !flat.includes(n.text.replace(/\s+/g, '')));
  expect(missing.map((n) => n.text.slice(0, 30))).toEqual([]);
  for (const name of [...Object.values(NAMES), '€ 1.250,–']) expect(text).toContain(name);
  for (const heading of ['Samenvatting', 'Actiepunten', 'Randvoorwaarden', 'Verantwoording', 'Overige notities']) expect(text).toContain(heading);
  expect(text).toContain('Foto 10 · ');
  expect(text).toContain('Doorgaan onder voorwaarden');
});

test('the web version of the report: one HTML file, named like the PDF, that passes axe and holds the notes', async ({ page, context }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Webversie verslag', organisation: 'Gemeente Voorbeeld' });
  const base = page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1');
  await page.getByLabel('Het doel in één of twee zinnen').fill(GOAL);
  await page.getByLabel('Het doel in één of twee zinnen').blur();
  await settled(page);
  await page.goto(`${base}/topic:source`);
  const first = page.locator('.question').first();
  await first.getByRole('button', { name: /^Notitie\b/ }).click();
  await first.getByLabel('Notitie', { exact: true }).fill('Bewaartermijn ≤ 5 jaar <naam invullen>');
  await page.keyboard.press('Enter');
  await expect(first.locator('.note[data-state="stored"]')).toHaveCount(1);

  await page.goto(`${base}/report`);
  const button = page.getByRole('button', { name: 'Verslag als webpagina (html)' });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/ Webversie verslag DEDA-verslag\.html$/);
  const file = join(dir, 'web.html');
  await download.saveAs(file);
  await expect(page.getByText(/Het verslag is gemaakt: .*\.html/)).toBeVisible();

  // Read as a visitor of the municipal website would: a page of its own, no script to run.
  const reader = await context.newPage();
  await reader.goto(`file://${file}`);
  await expect(reader.locator('html')).toHaveAttribute('lang', /^nl/);
  await expect(reader.getByRole('heading', { level: 1, name: 'Webversie verslag' })).toBeVisible();
  await expect(reader.getByText('Bewaartermijn ≤ 5 jaar <naam invullen>')).toBeVisible();
  await expect(reader.getByText(GOAL).first()).toBeVisible();
  expect(await reader.locator('script').count()).toBe(0);
  await expectNoAxeViolations(reader, 'the web version of the report');
  await reader.setViewportSize({ width: 320, height: 640 });
  expect(await reader.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
});
