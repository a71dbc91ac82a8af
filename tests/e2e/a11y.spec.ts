// Journey: the home and device screens as someone with a screen reader, a keyboard case or
// a finger from across the table meets them. axe finds no WCAG 2.1 A/AA violation in any
// state we show (in Dutch and English, portrait and landscape), every control is a target
// of at least 44 by 44 CSS pixels, and the keyboard alone can create a workshop and leave a
// dialog, with focus going back to the button that opened it.
import { expectNoAxeViolations } from './support/axe';
import type { Locator, Page } from '@playwright/test';
import { createWorkshop, expect, setDiskFull, simulateFullDisk, step, test } from './support/fixtures';
import { tapTopicTool } from './support/topic-menu';

const TEXT = {
  nl: {
    emptyTitle: 'Nog geen workshops op dit apparaat',
    newWorkshop: 'Nieuwe workshop',
    create: 'Workshop aanmaken',
    titleRequired: /Geef de workshop een titel/,
    cancel: 'Annuleren',
    deleteOf: (title: string) => `${title} verwijderen`,
    confirmDelete: 'Verwijderen',
    deletedLink: 'Recent verwijderd (1)',
    deviceTitle: 'Dit apparaat',
    deletedHeading: 'Recent verwijderd',
  },
  en: {
    emptyTitle: 'No workshops on this device yet',
    newWorkshop: 'New workshop',
    create: 'Create workshop',
    titleRequired: /Give the workshop a title/,
    cancel: 'Cancel',
    deleteOf: (title: string) => `Delete ${title}`,
    confirmDelete: 'Delete',
    deletedLink: 'Recently deleted (1)',
    deviceTitle: 'This device',
    deletedHeading: 'Recently deleted',
  },
} as const;

const VIEWS = [
  { name: 'portrait', viewport: { width: 820, height: 1180 } },
  { name: 'landscape', viewport: { width: 1180, height: 820 } },
] as const;

async function goHome(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  await expect(page.locator('#home-title')).toBeVisible();
}

for (const view of VIEWS) {
  test.describe(`${view.name} ${view.viewport.width}x${view.viewport.height}`, () => {
    test.use({ viewport: view.viewport });

    for (const lang of ['nl', 'en'] as const) {
      const x = TEXT[lang];
      test(`home and device pages have no WCAG 2.1 A/AA violations (${lang})`, async ({ page }) => {
        // Six full axe runs: on a busy two-core machine this takes longer than one journey.
        test.slow();
        await page.goto('/');
        if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('heading', { name: x.emptyTitle })).toBeVisible();
        await expectNoAxeViolations(page, `${lang} home empty`);

        await createWorkshop(page, { title: 'Verkeersdrukte meten', organisation: 'Gemeente Voorbeeld', dataProject: 'Tellussen', facilitator: 'Sam de Vries' });
        await goHome(page);
        await createWorkshop(page, { title: 'Bijstand en algoritmes', organisation: 'Gemeente Voorbeeld', place: 'Stadhuis' });
        await goHome(page);
        await expect(page.locator('.card')).toHaveCount(2);
        await expectNoAxeViolations(page, `${lang} home with two workshops`);

        await page.getByRole('button', { name: x.newWorkshop }).click();
        const dialog = page.getByRole('dialog');
        await expect(dialog).toBeVisible();
        await expectNoAxeViolations(page, `${lang} create dialog`);
        await dialog.getByRole('button', { name: x.create }).click();
        await expect(dialog.getByText(x.titleRequired)).toBeVisible();
        await expectNoAxeViolations(page, `${lang} create dialog with error`);
        await dialog.getByRole('button', { name: x.cancel }).click();
        await expect(dialog).toBeHidden();

        await page.getByRole('button', { name: x.deleteOf('Verkeersdrukte meten') }).click();
        const confirm = page.getByRole('alertdialog');
        await expect(confirm).toBeVisible();
        await expectNoAxeViolations(page, `${lang} delete dialog`);
        await confirm.getByRole('button', { name: x.confirmDelete, exact: true }).click();
        await expect(page.locator('.card')).toHaveCount(1);

        await page.getByRole('link', { name: x.deletedLink }).click();
        await expect(page.getByRole('heading', { level: 1, name: x.deviceTitle })).toBeVisible();
        await expect(page.getByRole('heading', { name: x.deletedHeading })).toBeVisible();
        await expect(page.locator('#deleted-section').getByText('Verkeersdrukte meten', { exact: true })).toBeVisible();
        await expectNoAxeViolations(page, `${lang} device page with one deleted workshop`);
      });
    }
  });
}

