// Journey: a facilitator who works with the keyboard alone (or a screen reader) runs the
// ordinary actions of a session: values added, moved and removed; notes added, edited,
// cancelled, moved and deleted; action points added, edited, cancelled and deleted; the
// decision recorded; the report made; a workshop deleted; a step chosen from the step list.
// After every one of them focus must be somewhere meaningful (WCAG 2.4.3): not on <body>,
// and in view, not under the sticky header or a notice. A step change puts focus on the new
// step's heading, so a second Enter does not skip a step. Escape closes the note's "more"
// menu, the move panel and the step list, back on what opened them.
import type { Locator, Page } from '@playwright/test';
import { createWorkshop, expect, step, test } from './support/fixtures';

/** Focus is on an element (not <body>), that element is on screen, and nothing covers its middle. */
async function expectFocusUseful(page: Page, after: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body || el === document.documentElement) return 'on body';
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) return `invisible ${el.tagName}`;
          if (r.bottom <= 0 || r.top >= innerHeight) return `out of view ${el.tagName} (top ${Math.round(r.top)})`;
          const y = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 0), innerHeight - 1);
          const x = Math.min(Math.max(r.left + Math.min(r.width, 40) / 2, 0), innerWidth - 1);
          const hit = document.elementFromPoint(x, y);
          if (hit && !el.contains(hit) && !hit.contains(el)) return `covered by ${hit.tagName}.${hit.className}`;
          return 'ok';
        }),
      { message: `focus after: ${after}` },
    )
    .toBe('ok');
}

/** Puts the keyboard on a control and presses a key there, as Tab then Enter would. */
async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

const liveText = (page: Page) => page.locator('[data-announcer]');

test('values: adding, making core, moving and removing keep the focus in place', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Waarden met het toetsenbord' });
  await page.goto(step(page, 'values'));
  const org = page.locator('.panel').filter({ has: page.getByRole('heading', { name: 'Waarden van de organisatie' }) });
  const field = org.getByLabel('Waarde', { exact: true });
  for (const v of ['Privacy', 'Transparantie', 'Gelijkheid']) {
    await field.fill(v);
    await field.press('Enter');
    await expect(org.locator('.value__label', { hasText: v })).toBeVisible();
    await expectFocusUseful(page, `adding value ${v}`);
  }
  for (const v of ['Privacy', 'Transparantie']) {
    await press(org.getByRole('button', { name: new RegExp(`^Kernwaarde maken\\W+${v}$`) }));
    await expect(page.locator('.ranking__label', { hasText: v })).toBeVisible();
    await expectFocusUseful(page, `making ${v} core`);
  }
  // Moved down to the last place: its "down" arrow is disabled, focus stays on the item.
  await press(page.getByRole('button', { name: 'Privacy lager zetten' }));
  await expect(page.locator('.ranking__label')).toHaveText(['Transparantie', 'Privacy']);
  await expectFocusUseful(page, 'moving a core value down');
  await expect(page.locator('.ranking__item', { hasText: 'Privacy' })).toContainText('Privacy');
  expect(await page.evaluate(() => document.activeElement?.closest('.ranking__item')?.textContent ?? '')).toContain('Privacy');

  await press(org.getByRole('button', { name: 'Transparantie verwijderen' }));
  await expect(org.locator('.value__label', { hasText: 'Transparantie' })).toHaveCount(0);
  await expectFocusUseful(page, 'removing a value');
  // The next value, not its remove button: a second Enter deletes nothing.
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Gelijkheid');
});

