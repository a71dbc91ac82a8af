// Journey: someone who never saw the app runs a session from goal to the last topic on a
// tablet, by touch: goal, five people, values, a note on each of the eleven topics, one
// question parked and one set aside; the overview adds up; a reload in the middle of typing
// keeps the text. Once in Dutch in portrait, once in English in landscape. axe checks every step.
import { expectNoAxeViolations } from './support/axe';
import type { Locator, Page } from '@playwright/test';
import { createWorkshop, expect, foreignRequests, setDiskFull, settled, simulateFullDisk, test } from './support/fixtures';

const TOPICS = {
  nl: ['Algoritmes', 'Bron', 'Anonimisering', 'Visualisatie', 'Toegang', 'Open data en hergebruik', 'Verantwoordelijkheid', 'Communicatie', 'Transparantie', 'Privacy', 'Bias / vooringenomenheid'],
  en: ['Algorithms', 'Source', 'Anonymisation', 'Visualisation', 'Access', 'Open access and re-use', 'Responsibility', 'Communication', 'Transparency', 'Privacy', 'Bias'],
};

const T = {
  nl: {
    newNote: /^Notitie bij:/,
    noteLabel: 'Notitie',
    add: 'Toevoegen',
    done: 'Klaar',
    editPerson: (n: string) => `${n} wijzigen`,
    nameTaken: /Er zit al iemand die ‘Łukasz Wróbel’ heet aan tafel/i,
    roleNote: 'Toelichting op de rol (bijvoorbeeld afdeling of portefeuille)',
    next: /^Volgende/,
    concern: 'Zorg',
    parked: 'Geparkeerd',
    na: 'Niet van toepassing',
    naReason: 'Waarom is deze vraag niet van toepassing?',
    goal: 'Het doel in één of twee zinnen',
    nonDeliverables: 'Wat levert het níet op?',
    name: 'Naam of initialen',
    addPerson: 'Toevoegen',
    overview: 'Overzicht',
    missing: 'Niet aan tafel:',
    addSuggestion: (v: string) => `${v} toevoegen`,
    makeCore: /Kernwaarde maken/,
    roles: ['Privacy officer / FG', 'Projectleider of eigenaar', 'Data-analist of statisticus', 'Kennis van de praktijk', 'Politiek (wethouder of raadslid)'],
    values: ['Privacy', 'Autonomie', 'Transparantie'],
    taken: '‘Privacy’ staat al in deze lijst.',
    inBoth: 'in beide lijsten',
    tension: { a: 'Waarde', b: 'staat op gespannen voet met', why: 'Waarom botsen ze hier?', add: 'Spanning vastleggen', required: /Schrijf in een zin waarom/ },
    parkedTitle: 'Parkeerplaats (2)',
    openQuestion: 'Open vraag',
    skippedTitle: 'Niet van toepassing (1)',
    discussedOf: '0 van 34 vragen',
  },
  en: {
    newNote: /^Note on:/,
    noteLabel: 'Note',
    add: 'Add',
    done: 'Done',
    editPerson: (n: string) => `Change ${n}`,
    nameTaken: /Someone called ‘Łukasz Wróbel’ is already at the table/i,
    roleNote: 'More about the role (for example department or portfolio)',
    next: /^Next/,
    concern: 'Concern',
    parked: 'Parked',
    na: 'Not applicable',
    naReason: 'Why does this question not apply?',
    goal: 'The goal in one or two sentences',
    nonDeliverables: 'What will it not deliver?',
    name: 'Name or initials',
    addPerson: 'Add',
    overview: 'Overview',
    missing: 'Not at the table:',
    addSuggestion: (v: string) => `Add ${v}`,
    makeCore: /Make core value/,
    roles: ['Privacy officer / DPO', 'Project leader or owner', 'Data analyst or statistician', 'Practical knowledge of the field', 'Politics (alderman or council member)'],
    values: ['Privacy', 'Autonomy', 'Transparency'],
    taken: '‘Privacy’ is already in this list.',
    inBoth: 'in both lists',
    tension: { a: 'Value', b: 'is in tension with', why: 'Why do they clash here?', add: 'Record the tension', required: /Say in a sentence why/ },
    parkedTitle: 'Parking lot (2)',
    openQuestion: 'Open question',
    skippedTitle: 'Not applicable (1)',
    discussedOf: '0 of 34 questions',
  },
};