type SmallTarget = { what: string; width: number; height: number };

/**
 * Every visible button, link, input and select in the header, the page and the notices
 * that is smaller than 44 by 44 CSS pixels. A link inside a running paragraph (with other
 * text around it) is exempt, as WCAG 2.5.5 allows for inline links.
 */
function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const found: SmallTarget[] = [];
    const scope = document.querySelectorAll('header, main, .notices');
    for (const root of scope) {
      for (const el of root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')) {
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const para = el.closest('p');
        if (el.tagName === 'A' && para && (para.textContent ?? '').trim() !== (el.textContent ?? '').trim()) continue;
        if (r.width < 44 || r.height < 44) {
          const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.getAttribute('name') ?? '';
          found.push({ what: `${el.tagName.toLowerCase()} "${name}"`, width: Math.round(r.width), height: Math.round(r.height) });
        }
      }
    }
    return found;
  });
}

for (const view of VIEWS) {
  test(`every control is a target of at least 44x44 px (${view.name})`, async ({ page }) => {
    await page.setViewportSize(view.viewport);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: TEXT.nl.emptyTitle })).toBeVisible();
    expect(await smallTargets(page), 'home empty').toEqual([]);

    await createWorkshop(page, { title: 'Camera’s op het plein', organisation: 'Gemeente Voorbeeld', facilitator: 'Noor Bakker' });
    await goHome(page);
    await createWorkshop(page, { title: 'Wmo-aanvragen', dataProject: 'Voorspelmodel' });
    await goHome(page);
    expect(await smallTargets(page), 'home with two workshops').toEqual([]);

    await page.getByRole('button', { name: TEXT.nl.newWorkshop }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await smallTargets(page), 'create dialog').toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: TEXT.nl.cancel }).click();

    await page.getByRole('button', { name: TEXT.nl.deleteOf('Wmo-aanvragen') }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: TEXT.nl.confirmDelete, exact: true }).click();
    await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeVisible();
    expect(await smallTargets(page), 'home with the undo notice').toEqual([]);

    await page.getByRole('link', { name: TEXT.nl.deletedLink }).click();
    await expect(page.getByRole('heading', { level: 1, name: TEXT.nl.deviceTitle })).toBeVisible();
    await expect(page.locator('#deleted-section').getByText('Wmo-aanvragen', { exact: true })).toBeVisible();
    expect(await smallTargets(page), 'device page').toEqual([]);
  });
}

/** Presses Tab until the target has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test('the keyboard alone creates a workshop and leaves dialogs, with focus back on the opener', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: TEXT.nl.emptyTitle })).toBeVisible();

  // Create: Tab to the button, Enter, type the title, Enter submits.
  const create = page.getByRole('button', { name: TEXT.nl.newWorkshop });
  await tabTo(page, create);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/^Titel/)).toBeFocused();
  await page.keyboard.type('Toezicht met drones');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Toezicht met drones' })).toBeVisible();

  // Back home with the keyboard.
  const brand = page.getByRole('link', { name: 'DEDA Tafel' });
  await tabTo(page, brand);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('link', { name: 'Toezicht met drones' })).toBeVisible();

  // Cancel the create dialog with Escape: focus returns to "Nieuwe workshop", nothing is added.
  const again = page.getByRole('button', { name: TEXT.nl.newWorkshop });
  await tabTo(page, again);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.type('Wordt niet bewaard');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(again).toBeFocused();
  await expect(page.locator('.card')).toHaveCount(1);

  // Cancel the delete dialog with Escape and with Enter on "Annuleren": focus returns to "Verwijderen".
  const del = page.getByRole('button', { name: TEXT.nl.deleteOf('Toezicht met drones') });
  await tabTo(page, del);
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: TEXT.nl.cancel })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(del).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(del).toBeFocused();
  await expect(page.locator('.card')).toHaveCount(1);
});

/** The page scrolls sideways: wider than its window (1.4.10). Tables scroll inside their own region. */
function pageScrollsSideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => {
    const se = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: se.scrollWidth, clientWidth: se.clientWidth };
  });
}

