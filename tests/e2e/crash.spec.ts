// Journey: the browser dies (killed, not closed) a second after the last keystroke, and what was
// typed is there when it is started again on the same profile. A reload is not enough to show
// this: localStorage reaches the disk lazily, so only what reached IndexedDB survives a kill.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserType, LaunchOptions } from '@playwright/test';
import { createWorkshop, expect, step, test } from './support/fixtures';

/** The same browser and screen as the other journeys, on a profile kept on disk. */
function launch(browserType: BrowserType, dir: string, launchOptions: LaunchOptions | undefined, baseURL: string): Promise<BrowserContext> {
  return browserType.launchPersistentContext(dir, { ...launchOptions, baseURL, viewport: { width: 820, height: 1180 }, hasTouch: true, locale: 'nl-NL' });
}

/** Kills every process of that profile at once, as a crash or a flat battery would. */
function kill(dir: string): void {
  try {
    execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${dir}`]);
  } catch {
    // pkill exits 1 when nothing matched: the browser is gone already
  }
}

test('text typed a second before the browser is killed is there after a restart', async ({ playwright, app }, testInfo) => {
  const browserType = playwright.chromium;
  const dir = mkdtempSync(join(tmpdir(), 'deda-crash-'));
  const options = testInfo.project.use.launchOptions;
  try {
    const first = await launch(browserType, dir, options, app.origin);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/');
    await createWorkshop(page, { title: 'Stroomstoring' });
    const url = page.url();
    await page.getByLabel('Het doel in één of twee zinnen').pressSequentially('Minder uitval van straatverlichting', { delay: 20 });
    // The scenario itself: one second after the last key, the browser is gone.
    await page.waitForTimeout(1000);
    kill(dir);
    await first.close().catch(() => undefined);

    const second = await launch(browserType, dir, options, app.origin);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(url);
    await expect(again.getByLabel('Het doel in één of twee zinnen')).toHaveValue('Minder uitval van straatverlichting');
    await second.close();
  } finally {
    kill(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a note typed but not yet added a second before the browser is killed is back in its composer', async ({ playwright, app }, testInfo) => {
  const dir = mkdtempSync(join(tmpdir(), 'deda-crash-'));
  const options = testInfo.project.use.launchOptions;
  try {
    const first = await launch(playwright.chromium, dir, options, app.origin);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto('/');
    await createWorkshop(page, { title: 'Stroomstoring' });
    const board = step(page, 'topic:bias');
    await page.goto(board);
    const q = page.locator('.question').first();
    await q.getByRole('button', { name: /^Notitie bij:/ }).click();
    await q.getByLabel('Notitie', { exact: true }).pressSequentially('Nog niet toegevoegd', { delay: 20 });
    // Only the draft holds this text (it was never added), and the tab that typed it is killed.
    await page.waitForTimeout(1000);
    kill(dir);
    await first.close().catch(() => undefined);

    const second = await launch(playwright.chromium, dir, options, app.origin);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(board);
    await expect(again.locator('.question').first().getByLabel('Notitie', { exact: true })).toHaveValue('Nog niet toegevoegd');
    await second.close();
  } finally {
    kill(dir);
    rmSync(dir, { recursive: true, force: true });
  }
});