test('values: a tension without two values says so on the lists it concerns, with focus on the first to change', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Spanningen met het toetsenbord' });
  await page.goto(step(page, 'values'));
  const org = page.locator('.panel').filter({ has: page.getByRole('heading', { name: 'Waarden van de organisatie' }) });
  const field = org.getByLabel('Waarde', { exact: true });
  for (const v of ['Privacy', 'Veiligheid']) {
    await field.fill(v);
    await field.press('Enter');
    await expect(org.locator('.value__label', { hasText: v })).toBeVisible();
  }
  const tensions = page.locator('form').filter({ has: page.getByRole('button', { name: 'Spanning vastleggen' }) });
  const [first, second] = [tensions.locator('select').nth(0), tensions.locator('select').nth(1)];
  await press(tensions.getByRole('button', { name: 'Spanning vastleggen' }));
  const error = tensions.getByRole('alert');
  await expect(error).toHaveText('Kies twee verschillende waarden.');
  const errorId = await error.getAttribute('id');
  for (const select of [first, second]) {
    await expect(select).toHaveAttribute('aria-invalid', 'true');
    expect((await select.getAttribute('aria-describedby'))?.split(' ')).toContain(errorId);
  }
  await expect(first).toBeFocused();
  // One chosen: focus goes to the other list; the error is tied to both until it is fixed.
  await first.selectOption({ label: 'Privacy' });
  await press(tensions.getByRole('button', { name: 'Spanning vastleggen' }));
  await expect(second).toBeFocused();
  await second.selectOption({ label: 'Veiligheid' });
  await expect(error).toHaveCount(0);
  await expect(first).not.toHaveAttribute('aria-invalid', 'true');
});

test('notes: add, edit, save, cancel, Escape, move and delete, focus never on <body>', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Notities met het toetsenbord' });
  await page.goto(step(page, 'topic:source'));
  const q = page.locator('.question').first();
  await press(q.getByRole('button', { name: /^Notitie bij:/ }));
  const field = q.getByLabel('Notitie', { exact: true });
  await expect(field).toBeFocused();
  const before = await liveText(page).textContent();
  for (const text of ['Eerste notitie over de bron', 'Tweede notitie over de bron', 'Derde notitie over de bron']) {
    await field.fill(text);
    await field.press('Enter');
    await expect(q.locator('.note[data-state="stored"]', { hasText: text })).toBeVisible();
    await expectFocusUseful(page, `adding note ${text}`);
  }
  // The added note is announced in a live region.
  await expect(q.getByRole('status')).toHaveText(/Deze vraag heeft nu 3 notities/);
  await page.keyboard.press('Escape');
  await expect(q.locator('.composer')).toHaveCount(0);
  await expectFocusUseful(page, 'closing the composer');
  expect(before).not.toBeNull();

  const note = (text: string) => q.locator('.note', { hasText: text });
  const more = (text: string) => note(text).getByRole('button', { name: `Meer acties voor notitie: ${text}` });

  // Escape closes "more", back on "more".
  await press(more('Eerste notitie'));
  await expect(note('Eerste notitie').getByRole('button', { name: /^Notitie bewerken/ })).toBeVisible();
  await note('Eerste notitie').getByRole('button', { name: /^Notitie bewerken/ }).focus();
  await page.keyboard.press('Escape');
  await expect(note('Eerste notitie').getByRole('button', { name: /^Notitie bewerken/ })).toHaveCount(0);
  await expect(more('Eerste notitie')).toBeFocused();

  // Edit: focus in the text; save: back on "more".
  await press(more('Eerste notitie'));
  await press(note('Eerste notitie').getByRole('button', { name: /^Notitie bewerken/ }));
  const edit = q.locator('.note--editing').getByLabel('Notitie', { exact: true });
  await expect(edit).toBeFocused();
  await edit.fill('Eerste notitie, herschreven');
  await press(q.locator('.note--editing').getByRole('button', { name: 'Opslaan' }));
  await expect(q.locator('.note--editing')).toHaveCount(0);
  await expect(more('Eerste notitie, herschreven')).toBeFocused();
  await expectFocusUseful(page, 'saving an edited note');

  // Edit and cancel (with the button, then with Escape): back on "more".
  await press(more('Eerste notitie, herschreven'));
  await press(note('Eerste notitie, herschreven').getByRole('button', { name: /^Notitie bewerken/ }));
  await press(q.locator('.note--editing').getByRole('button', { name: 'Annuleren' }));
  await expect(more('Eerste notitie, herschreven')).toBeFocused();
  await press(more('Eerste notitie, herschreven'));
  await press(note('Eerste notitie, herschreven').getByRole('button', { name: /^Notitie bewerken/ }));
  await expect(q.locator('.note--editing textarea')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(q.locator('.note--editing')).toHaveCount(0);
  await expect(more('Eerste notitie, herschreven')).toBeFocused();

  // The move panel: Escape closes it, back on "more".
  await press(more('Tweede notitie'));
  await press(note('Tweede notitie').getByRole('button', { name: /^Notitie verplaatsen/ }));
  const target = note('Tweede notitie').getByLabel('Naar welke vraag?');
  await expect(target).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(target).toHaveCount(0);
  await expect(more('Tweede notitie')).toBeFocused();

  // Moved to another question: focus goes to a neighbour here, in view.
  await press(more('Tweede notitie'));
  await press(note('Tweede notitie').getByRole('button', { name: /^Notitie verplaatsen/ }));
  const options = await target.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  await target.selectOption(options[0]!);
  await press(note('Tweede notitie').getByRole('button', { name: 'Verplaatsen', exact: true }));
  await expect(q.locator('.note', { hasText: 'Tweede notitie' })).toHaveCount(0);
  await expectFocusUseful(page, 'moving a note');

  // Deleted: focus on the next note (or the question), not <body>.
  await press(more('Eerste notitie, herschreven'));
  await press(note('Eerste notitie, herschreven').getByRole('button', { name: /^Notitie verwijderen/ }));
  await expect(q.locator('.note', { hasText: 'Eerste notitie' })).toHaveCount(0);
  await expectFocusUseful(page, 'deleting a note');
  expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Derde notitie');

  // Undo from the notice: the notice goes, focus goes back to where it was on the page.
  await press(page.getByRole('status').filter({ hasText: 'Notitie verwijderd' }).getByRole('button', { name: 'Ongedaan maken' }));
  await expect(q.locator('.note', { hasText: 'Eerste notitie, herschreven' })).toHaveCount(1);
  await expectFocusUseful(page, 'undoing a deletion from the notice');
  expect(await page.evaluate(() => document.activeElement?.closest('.notices') !== null)).toBe(false);
});