for (const type of ['normal', 'large'] as const) {
  test(`at 320x640 with ${type} type no screen scrolls sideways (1.4.10)`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 320, height: 640 });
    // Large type: the workshop's own "Grote letters", remembered on the device; outside a
    // workshop the same 125% is put on the page, as a reader's larger browser text would.
    if (type === 'large') await page.addInitScript(() => localStorage.setItem('deda-tafel:table-view', JSON.stringify({ large: true, turned: false })));
    const enlarge = async () => {
      if (type === 'large') await page.evaluate(() => document.documentElement.classList.add('table-view'));
    };
    const check = async (what: string) => {
      await enlarge();
      const { scrollWidth, clientWidth } = await pageScrollsSideways(page);
      expect(scrollWidth, `${what}: page ${scrollWidth}px wide in a ${clientWidth}px window`).toBeLessThanOrEqual(clientWidth);
    };
    await page.goto('/');
    await expect(page.getByRole('heading', { name: TEXT.nl.emptyTitle })).toBeVisible();
    await check('home, empty');
    await createWorkshop(page, { title: 'Slimme lantaarnpalen in de binnenstad', organisation: 'Gemeente Voorbeeld' });
    const steps: [string, string][] = [
      ['goal', 'Project en doel'],
      ['participants', 'Aan tafel'],
      ['values', 'Waarden'],
      ['topic:source', 'Bron'],
      ['actions', 'Actiepunten'],
      ['preconditions', 'Randvoorwaarden'],
      ['decision', 'Besluit'],
      ['report', 'Verslag'],
      ['overview', 'Overzicht'],
    ];
    for (const [section, heading] of steps) {
      await page.goto(step(page, section));
      await expect(page.locator('#step-title')).toContainText(heading);
      if (type === 'large') await expect(page.locator('html')).toHaveClass(/table-view/);
      await check(section);
    }
    // The screens added since: many hands (join code, receiving, the phone), the screening
    // panel, the register form, the anonymised copy and its example screen, the encrypted
    // export, and the merge preview with its compare table.
    await page.goto(step(page, 'topic:source'));
    await tapTopicTool(page, 'Meeschrijven');
    await expect(page.locator('.join-qr')).toBeVisible();
    await check('many hands: join code');
    await page.getByRole('dialog').getByRole('button', { name: 'Ontvang notities' }).click();
    const receive = page.getByRole('dialog', { name: 'Notities ontvangen' });
    await expect(receive).toBeVisible();
    await check('many hands: receiving');
    await receive.getByRole('button', { name: 'Sluiten' }).click();
    await page.goto(step(page, 'preconditions'));
    await page.locator('#screening').getByRole('group', { name: /persoonsgegevens\?/ }).getByText('Ja', { exact: true }).click();
    await expect(page.locator('#screening')).toContainText('Nog niet te zeggen');
    await check('screening panel');
    await page.goto(step(page, 'report'));
    await page.locator('[data-choice="register"]').getByRole('button', { name: 'Registratie invullen' }).click();
    await expect(page.locator('[data-choice="register"]').getByRole('group', { name: 'Status' })).toBeVisible();
    await check('register form');
    await page.goto(step(page, 'report'));
    await page.locator('[data-choice="bundle"]').getByRole('button', { name: 'Versleuteld exporteren…' }).click();
    const encrypted = page.getByRole('dialog', { name: 'Bundel versleuteld exporteren' });
    await expect(encrypted).toBeVisible();
    await check('encrypted export dialog');
    await encrypted.getByRole('button', { name: 'Annuleren' }).click();
    const anon = page.locator('[data-choice="anonymised"]');
    await anon.getByRole('button', { name: 'Geanonimiseerde kopie' }).click();
    await expect(anon.locator('[data-anon-preview]')).toBeVisible();
    await check('anonymised copy');
    const [anonFile] = await Promise.all([page.waitForEvent('download'), anon.getByRole('button', { name: 'Kopie bewaren' }).click()]);
    const [bundleFile] = await Promise.all([page.waitForEvent('download'), page.locator('[data-choice="bundle"]').getByRole('button', { name: 'Bundel exporteren' }).click()]);
    const here = page.url();
    await page.goto('/importeren');
    await page.locator('input[type=file]').setInputFiles((await anonFile.path()) as string);
    await expect(page.locator('[data-example-badge]')).toBeVisible();
    await check('anonymised example');
    await page.goto('/importeren');
    await page.locator('input[type=file]').setInputFiles((await bundleFile.path()) as string);
    await page.getByLabel(/Samenvoegen/).check();
    await expect(page.locator('[data-merge-counts]')).toBeVisible();
    await check('merge preview');
    const compare = page.getByRole('region', { name: /^Wat er verschilt/ });
    await expect(compare).toHaveAttribute('tabindex', '0');
    await expect(compare.locator('table.compare')).toBeVisible();
    // The import's facts: the label above its value on a screen this narrow.
    const [label, value] = await page.locator('.facts').first().evaluate((dl) => [dl.querySelector('dt'), dl.querySelector('dd')].map((e) => e?.getBoundingClientRect().top ?? 0));
    expect(value).toBeGreaterThan(label ?? 0);
    await page.goto('/meeschrijven');
    await expect(page.getByRole('heading', { level: 1, name: 'Meeschrijven' })).toBeVisible();
    await check('phone: write along');
    await page.goto(here);

    // A wide table scrolls inside its own named region, not the page.
    await page.goto(step(page, 'overview'));
    const table = page.locator('.table-region').filter({ has: page.locator('.progress-table') });
    await expect(table).toHaveAttribute('role', 'region');
    await expect(table).toHaveAttribute('tabindex', '0');
    await expect(table).toHaveAccessibleName(/per onderwerp/);
    expect(await table.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.goto('/');
    await expect(page.locator('.card')).toHaveCount(1);
    await check('home with a workshop');
    await page.goto('/apparaat');
    await expect(page.getByRole('heading', { level: 1, name: TEXT.nl.deviceTitle })).toBeVisible();
    await check('device');
    await page.goto('/toegankelijkheid');
    await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeVisible();
    await check('accessibility statement');
    // The header does not stick on a screen this small: it would take a third of it.
    expect(await page.locator('.app-header').evaluate((h) => getComputedStyle(h).position)).toBe('static');
  });
}