const PEOPLE = ['Łukasz Wróbel', 'Nguyễn Thị Ánh', 'Zoë Ørsted-Çelik', 'A.B.', 'Fatima el Amrani'];

async function axe(page: Page, where: string) {
  // A note still being stored is drawn lighter: check the board as it stands once stored.
  await settled(page);
  await expectNoAxeViolations(page, where);
}

/** Closes the floating notices, as a person would before reaching for what is under them. */
async function dismissNotices(page: Page) {
  const close = page.getByRole('button', { name: /Melding sluiten|Dismiss message/ });
  while ((await close.count()) > 0) await close.first().click({ timeout: 2000 }).catch(() => undefined);
}

/** A question's status: a row of choices on the list board, one select on the table poster
 * (the default in landscape). */
async function setStatus(question: Locator, label: string): Promise<void> {
  const select = question.locator('select.qstatus__select');
  if ((await select.count()) > 0) await select.selectOption({ label });
  else await question.getByText(label, { exact: true }).click();
}

async function journey(page: Page, lang: 'nl' | 'en') {
  const x = T[lang];
  // Goal
  await page.getByLabel(x.goal).fill('Containers alleen legen als ze vol zijn, zodat er minder vrachtwagens door de wijk rijden.');
  await page.getByLabel(x.nonDeliverables).fill('Geen gegevens over wie wat weggooit.');
  await axe(page, 'goal');
  await dismissNotices(page);
  await page.getByRole('link', { name: x.next }).click();

  // People: five, with roles; one key role stays missing (domain knowledge is there, politics too)
  const add = page.locator('.add-person');
  for (const [i, name] of PEOPLE.entries()) {
    await add.getByLabel(x.name, { exact: true }).fill(name);
    const role = x.roles[i];
    if (role && i !== 2) await add.getByLabel(role, { exact: true }).check();
    await add.getByRole('button', { name: x.addPerson, exact: true }).click();
    await expect(page.locator('.person')).toHaveCount(i + 1);
  }
  await expect(page.locator('.person').first().locator('.person__name')).toHaveText(PEOPLE[0]!);
  // The same name twice could not be told apart in "who said it": refused, with a way out.
  await add.getByLabel(x.name, { exact: true }).fill(` ${PEOPLE[0]!.toUpperCase()} `);
  await add.getByRole('button', { name: x.addPerson, exact: true }).click();
  await expect(add.getByText(x.nameTaken)).toBeVisible();
  await expect(page.locator('.person')).toHaveCount(PEOPLE.length);
  await add.getByLabel(x.name, { exact: true }).fill('');
  // A person reads as a card; "change" opens the fields, "done" closes them with focus back.
  const person = page.locator('.person').first();
  await person.getByRole('button', { name: x.editPerson(PEOPLE[0]!) }).click();
  await person.getByLabel(x.roleNote).fill('FG van de gemeente');
  await person.getByRole('button', { name: x.done, exact: true }).click();
  await expect(person.locator('.person__note')).toHaveText('FG van de gemeente');
  await expect(person.getByRole('button', { name: x.editPerson(PEOPLE[0]!) })).toBeFocused();
  await expect(page.locator('.step').getByText(x.missing)).toBeVisible();
  await axe(page, 'participants');
  await page.getByRole('link', { name: x.next }).click();

  // Values
  for (const v of x.values) await page.locator('.panel').first().getByRole('button', { name: x.addSuggestion(v), exact: true }).click();
  await page.locator('.value', { hasText: x.values[0]! }).getByRole('button', { name: x.makeCore }).click();
  await page.locator('.value', { hasText: x.values[2]! }).getByRole('button', { name: x.makeCore }).click();
  await expect(page.locator('.ranking__item')).toHaveCount(2);
  // The same word as a project value makes it one value of both lists (one place in the ranking);
  // named in the same list again, it is refused and the field says so.
  const project = page.locator('.panel').nth(1);
  await project.getByRole('textbox').fill(x.values[0]!.toLowerCase());
  await project.getByRole('textbox').press('Enter');
  await expect(project.locator('.value', { hasText: x.values[0]! }).getByText(x.inBoth)).toBeVisible();
  await expect(page.locator('.value')).toHaveCount(x.values.length + 1);
  await expect(page.locator('.ranking__item')).toHaveCount(2);
  await project.getByRole('textbox').fill(x.values[0]!);
  await project.getByRole('textbox').press('Enter');
  await expect(project.getByText(x.taken)).toBeVisible();
  await expect(page.locator('.value')).toHaveCount(x.values.length + 1);
  // A tension between two values is recorded with its reason; without one it is not saved.
  const tension = page.locator('section[aria-labelledby="conflicts-title"]');
  await tension.getByLabel(x.tension.a, { exact: true }).selectOption({ label: x.values[0]! });
  await tension.getByLabel(x.tension.b, { exact: true }).selectOption({ label: x.values[2]! });
  await tension.getByRole('button', { name: x.tension.add }).click();
  await expect(tension.getByText(x.tension.required)).toBeVisible();
  await expect(tension.locator('.list-row')).toHaveCount(0);
  await tension.getByLabel(x.tension.why).fill('De kaart moet open zijn, maar niet tot op het adres.');
  await tension.getByRole('button', { name: x.tension.add }).click();
  await expect(tension.locator('.list-row')).toHaveText([`${x.values[0]} ↔ ${x.values[2]}De kaart moet open zijn, maar niet tot op het adres.Verwijderen`.replace('Verwijderen', lang === 'nl' ? 'Verwijderen' : 'Remove')]);
  await axe(page, 'values');
  await page.getByRole('link', { name: x.next }).click();

  // Eleven topics, a note on each; a concern on the first
  for (const [i, topic] of TOPICS[lang].entries()) {
    await expect(page.getByRole('heading', { level: 2, name: topic, exact: true })).toBeVisible();
    const first = page.locator('.question').first();
    await first.getByRole('button', { name: x.newNote }).click();
    await first.getByLabel(x.noteLabel, { exact: true }).fill(`Notitie ${i + 1} bij ${topic}: wie is eigenaar van de data? € 1.250,–`);
    if (i === 0) await first.locator('.composer').getByText(x.concern, { exact: true }).click();
    if (i === 3) await first.locator('.composer').getByText(x.openQuestion, { exact: true }).click();
    await first.getByRole('button', { name: x.add, exact: true }).click();
    await expect(first.locator('.note')).toHaveCount(1);
    await first.getByRole('button', { name: x.done, exact: true }).click();
    if (i === 0) await expect(first.locator('.note--concern')).toBeVisible();
    if (i === 1) await setStatus(page.locator('.question').nth(1), x.parked);
    if (i === 2) {
      const q = page.locator('.question').nth(2);
      await setStatus(q, x.na);
      await q.getByLabel(x.naReason).fill('Er worden geen persoonsgegevens gebruikt.');
      await q.getByLabel(x.naReason).blur();
    }
    // Every one of the eleven boards, with its note and (on three of them) a parked or
    // not-applicable question, passes axe.
    await axe(page, `topic ${topic}`);
    await dismissNotices(page);
    await page.getByRole('link', { name: x.next }).click();
  }

  // After the last topic come the closing steps; the overview is one tap away in the bar.
  await expect(page).toHaveURL(/\/actions$/);
  const rail = page.getByRole('navigation', { name: lang === 'nl' ? 'Stappen van de workshop' : 'Steps of the workshop' });
  if (!(await rail.isVisible())) await page.getByRole('button', { name: lang === 'nl' ? 'Alle stappen' : 'All steps' }).click();
  await rail.getByRole('link', { name: new RegExp(x.overview) }).click();
  await expect(page.getByRole('heading', { level: 2, name: x.overview, exact: true })).toBeVisible();
  // The parking lot: the parked question and the note written as an open question, together.
  await expect(page.getByRole('heading', { name: x.parkedTitle })).toBeVisible();
  const lot = page.locator('.parking-lot');
  await expect(lot.locator('[data-kind="parked"]')).toHaveCount(1);
  await expect(lot.locator('[data-kind="open-question"]')).toContainText(`Notitie 4 bij ${TOPICS[lang][3]}`);
  await expect(page.getByRole('heading', { name: x.skippedTitle })).toBeVisible();
  await expect(page.getByText('Er worden geen persoonsgegevens gebruikt.')).toBeVisible();
  await expect(page.locator('.totals')).toContainText(x.discussedOf);
  await expect(page.locator('.progress-table tbody tr')).toHaveCount(11);
  for (const row of await page.locator('.progress-table tbody tr').all()) await expect(row.locator('td').last()).toHaveText('1');
  await axe(page, 'overview');
}

