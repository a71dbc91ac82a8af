// Journey: the facilitator's tools during a session: a photo of the poster (downscaled before
// it is stored), the countdown per step (start, pause, extend, survives a reload), the table
// view (larger type, screen turned for the other side), the editable agenda, and the list of
// steps on a portrait tablet.
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