test('a dialog taller than the screen scrolls its body and keeps its buttons in view', async ({ page }) => {
  test.slow();
  const inView = async (what: string) => {
    const dialog = page.getByRole('dialog');
    const m = await dialog.evaluate((d) => {
      const body = d.querySelector('.dialog__body');
      const last = [...d.querySelectorAll('.dialog__actions button')].map((b) => b.getBoundingClientRect());
      return { tall: body ? body.scrollHeight > body.clientHeight : false, bottom: Math.max(...last.map((r) => r.bottom)), top: Math.min(...last.map((r) => r.top)), height: innerHeight };
    });
    expect(m.tall, `${what}: the dialog is taller than the screen, so this checks something`).toBe(true);
    expect(m.top, `${what}: buttons start on screen`).toBeGreaterThanOrEqual(0);
    expect(m.bottom, `${what}: buttons end on screen (${m.bottom} of ${m.height})`).toBeLessThanOrEqual(m.height);
  };
  // The join code on a landscape tablet, and the new-workshop form on a phone in large type.
  await page.setViewportSize({ width: 1180, height: 820 });
  await page.goto('/');
  await createWorkshop(page, { title: 'Hoge dialogen' });
  await page.goto(step(page, 'topic:source'));
  await page.setViewportSize({ width: 1180, height: 560 });
  await tapTopicTool(page, 'Meeschrijven');
  await expect(page.locator('.join-qr')).toBeVisible();
  await inView('join code at 1180x560');
  await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/');
  await page.evaluate(() => document.documentElement.classList.add('table-view'));
  await page.getByRole('button', { name: TEXT.nl.newWorkshop }).first().click();
  await inView('new workshop at 320x640, large type');
  // A field low in the form is reached by scrolling the body, with the buttons still in view.
  await page.getByRole('dialog').getByLabel(/^Facilitator/).focus();
  await expect(page.getByRole('dialog').getByLabel(/^Facilitator/)).toBeInViewport();
  await inView('new workshop, last field focused');
});