test.describe('portrait, Dutch', () => {
  test.use({ viewport: { width: 820, height: 1180 } });
  test('a whole session from goal to the last topic', async ({ page, app, requests }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await createWorkshop(page, { title: 'Slimme vuilcontainers', organisation: 'Gemeente Voorbeeld' });
    await journey(page, 'nl');
    // Everything is still there after a reload.
    await page.reload();
    await expect(page.locator('.progress-table tbody tr').first().locator('td').last()).toHaveText('1');
    expect(foreignRequests(requests, app.origin)).toEqual([]);
  });
});

test.describe('landscape, English', () => {
  test.use({ viewport: { width: 1180, height: 820 } });
  test('the same session in English', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await createWorkshop(page, { title: 'Smart waste containers' });
    await journey(page, 'en');
  });
});

test('a sentence being typed survives a reload', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Herlaadtest' });
  const goal = page.getByLabel(T.nl.goal);
  await goal.pressSequentially('Halverwege een zin', { delay: 10 });
  await page.reload();
  await expect(page.getByLabel(T.nl.goal)).toHaveValue('Halverwege een zin');

  // The same for a note that was never added.
  await page.goto(page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/topic:bias'));
  const q = page.locator('.question').first();
  await q.getByRole('button', { name: T.nl.newNote }).click();
  await q.getByLabel(T.nl.noteLabel, { exact: true }).pressSequentially('Nog niet toegevoegd', { delay: 10 });
  await page.reload();
  await expect(page.locator('.question').first().getByLabel(T.nl.noteLabel, { exact: true })).toHaveValue('Nog niet toegevoegd');
});

