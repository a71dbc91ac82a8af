// Journey: the facilitator's tools during a session: a photo of the poster (downscaled before
// it is stored), the countdown per step (start, pause, extend, survives a reload; every step
// keeps its own clock; behind schedule when a step overruns; started on opening), the table
// view (larger type, screen turned for the other side), the editable agenda, and the list of
// steps on a portrait tablet.
import { expectNoAxeViolations } from './support/axe';
import { createWorkshop, expect, test } from './support/fixtures';

test('a photo of the poster is downscaled, kept, captioned and deleted with undo', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Foto’s' });
  await page.goto(page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/topic:visualisation'));
  // A 4000 x 3000 photo, as a tablet camera makes them.
  const png = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 4000;
    c.height = 3000;
    const g = c.getContext('2d')!;
    g.fillStyle = '#ffd75e';
    g.fillRect(0, 0, 4000, 3000);
    g.fillStyle = '#1d4f7c';
    g.fillRect(400, 400, 1200, 900);
    const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/png'));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s);
  });
  await page.getByTestId('photo-input').setInputFiles({ name: 'poster.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  const photo = page.locator('.photo img');
  await expect(photo).toHaveCount(1);
  expect(await photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([2048, 1536]);

  await page.locator('.photo').getByLabel('Onderschrift').fill('Poster met post-its over de kaart');
  await page.reload();
  await expect(page.locator('.photo').getByLabel('Onderschrift')).toHaveValue('Poster met post-its over de kaart');
  await expect(page.locator('.photo img')).toHaveAttribute('alt', 'Poster met post-its over de kaart');

  await page.getByRole('button', { name: /Foto verwijderen/ }).click();
  await expect(page.locator('.photo')).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Foto verwijderd' }).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(page.locator('.photo')).toHaveCount(1);

  // Something that is not an image gets a clear message, and nothing is stored.
  await page.getByTestId('photo-input').setInputFiles({ name: 'notulen.pdf', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.7 not an image') });
  await expect(page.getByRole('alert').filter({ hasText: 'kon niet als foto worden bewaard' })).toBeVisible();
  await expect(page.locator('.photo')).toHaveCount(1);
});

test('the countdown per step starts, pauses, extends and survives a reload', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Klok' });
  const clock = page.locator('.timer__clock');
  const start = await clock.textContent();
  await page.getByRole('button', { name: 'Start klok' }).click();
  await expect(clock).not.toHaveText(start ?? '', { timeout: 5000 });
  await page.getByRole('button', { name: 'Pauze' }).click();
  // Read the clock once the pause is stored (the button turns into "Hervatten").
  await expect(page.getByRole('button', { name: 'Hervatten' })).toBeVisible();
  const paused = await clock.textContent();
  await page.waitForTimeout(1500);
  await expect(clock).toHaveText(paused ?? '');
  await page.getByRole('button', { name: '+5 min' }).click();
  const [m] = (paused ?? '0:00').split(':');
  await expect(clock).toHaveText(new RegExp(`^${Number(m) + 5}:`));
  await page.reload();
  await expect(page.locator('.timer__clock')).toHaveText(new RegExp(`^${Number(m) + 5}:`));
  await expect(page.getByRole('button', { name: 'Hervatten' })).toBeVisible();
});

test('every step keeps its clock: leaving the step, a reload and another step’s clock keep its time', async ({ page }) => {
  // Time flows as usual; the test jumps it forward instead of waiting.
  await page.clock.install();
  await page.goto('/');
  await createWorkshop(page, { title: 'Klok per stap' });
  const timer = page.getByRole('group', { name: 'Tijd voor deze stap' });
  const used = timer.getByTestId('step-used');
  await timer.getByRole('button', { name: 'Start klok' }).click();
  await expect(timer.getByRole('button', { name: 'Pauze' })).toBeVisible();
  await page.clock.fastForward('03:00');
  await expect(used).toHaveText(/^3:\d\d gebruikt/);

  // Leave the goal with its clock running and start the clock of the next step: the goal's
  // clock pauses and keeps its three minutes.
  await page.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Aan tafel' })).toBeVisible();
  await expect(timer.getByText('Klok loopt bij: Project en doel')).toBeVisible();
  await expect(used).toHaveText(/^0:00 gebruikt/);
  await timer.getByRole('button', { name: 'Start klok' }).click();
  await expect(timer.getByRole('button', { name: 'Pauze' })).toBeVisible();
  await page.clock.fastForward('02:00');
  await expect(used).toHaveText(/^2:\d\d gebruikt/);

  await page.locator('a[rel="prev"]').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Project en doel' })).toBeVisible();
  await expect(used).toHaveText(/^3:\d\d gebruikt/);
  await expect(timer.getByRole('button', { name: 'Hervatten' })).toBeVisible();
  await expect(timer.getByText('Klok loopt bij: Aan tafel')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('clock-elsewhere-portrait.png') });

  await page.reload();
  await expect(used).toHaveText(/^3:\d\d gebruikt/);
  await expect(timer.getByRole('button', { name: 'Hervatten' })).toBeVisible();

  // The overview's agenda shows the time of both steps, the running one marked.
  await page.goto(page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/overview'));
  const row = (name: string) => page.locator('.agenda tbody tr').filter({ has: page.getByText(name, { exact: true }) });
  await expect(row('Project en doel').locator('.agenda__used')).toHaveText(/^3:\d\d$/);
  await expect(row('Aan tafel').locator('.agenda__used')).toHaveText(/^2:\d\dloopt$/);
  // The goal took three of its planned minutes: the session is ahead by the rest.
  await expect(page.getByTestId('agenda-schedule')).toHaveText(/^Sessie: \d+ min voor op schema\./);
});

test('a step that runs over says so in words, and the session is behind schedule', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await createWorkshop(page, { title: 'Uitloop' });
  const timer = page.getByRole('group', { name: 'Tijd voor deze stap' });
  await expect(timer.getByTestId('schedule')).toHaveText('Klok nog niet gebruikt');
  await timer.getByRole('button', { name: 'Start klok' }).click();
  await expect(timer.getByTestId('schedule')).toHaveText('Op schema');
  await expect(timer.getByText('Over tijd')).toHaveCount(0);
  // Far beyond the goal's share of a four-hour agenda.
  await page.clock.fastForward('01:30:00');
  await expect(timer.getByText('Over tijd')).toBeVisible();
  await expect(timer.getByTestId('schedule')).toHaveText(/^\d+ min achter op schema$/);
  await expect(page.locator('.timer')).toHaveClass(/timer--over/);
  // Nothing moves: the cue has no animation or transition.
  expect(await page.locator('.timer__flag').evaluate((el) => [getComputedStyle(el).animationName, getComputedStyle(el).transitionDuration])).toEqual(['none', '0s']);
  await page.screenshot({ path: test.info().outputPath('clock-behind-portrait.png') });
  await expectNoAxeViolations(page, 'the step clock, behind', '.timer');
  for (const b of await timer.getByRole('button').all()) {
    const box = await b.boundingBox();
    expect(Math.min(box?.width ?? 0, box?.height ?? 0), await b.textContent() ?? '').toBeGreaterThanOrEqual(44);
  }
  await page.setViewportSize({ width: 1180, height: 820 });
  await page.screenshot({ path: test.info().outputPath('clock-behind-landscape.png') });

  await timer.getByRole('button', { name: 'Pauze' }).click();
  await expect(timer.getByRole('button', { name: 'Hervatten' })).toBeVisible();
  await page.goto(page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/overview'));
  await expect(page.getByTestId('agenda-schedule')).toHaveText(/^Sessie: \d+ min achter op schema\./);
  const goal = page.locator('.agenda tbody tr').filter({ has: page.getByText('Project en doel', { exact: true }) });
  await expect(goal.locator('.agenda__used')).toContainText('Over tijd');
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expectNoAxeViolations(page, 'the agenda', 'section[aria-labelledby="agenda-title"]');
  await agenda.screenshot({ path: test.info().outputPath('agenda-landscape.png') });
  await page.setViewportSize({ width: 820, height: 1180 });
  await agenda.screenshot({ path: test.info().outputPath('agenda-portrait.png') });
});

test('the clock can start when a step opens: a choice of this device', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Vanzelf' });
  const timer = page.getByRole('group', { name: 'Tijd voor deze stap' });
  const auto = timer.getByRole('button', { name: 'Start bij openen' });
  await expect(auto).toHaveAttribute('aria-pressed', 'false');
  const box = await auto.boundingBox();
  expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
  await auto.click();
  await expect(auto).toHaveAttribute('aria-pressed', 'true');
  await page.locator('a[rel="next"]').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Aan tafel' })).toBeVisible();
  await expect(timer.getByRole('button', { name: 'Pauze' })).toBeVisible();
  // Paused on purpose, it stays paused when the page is loaded again.
  await timer.getByRole('button', { name: 'Pauze' }).click();
  await expect(timer.getByRole('button', { name: 'Hervatten' })).toBeVisible();
  await page.reload();
  await expect(timer.getByRole('button', { name: 'Hervatten' })).toBeVisible();
  await expect(timer.getByRole('button', { name: 'Start bij openen' })).toHaveAttribute('aria-pressed', 'true');
});

test('table view enlarges the text and turns the screen, and both can be undone', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Tafelweergave' });
  const html = page.locator('html');
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.getByRole('button', { name: 'Grote letters' }).click();
  await expect(html).toHaveClass(/table-view/);
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBeGreaterThan(before);
  await page.getByRole('button', { name: 'Scherm draaien' }).click();
  await expect(html).toHaveClass(/is-turned/);
  expect(await page.evaluate(() => getComputedStyle(document.body).transform)).not.toBe('none');
  await page.screenshot({ path: test.info().outputPath('turned.png') });
  await page.getByRole('button', { name: 'Scherm draaien' }).click();
  await page.getByRole('button', { name: 'Grote letters' }).click();
  await expect(html).not.toHaveClass(/is-turned|table-view/);
});

test('on a portrait tablet the steps open from the bar, and the agenda is editable', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Agenda' });
  const rail = page.getByRole('navigation', { name: 'Stappen van de workshop' });
  await expect(rail).toBeHidden();
  await page.getByRole('button', { name: 'Alle stappen' }).click();
  await expect(rail).toBeVisible();
  await rail.getByRole('link', { name: /Overzicht/ }).click();
  await expect(rail).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Overzicht' })).toBeVisible();
  const goal = page.getByLabel('Project en doel', { exact: true });
  const total = page.locator('.agenda tfoot strong');
  const before = await total.textContent();
  await goal.fill('45');
  await goal.blur();
  // The total is computed from the stored agenda: once it changes, the write has committed.
  await expect(total).not.toHaveText(before ?? '');
  await page.reload();
  await expect(page.getByLabel('Project en doel', { exact: true })).toHaveValue('45');
});