test('on a tablet the header sticks, and a focused control is never under it', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto('/');
  await createWorkshop(page, { title: 'Kop boven de velden' });
  await page.goto(step(page, 'goal'));
  const header = page.locator('.app-header');
  expect(await header.evaluate((h) => getComputedStyle(h).position)).toBe('sticky');
  // Scroll down, then Shift+Tab back to a field near the top: it lands below the header.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const first = page.getByLabel('Het doel in één of twee zinnen');
  await first.focus();
  const [h, f] = await Promise.all([header.boundingBox(), first.boundingBox()]);
  expect(f!.y).toBeGreaterThanOrEqual(h!.y + h!.height - 1);
});

test('the save indicator is a polite live region that speaks of failure and recovery only', async ({ page }) => {
  await simulateFullDisk(page);
  await page.goto('/');
  await createWorkshop(page, { title: 'Melden wat misgaat' });
  const live = page.getByRole('banner').locator('[data-save-state] [role="status"]');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('banner').locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
  // Ordinary saves: silent.
  await expect(live).toHaveText('');
  await setDiskFull(page, true);
  const goal = page.getByLabel('Het doel in één of twee zinnen');
  await goal.fill('Minder zoekverkeer.');
  await goal.blur();
  await expect(live).toHaveText('Let op: wat je nu doet wordt niet opgeslagen.');
  // The error is tied to its field and announced.
  const describedBy = (await goal.getAttribute('aria-describedby')) ?? '';
  const errorId = describedBy.split(' ').find((id) => id.endsWith('-err'));
  expect(errorId).toBeTruthy();
  await expect(page.locator(`[id="${errorId}"]`)).toHaveAttribute('role', 'alert');
  await setDiskFull(page, false);
  await expect(live).toHaveText('Alles is weer opgeslagen.', { timeout: 15_000 });
});