test('action points, the decision and the report: focus after each action, additions announced', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Afspraken met het toetsenbord' });
  await page.goto(step(page, 'actions'));
  const add = page.getByRole('button', { name: 'Nieuw actiepunt' });
  for (const title of ['Verwerkersovereenkomst nalezen', 'Bewoners informeren']) {
    await press(add);
    const field = page.locator('.ap-add').getByLabel(/^Wat moet er gebeuren/);
    await expect(field).toBeFocused();
    await field.fill(title);
    await press(page.locator('.ap-add').getByRole('button', { name: 'Actiepunt toevoegen' }));
    await expect(page.locator('.ap__title', { hasText: title })).toBeVisible();
    await expect(add).toBeFocused();
    await expectFocusUseful(page, `adding action point ${title}`);
    await expect(liveText(page)).toHaveText(`Actiepunt toegevoegd: ${title}`);
  }
  // Cancelling a new one: back on the button that opened it.
  await press(add);
  await press(page.locator('.ap-add').getByRole('button', { name: 'Annuleren' }));
  await expect(add).toBeFocused();

  const card = (title: string) => page.locator('.ap', { hasText: title });
  const editOf = (title: string) => page.getByRole('button', { name: `Actiepunt bewerken: ${title}` });
  await press(editOf('Bewoners informeren'));
  const title = page.locator('.ap--editing').getByLabel(/^Wat moet er gebeuren/);
  await expect(title).toBeFocused();
  await press(page.locator('.ap--editing').getByRole('button', { name: 'Annuleren' }));
  await expect(editOf('Bewoners informeren')).toBeFocused();

  await press(editOf('Bewoners informeren'));
  await title.fill('Bewoners per brief informeren');
  await press(page.locator('.ap--editing').getByRole('button', { name: 'Opslaan' }));
  await expect(editOf('Bewoners per brief informeren')).toBeFocused();
  await expectFocusUseful(page, 'saving an edited action point');
  await expect(liveText(page)).toHaveText('Actiepunt gewijzigd: Bewoners per brief informeren');

  await press(page.getByRole('button', { name: 'Actiepunt verwijderen: Verwerkersovereenkomst nalezen' }));
  await expect(card('Verwerkersovereenkomst nalezen')).toHaveCount(0);
  await expectFocusUseful(page, 'deleting an action point');

  // The decision: once recorded the form makes way for the record; focus goes there.
  await page.goto(step(page, 'decision'));
  await press(page.getByRole('radio', { name: 'Pauzeren' }), 'Space');
  await page.getByLabel('Onderbouwing').fill('Eerst de bewoners horen.');
  await press(page.getByRole('button', { name: 'Besluit vastleggen' }));
  await expect(page.locator('.recorded')).toBeVisible();
  await expectFocusUseful(page, 'recording the decision');

  // The report: the button keeps the focus while the PDF is made and after.
  await page.goto(step(page, 'report'));
  const make = page.getByRole('button', { name: 'Verslag (pdf)' });
  const download = page.waitForEvent('download');
  await press(make);
  await expectFocusUseful(page, 'making the PDF (busy)');
  await download;
  await expect(page.getByText(/Het verslag is gemaakt/)).toBeVisible();
  await expectFocusUseful(page, 'making the PDF (done)');
});

