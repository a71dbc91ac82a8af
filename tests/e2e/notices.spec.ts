// Journey: notices at the table. They come one at a time (the others wait, and say so), they
// sit in a band the page makes room for, so no control someone moves to is ever under one, on
// a topic board or on the decision step; a notice about the screen that was left does not
// follow to the next step, while an undo that is the only way back does. The advice that the
// browser may erase the workshops is given on the home and device pages, never inside a session.
import type { Page } from '@playwright/test';
import { createWorkshop, expect, test, step } from './support/fixtures';

// This journey needs the service worker (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });


/**
 * Moves the focus to every control on the page in turn, as Tab would, and lists each one the
 * shown notice overlaps once it has the focus (the browser has scrolled it into view by then),
 * and again once it is scrolled as low as "in view" allows (its end at the end of the view,
 * less the room the page keeps for notices): the worst place a control can be and still count
 * as visible.
 */
async function coveredWhenFocused(page: Page): Promise<{ checked: number; covered: string[]; noticeStayed: boolean }> {
  return page.evaluate(() => {
    const notice = document.querySelector('.notice');
    if (!notice) throw new Error('no notice shown');
    const controls = document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main select, main textarea, main [tabindex="0"]');
    const covered: string[] = [];
    let checked = 0;
    for (const el of controls) {
      if ((el as HTMLButtonElement).disabled || el.getClientRects().length === 0) continue;
      el.focus();
      if (document.activeElement !== el) continue;
      checked += 1;
      const name = `${el.tagName} ${el.textContent?.trim().slice(0, 30) || el.getAttribute('aria-label') || ''}`;
      const overlaps = () => {
        const a = el.getBoundingClientRect();
        const n = notice.getBoundingClientRect();
        return a.left < n.right && a.right > n.left && a.top < n.bottom && a.bottom > n.top;
      };
      if (overlaps()) covered.push(`${name} (focused)`);
      el.scrollIntoView({ block: 'end' });
      if (overlaps()) covered.push(`${name} (scrolled low)`);
    }
    return { checked, covered, noticeStayed: document.body.contains(notice) };
  });
}

for (const [width, height] of [[820, 1180], [1180, 820]] as const) {
  test.describe(`${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test('on a topic board: one notice at a time, never over the focused control, an undo follows to the next step', async ({ page }) => {
      await page.goto('/');
      await createWorkshop(page, { title: 'Meldingen' });
      await page.goto(step(page, 'topic:source'));
      const q = page.locator('.question').first();
      await q.getByRole('button', { name: /^Notitie bij:/ }).click();
      for (const text of ['Eerste notitie', 'Tweede notitie', 'Derde notitie']) {
        await page.keyboard.type(text);
        await page.keyboard.press('Enter');
        await expect(q.locator('.note[data-state="stored"]', { hasText: text })).toBeVisible();
      }
      await q.getByRole('button', { name: 'Klaar', exact: true }).click();

      // Two deletions: two undo notices, of which one shows and says one more waits.
      for (const text of ['Eerste notitie', 'Tweede notitie']) {
        await q.getByRole('button', { name: `Meer acties voor notitie: ${text}` }).click();
        await q.getByRole('button', { name: `Notitie verwijderen: ${text}` }).click();
        await expect(q.locator('.note', { hasText: text })).toHaveCount(0);
      }
      const notices = page.locator('.notice');
      await expect(notices).toHaveCount(1);
      await expect(notices).toHaveText(/Notitie verwijderd\. \(nog 1 melding\)/);

      const result = await coveredWhenFocused(page);
      expect(result.checked).toBeGreaterThan(20);
      expect(result.covered).toEqual([]);
      expect(result.noticeStayed).toBe(true);

      // The deletion has no other way back, so its undo follows to the next step and still works.
      await page.getByRole('link', { name: /^Volgende/ }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Anonimisering' })).toBeVisible();
      await page.locator('.notice').getByRole('button', { name: 'Ongedaan maken' }).click();
      // Then the one that waited shows.
      await expect(page.locator('.notice')).toHaveText(/^Notitie verwijderd\.Ongedaan maken/);
      await page.locator('.notice').getByRole('button', { name: 'Ongedaan maken' }).click();
      await expect(page.locator('.notice')).toHaveCount(0);
      await page.getByRole('link', { name: /^Vorige/ }).click();
      await expect(page.locator('.question').first().locator('.note__text')).toHaveText(['Eerste notitie', 'Tweede notitie', 'Derde notitie']);
    });

    test('on the decision step: the notice hides no control, and it stays behind when the step changes', async ({ page }) => {
      await page.goto('/');
      await createWorkshop(page, { title: 'Besluit en melding' });
      await page.goto(step(page, 'decision'));
      await expect(page.getByRole('heading', { level: 2, name: 'Besluit' })).toBeVisible();
      // Pausing asks no reason to go ahead while things are open (going ahead would).
      await page.getByText('Pauzeren', { exact: true }).click();
      await page.getByLabel('Onderbouwing').fill('Eerst de DPIA, dan verder.');
      await page.getByLabel('Besloten door').fill('Projectgroep');
      await page.locator('.decision-form__submit').click();
      await expect(page.locator('.recorded__outcome')).toHaveText('Pauzeren');
      const notice = page.locator('.notice');
      await expect(notice).toHaveCount(1);

      const result = await coveredWhenFocused(page);
      expect(result.checked).toBeGreaterThan(5);
      expect(result.covered).toEqual([]);
      expect(result.noticeStayed).toBe(true);

      // "Besluit vastgelegd" is about this step: it does not come along to the next.
      await page.getByRole('link', { name: /^Volgende/ }).click();
      await expect(page).not.toHaveURL(/\/decision$/);
      await expect(notice).toHaveCount(0);
    });
  });
}

test('the storage advice is given on the home and device pages, not inside a workshop', async ({ page }) => {
  // This browser, like Safari on an iPad, will not promise to keep the data.
  await page.addInitScript(() => {
    Object.defineProperty(StorageManager.prototype, 'persisted', { value: () => Promise.resolve(false) });
    Object.defineProperty(StorageManager.prototype, 'persist', { value: () => Promise.resolve(false) });
  });
  await page.goto('/');
  await createWorkshop(page, { title: 'Eerste workshop' });
  // The app has asked (and heard "no") while the goal step is open; the room sees nothing of it.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('deda-tafel:seen:persist-asked'))).toBe('1');
  await expect(page.getByLabel('Het doel in één of twee zinnen')).toBeVisible();
  await expect(page.getByText(/kan de workshops wissen/)).toHaveCount(0);
  await page.getByRole('link', { name: /^Volgende/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Aan tafel' })).toBeVisible();
  await expect(page.getByText(/kan de workshops wissen/)).toHaveCount(0);

  // On the home screen it is said, with the way to the device page.
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  const advice = page.locator('[data-advice="persist"]');
  await expect(advice).toContainText('Deze browser kan de workshops wissen als er ruimte nodig is.');
  await advice.getByRole('link', { name: 'Meer weten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dit apparaat' })).toBeVisible();
  await expect(page.getByText(/De opslag is niet blijvend/)).toBeVisible();

  // Once read, the home screen stops saying it; the device page does not.
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  await advice.getByRole('button', { name: 'Begrepen' }).click();
  await expect(advice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await expect(page.getByText(/kan de workshops wissen/)).toHaveCount(0);
});
