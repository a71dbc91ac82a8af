// Journey: a facilitator writes down a quick exchange at the table. One tap opens the
// composer with the field focused; Enter adds each note and leaves the field ready for the
// next; kind and speaker go back to "Antwoord" and "De groep" after each note, so nobody is
// credited with the next remark by accident, unless the facilitator holds them on purpose.
// A note being typed survives a reload in the middle of the run, and each note is announced.
import type { Page } from '@playwright/test';
import { createWorkshop, expect, test, step } from './support/fixtures';

const PEOPLE = ['Łukasz Wróbel', 'Fatima el Amrani'];


async function workshopWithPeople(page: Page, title: string) {
  await page.goto('/');
  await createWorkshop(page, { title });
  await page.goto(step(page, 'participants'));
  const add = page.locator('.add-person');
  for (const [i, name] of PEOPLE.entries()) {
    await add.getByLabel('Naam of initialen', { exact: true }).fill(name);
    await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.locator('.person')).toHaveCount(i + 1);
  }
  await page.goto(step(page, 'topic:source'));
  return page.locator('.question').first();
}

test('three notes by three speakers, Enter between them: each credited right, the kind back to answer', async ({ page }) => {
  const q = await workshopWithPeople(page, 'Snel noteren');
  const field = q.getByLabel('Notitie', { exact: true });
  const composer = q.locator('.composer');
  const speaker = composer.getByLabel('Wie zei het?');
  const answer = composer.getByRole('radio', { name: 'Antwoord' });

  // One tap: the field is there and has the focus (the keyboard comes up with it).
  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  await expect(field).toBeFocused();

  // 1: a concern by Łukasz.
  await speaker.selectOption({ label: PEOPLE[0]! });
  await composer.getByText('Zorg', { exact: true }).click();
  await field.click();
  await page.keyboard.type('Wie is eigenaar van de sensordata?');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(1);
  await expect(q.getByRole('status')).toHaveText(`Notitie toegevoegd: Zorg, ${PEOPLE[0]}. Deze vraag heeft nu 1 notitie.`);
  // The field is empty and still focused; kind and speaker are back to their defaults.
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await expect(answer).toBeChecked();
  await expect(speaker).toHaveValue('group');

  // 2: an answer by Fatima.
  await speaker.selectOption({ label: PEOPLE[1]! });
  await field.click();
  await page.keyboard.type('De leverancier, volgens het contract.');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(2);
  await expect(q.getByRole('status')).toHaveText(`Notitie toegevoegd: Antwoord, ${PEOPLE[1]}. Deze vraag heeft nu 2 notities.`);
  await expect(speaker).toHaveValue('group');

  // 3: the group, straight on, with Shift+Enter for a second line.
  await expect(field).toBeFocused();
  await page.keyboard.type('Dat moet in de verwerkersovereenkomst.');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('Navragen bij inkoop.');
  await expect(field).toHaveValue('Dat moet in de verwerkersovereenkomst.\nNavragen bij inkoop.');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(3);

  await expect(q.locator('.note__speaker')).toHaveText([`— ${PEOPLE[0]}`, `— ${PEOPLE[1]}`, '— De groep']);
  await expect(q.locator('.note')).toHaveClass([/note--concern/, /note--answer/, /note--answer/]);
  await expect(q.locator('.note__text').last()).toHaveText('Dat moet in de verwerkersovereenkomst.\nNavragen bij inkoop.', { useInnerText: true });
  // The composer stays open for the next one; "Klaar" with an empty field closes it.
  await expect(field).toBeFocused();
  await q.getByRole('button', { name: 'Klaar', exact: true }).click();
  await expect(q.locator('.composer')).toHaveCount(0);

  // All three are stored, with their speakers, after a reload.
  await page.reload();
  await expect(page.locator('.question').first().locator('.note__speaker')).toHaveText([`— ${PEOPLE[0]}`, `— ${PEOPLE[1]}`, '— De groep']);
});

test('with the speaker held, two notes in a row keep it; let go, the one after is the group again', async ({ page }) => {
  const q = await workshopWithPeople(page, 'Vasthouden');
  const field = q.getByLabel('Notitie', { exact: true });
  const composer = q.locator('.composer');
  const speaker = composer.getByLabel('Wie zei het?');
  const hold = composer.getByRole('button', { name: 'Spreker vasthouden voor de volgende notities' });

  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  await expect(hold).toHaveAttribute('aria-pressed', 'false');
  await expect(hold).toHaveText('Vasthouden');
  const box = await hold.boundingBox();
  expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);

  await speaker.selectOption({ label: PEOPLE[1]! });
  await hold.click();
  await expect(hold).toHaveAttribute('aria-pressed', 'true');
  await composer.getByText('Idee', { exact: true }).click();
  await field.click();
  await page.keyboard.type('Eerst een proef in één wijk.');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(1);
  // The speaker is held, the kind was not.
  await expect(speaker).toHaveValue(/^p:/);
  await expect(composer.getByRole('radio', { name: 'Antwoord' })).toBeChecked();
  await page.keyboard.type('En de bewoners vooraf informeren.');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(2);
  await expect(q.locator('.note__speaker')).toHaveText([`— ${PEOPLE[1]}`, `— ${PEOPLE[1]}`]);
  await expect(q.locator('.note')).toHaveClass([/note--idea/, /note--answer/]);

  // Letting go changes nothing on screen: the note being typed is still Fatima's; the one
  // after it starts from the group again.
  await hold.click();
  await expect(hold).toHaveAttribute('aria-pressed', 'false');
  await expect(speaker).toHaveValue(/^p:/);
  await field.click();
  await page.keyboard.type('Wie betaalt de sensoren?');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(3);
  await expect(speaker).toHaveValue('group');
  await page.keyboard.type('Dat is nog niet besloten.');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(4);
  await expect(q.locator('.note__speaker')).toHaveText([`— ${PEOPLE[1]}`, `— ${PEOPLE[1]}`, `— ${PEOPLE[1]}`, '— De groep']);
});

test('nothing typed is lost: mid-run reload, Escape, and the next note typed while one is stored', async ({ page }) => {
  const q = await workshopWithPeople(page, 'Niets kwijt');
  const field = q.getByLabel('Notitie', { exact: true });
  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  await page.keyboard.type('Eerste, toegevoegd');
  await page.keyboard.press('Enter');
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(1);
  await page.keyboard.type('Tweede, half');
  await page.reload();
  const again = page.locator('.question').first();
  await expect(again.getByLabel('Notitie', { exact: true })).toHaveValue('Tweede, half');
  await expect(again.locator('.note')).toHaveCount(1);

  // Escape closes without adding; the text waits, and the button says there is one.
  await again.getByLabel('Notitie', { exact: true }).press('Escape');
  await expect(again.locator('.composer')).toHaveCount(0);
  await again.getByRole('button', { name: /^Verder met notitie bij:/ }).click();
  await expect(field).toHaveValue('Tweede, half');
  await expect(field).toBeFocused();
  await page.keyboard.type(' en af');
  await page.keyboard.press('Enter');
  await expect(again.locator('.note__text')).toHaveText(['Eerste, toegevoegd', 'Tweede, half en af']);
  // Reload once the header says it is stored, as a person would see.
  await expect(again.locator('.note[data-state="stored"]')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('.question').first().locator('.note')).toHaveCount(2);
  await expect(page.locator('.question').first().locator('.composer')).toHaveCount(0);
});