test('step changes focus the new heading; the step list opens, closes with Escape and jumps', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Stappen met het toetsenbord' });
  await page.goto(step(page, 'goal'));
  await expect(page.locator('#step-title')).toHaveText('Project en doel');

  // "Volgende": focus on the new step's heading, so a second Enter does not skip a step.
  await press(page.getByRole('link', { name: /^Volgende/ }));
  await expect(page.locator('#step-title')).toHaveText('Aan tafel');
  await expect(page.locator('#step-title')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/participants$/);
  await expectFocusUseful(page, 'Volgende');
  await press(page.getByRole('link', { name: /^Vorige/ }));
  await expect(page.locator('#step-title')).toHaveText('Project en doel');
  await expect(page.locator('#step-title')).toBeFocused();

  // The portrait step list: Escape closes it, back on its button.
  const toggle = page.getByRole('button', { name: 'Alle stappen' });
  await press(toggle);
  const rail = page.getByRole('navigation', { name: 'Stappen van de workshop' });
  await expect(rail).toBeVisible();
  await rail.getByRole('link', { name: /Waarden/ }).focus();
  await page.keyboard.press('Escape');
  await expect(rail).toBeHidden();
  await expect(toggle).toBeFocused();

  // Choosing a step there: the list closes, focus on the chosen step's heading.
  await press(toggle);
  await press(rail.getByRole('link', { name: /Waarden/ }));
  await expect(rail).toBeHidden();
  await expect(page.locator('#step-title')).toHaveText('Waarden');
  await expect(page.locator('#step-title')).toBeFocused();
  await expectFocusUseful(page, 'choosing a step in the step list');
});

test('confirming a workshop’s deletion leaves focus on the list, not <body>', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Eerste workshop' });
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  await createWorkshop(page, { title: 'Tweede workshop' });
  await page.getByRole('link', { name: 'DEDA Tafel' }).click();
  await expect(page.locator('.card')).toHaveCount(2);
  await press(page.getByRole('button', { name: 'Tweede workshop verwijderen' }));
  const confirm = page.getByRole('alertdialog');
  await press(confirm.getByRole('button', { name: 'Verwijderen', exact: true }));
  await expect(page.locator('.card')).toHaveCount(1);
  await expectFocusUseful(page, 'confirming a deletion');
});