test('with the interface in English a Dutch workshop’s own words are marked Dutch, and axe finds nothing', async ({ page }) => {
  test.slow();
  await page.goto('/');
  await createWorkshop(page, { title: 'Cameratoezicht op het plein' });
  await page.goto(step(page, 'topic:source'));
  const q = page.locator('.question').first();
  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  await q.getByLabel('Notitie', { exact: true }).fill('De beelden gaan naar de meldkamer.');
  await q.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(1);
  await q.getByRole('button', { name: 'Klaar', exact: true }).click();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: /^Note on:/ }).first()).toBeVisible();
  const note = page.locator('.note__text', { hasText: 'De beelden gaan naar de meldkamer.' });
  expect(await note.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
  expect(await page.locator('.wbar__name').evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('nl');
  // The interface around it stays English.
  expect(await page.locator('.note__more').first().evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
  await expectNoAxeViolations(page, 'en topic board with a Dutch note');

  await page.goto(step(page, 'goal'));
  const goal = page.getByLabel(/^The goal in one or two sentences/);
  await expect(goal).toHaveAttribute('lang', 'nl');
  await expectNoAxeViolations(page, 'en goal step of a Dutch workshop');

  // Outside the workshop too: its title on the home screen, an action point and the workshop
  // it comes from on the follow-up screen are Dutch inside an English interface.
  const langOf = (el: Element) => el.closest('[lang]')?.getAttribute('lang');
  await page.goto(step(page, 'actions'));
  await page.getByRole('button', { name: 'New action point' }).click();
  await page.getByLabel(/^What needs to happen\?/).fill('Grondslag laten toetsen');
  await page.getByRole('button', { name: 'Add action point' }).click();
  await expect(page.getByRole('heading', { name: 'Grondslag laten toetsen' })).toBeVisible();
  await page.goto('/');
  const card = page.locator('.card').filter({ hasText: 'Cameratoezicht op het plein' });
  expect(await card.getByRole('link', { name: 'Cameratoezicht op het plein' }).evaluate(langOf)).toBe('nl');
  expect(await card.locator('.card__changed').evaluate(langOf)).toBe('en');
  await page.goto('/opvolging');
  expect(await page.getByRole('heading', { name: 'Grondslag laten toetsen' }).evaluate(langOf)).toBe('nl');
  const from = page.getByRole('link', { name: /^Workshop: Cameratoezicht op het plein$/ });
  expect(await from.getByText('Cameratoezicht op het plein').evaluate(langOf)).toBe('nl');
  expect(await from.evaluate(langOf)).toBe('en');
  await expectNoAxeViolations(page, 'en follow-up of a Dutch workshop');
});

test('the accessibility statement is linked from the device page, in both languages, without axe violations', async ({ page }) => {
  await page.goto('/apparaat');
  await page.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
  await expect(page).toHaveURL(/\/toegankelijkheid$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeVisible();
  await expect(page.getByText('WCAG 2.1 op niveau AA', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wat nog ontbreekt' })).toBeVisible();
  await expectNoAxeViolations(page, 'nl statement');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What is still missing' })).toBeVisible();
  await expectNoAxeViolations(page, 'en statement');
});

/** The lowest contrast between a form field's border and what is behind it, with the field's label. */
async function weakestFieldBorder(page: Page): Promise<{ ratio: number; field: string } | null> {
  return page.evaluate(() => {
    const lum = (c: string) => {
      const [r, g, b] = (c.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const behind = (e: Element) => {
      for (let a = e.parentElement; a; a = a.parentElement) {
        const c = getComputedStyle(a).backgroundColor;
        if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
      }
      return 'rgb(255, 255, 255)';
    };
    let worst: { ratio: number; field: string } | null = null;
    for (const e of document.querySelectorAll<HTMLInputElement>('main input:not([type=checkbox]):not([type=radio]):not([type=hidden]), main textarea, main select')) {
      const [hi, lo] = [lum(getComputedStyle(e).borderTopColor), lum(behind(e))].sort((a, b) => b - a);
      const ratio = (hi! + 0.05) / (lo! + 0.05);
      if (!worst || ratio < worst.ratio) worst = { ratio, field: e.labels?.[0]?.textContent ?? e.name };
    }
    return worst;
  });
}

test('every form field’s border stands out from what is behind it by at least 3:1 (1.4.11)', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Randen van de velden' });
  for (const section of ['goal', 'participants', 'values', 'topic:source', 'decision', 'report']) {
    await page.goto(step(page, section));
    await expect(page.locator('#step-title')).toBeVisible();
    if (section === 'topic:source') {
      const q = page.locator('.question').first();
      await q.getByRole('button', { name: /^Notitie bij:/ }).click();
      await expect(q.getByLabel('Notitie', { exact: true })).toBeVisible();
    }
    // The report step's documentation panel loads after the step: wait for its signer field.
    if (section === 'report') await expect(page.getByLabel(/^Ondertekenen als/)).toBeVisible();
    await expect(page.locator('main :is(input:not([type=checkbox]):not([type=radio]), textarea, select)').first()).toBeVisible();
    const worst = await weakestFieldBorder(page);
    expect(worst, `${section} has form fields`).not.toBeNull();
    expect(worst!.ratio, `${section}: the border of “${worst!.field}”`).toBeGreaterThanOrEqual(3);
  }
});

test('every screen has a title that says where one is (2.4.2)', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/DEDA Tafel/);
  await createWorkshop(page, { title: 'Titels van de schermen' });
  for (const [section, name] of [['goal', 'Project en doel'], ['topic:source', 'Bron'], ['decision', 'Besluit']] as const) {
    await page.goto(step(page, section));
    await expect(page).toHaveTitle(`${name} · Titels van de schermen · DEDA Tafel`);
  }
  await page.goto('/apparaat');
  await expect(page).toHaveTitle(/^Dit apparaat · DEDA Tafel$/);
  await page.goto('/opvolging');
  await expect(page).toHaveTitle(/ · DEDA Tafel$/);
});