test('notes can be edited, moved, and deleted with undo, by keyboard', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Toetsenbord' });
  await page.goto(page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/topic:source'));
  const first = page.locator('.question').first();
  await first.getByRole('button', { name: T.nl.newNote }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Eerste versie');
  await first.getByRole('button', { name: 'Toevoegen', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(first.locator('.note')).toHaveCount(1);
  // Escape closes the composer and puts focus back on the button that opened it.
  await page.keyboard.press('Escape');
  await expect(first.getByRole('button', { name: T.nl.newNote })).toBeFocused();

  await first.getByRole('button', { name: /Meer acties voor notitie/ }).click();
  await first.getByRole('button', { name: /Notitie bewerken/ }).click();
  await first.locator('.note--editing textarea').fill('Tweede versie');
  await first.getByRole('button', { name: 'Opslaan' }).click();
  await expect(first.locator('.note__text')).toHaveText('Tweede versie');

  await first.getByRole('button', { name: /Meer acties voor notitie/ }).click();
  await first.getByRole('button', { name: /Notitie verplaatsen/ }).click();
  const third = (await page.locator('.question').nth(2).locator('.question__text').textContent())?.trim() ?? '';
  await first.getByLabel('Naar welke vraag?').selectOption({ label: third });
  await first.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
  await expect(first.locator('.note')).toHaveCount(0);
  await expect(page.locator('.question').nth(2).locator('.note')).toHaveCount(1);

  const moved = page.locator('.question').nth(2);
  await moved.getByRole('button', { name: /Meer acties voor notitie/ }).click();
  await moved.getByRole('button', { name: /Notitie verwijderen/ }).click();
  await expect(moved.locator('.note')).toHaveCount(0);
  await page.getByRole('status').filter({ hasText: 'Notitie verwijderd' }).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(moved.locator('.note__text')).toHaveText('Tweede versie');

  // "Klaar" with text still in the field adds it, then closes, focus back on the opener.
  await first.getByRole('button', { name: T.nl.newNote }).click();
  await page.keyboard.type('Laatste gedachte');
  await first.getByRole('button', { name: 'Klaar', exact: true }).click();
  await expect(first.locator('.note[data-state="stored"] .note__text')).toHaveText(['Laatste gedachte']);
  await expect(first.getByRole('button', { name: T.nl.newNote })).toBeFocused();
});

test('a note shows at once; if the disk is full it goes again and its text comes back', async ({ page }) => {
  await simulateFullDisk(page);
  await page.goto('/');
  await createWorkshop(page, { title: 'Volle schijf' });
  await page.goto(page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/topic:access'));
  const q = page.locator('.question').first();
  await q.getByRole('button', { name: T.nl.newNote }).click();
  const field = q.getByLabel(T.nl.noteLabel, { exact: true });

  await field.fill('Deze wordt bewaard');
  await q.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(1);

  await setDiskFull(page, true);
  await field.fill('Deze past niet meer');
  await q.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(field).toHaveValue('Deze past niet meer');
  await expect(q.getByText(/de opslag van dit apparaat is vol/)).toBeVisible();
  await expect(q.locator('.note')).toHaveCount(1);
  await expect(page.locator('[data-save-state="failed"]')).toBeVisible();

  await setDiskFull(page, false);
  await q.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(q.locator('.note[data-state="stored"]')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('.question').first().locator('.note')).toHaveCount(2);
});

test('at the table: another role takes its name, a missing party is recorded, and the rail says the step is done', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto('/');
  await createWorkshop(page, { title: 'Wie zat er aan tafel' });
  await page.goto(page.url().replace(/\/workshop\/([^/]+).*$/, '/workshop/$1/participants'));
  const add = page.locator('.add-person');
  // "Andere rol" alone says nothing: the form asks which role, and refuses without it.
  await add.getByLabel('Naam of initialen', { exact: true }).fill('Karim');
  await add.getByLabel('Andere rol', { exact: true }).check();
  await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(add.getByText('Zeg welke rol dit is')).toBeVisible();
  await expect(add.getByLabel(/^Welke andere rol\?/)).toBeFocused();
  await add.getByLabel(/^Welke andere rol\?/).fill('wijkagent');
  await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(page.locator('.person')).toHaveCount(1);
  await expect(page.locator('.person').first().locator('.person__note')).toHaveText('wijkagent');
  // The supplier should have been there: recorded with what stayed open.
  const absent = page.locator('.absent');
  await absent.getByLabel('Partij', { exact: true }).fill('De leverancier van de sensoren');
  await absent.getByLabel('Waarom niet aanwezig, of wat bleef daardoor open?').fill('Niet uitgenodigd; hoe de vulgraad wordt gemeten bleef open.');
  await absent.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(absent.locator('.list-row')).toContainText('De leverancier van de sensoren');
  // Everyone listed has a role: the step is done on the rail, though key roles are missing.
  const rail = page.getByRole('navigation', { name: 'Stappen van de workshop' });
  if (!(await rail.isVisible())) await page.getByRole('button', { name: 'Alle stappen' }).click();
  await expect(rail.getByRole('link', { name: /Aan tafel/ })).toContainText('klaar');
  await expect(rail.locator('.rail__missing')).toContainText('Communicatieadviseur');
  if (process.env.DECISION_SHOTS) await page.screenshot({ path: `${process.env.DECISION_SHOTS}/participants-portrait.png`, fullPage: true });
  // Two roles ticked one right after the other on the card: both are kept, the second added to
  // the first (it was added to the roles stored before the first, which dropped the first).
  const karim = page.locator('.person').first();
  await karim.locator('.person__edit').click();
  const roles = karim.getByRole('group', { name: 'Rollen van Karim' });
  await expect(roles).toBeVisible();
  // The second tap comes while the first one's write is still under way (as a quick hand does on
  // a busy tablet): one turn of the page in between, not the write's round trip.
  await roles.evaluate(async (group) => {
    const box = (text: string) => [...group.querySelectorAll('label')].find((l) => l.textContent?.trim() === text)!.querySelector('input')!;
    box('Data-analist of statisticus').click();
    await new Promise((r) => setTimeout(r, 0));
    box('Privacy officer / FG').click();
  });
  await expect(roles.getByRole('checkbox', { name: 'Data-analist of statisticus' })).toBeChecked();
  await expect(roles.getByRole('checkbox', { name: 'Privacy officer / FG' })).toBeChecked();
  await expect(page.locator('.save-state')).toHaveText(/Opgeslagen/);
  // Still there after a reload.
  await page.reload();
  await expect(page.locator('.absent .list-row')).toContainText('Niet uitgenodigd');
  await expect(page.locator('.person').first().locator('.person__roles')).toContainText('Data-analist of statisticus');
  await expect(page.locator('.person').first().locator('.person__roles')).toContainText('Privacy officer / FG');
});
