// Journey: a facilitator closes a session on a tablet by touch. Two notes become action
// points in one tap each (one a condition, one already late); "go" is refused while the
// condition is open, and once it is done still asks why the group goes ahead while questions,
// preconditions and key roles are open; the preconditions scan shows the evidence (the absent
// PO/FG), the group judges it "missing" with a reason and turns it into an action point; a
// second journey tries "go" on an untouched workshop and sees all that is open; a month later the home screen and
// the follow-up view show what is late, first; a status changed there is changed in the
// workshop; an evaluation session takes over the open points and shows what changed.
// axe checks the three closing steps, the note dialog and the follow-up view.
// With DECISION_SHOTS=<dir> the journey also leaves screenshots of every new screen there.
import { execFileSync } from 'node:child_process';
import { expectNoAxeViolations } from './support/axe';
import type { Page } from '@playwright/test';
import { createWorkshop, expect, foreignRequests, test, step } from './support/fixtures';

const SHOTS = process.env.DECISION_SHOTS;

async function shot(page: Page, name: string, part?: string) {
  if (!SHOTS) return;
  const size = page.viewportSize();
  const view = size && size.width > size.height ? 'landscape' : 'portrait';
  await page.screenshot({ path: `${SHOTS}/${name}-${view}.png`, fullPage: true });
  if (!part) return;
  // In the middle of the screen, so the sticky header does not lie over the part.
  await page.locator(part).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.locator(part).first().screenshot({ path: `${SHOTS}/${name}-${view}-part.png` });
}

/** Closes the floating notices, as a person would before reaching for what is under them. */
async function dismissNotices(page: Page) {
  const close = page.getByRole('button', { name: /Melding sluiten|Dismiss message/ });
  while ((await close.count()) > 0) await close.first().click({ timeout: 2000 }).catch(() => undefined);
}

async function addNote(page: Page, text: string) {
  const q = page.locator('.question').first();
  await q.getByRole('button', { name: /^Notitie bij:/ }).click();
  await q.getByLabel('Notitie', { exact: true }).fill(text);
  await q.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await expect(q.locator('.note', { hasText: text })).toBeVisible();
  await q.getByRole('button', { name: 'Klaar', exact: true }).click();
}

async function actionFromNote(page: Page, text: string, opts: { condition?: boolean; due?: string; owner?: string }) {
  await page.getByRole('button', { name: `Actiepunt maken van notitie: ${text.slice(0, 40)}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Actiepunt maken van deze notitie' });
  await expect(dialog.getByLabel('Wat moet er gebeuren?')).toHaveValue(text);
  if (opts.owner) await dialog.getByLabel('Wie pakt het op?').selectOption({ label: opts.owner });
  if (opts.due) await dialog.getByLabel('Klaar op').fill(opts.due);
  if (opts.condition) await dialog.getByRole('checkbox', { name: /^Voorwaarde/ }).check();
  return dialog;
}

test.describe('closing a session', () => {
  test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });

  test('from notes to a decision, follow-up and an evaluation session', async ({ page, app, requests }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await createWorkshop(page, { title: 'Slimme vuilcontainers', organisation: 'Gemeente Voorbeeld' });
    await page.getByLabel('Het doel in één of twee zinnen').fill('Containers alleen legen als ze vol zijn.');

    // The project owner is at the table; no PO/FG.
    await page.getByRole('link', { name: /^Volgende/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Aan tafel' })).toBeVisible();
    await expect(page.locator('.goal-reminder')).toHaveCount(0);
    const add = page.locator('.add-person');
    await add.getByLabel('Naam of initialen', { exact: true }).fill('Nguyễn Thị Ánh');
    await add.getByLabel('Projectleider of eigenaar', { exact: true }).check();
    await add.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(page.locator('.person')).toHaveCount(1);

    // Two notes on a topic, each an action point in one tap and a confirm.
    await page.goto(step(page, 'topic:source'));
    const condition = 'Vraag de FG of hergebruik van de BRP-gegevens mag';
    const late = 'Bewoners informeren via de wijkkrant';
    await addNote(page, condition);
    await addNote(page, late);
    let dialog = await actionFromNote(page, condition, { condition: true, owner: 'Nguyễn Thị Ánh' });
    await expectNoAxeViolations(page, 'note dialog');
    await shot(page, 'note-dialog');
    await dialog.getByRole('button', { name: 'Actiepunt maken' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Actiepunt gemaakt: ${condition}`)).toBeVisible();
    dialog = await actionFromNote(page, late, { due: '2020-01-15' });
    await dialog.getByRole('button', { name: 'Actiepunt maken' }).click();
    await expect(dialog).toBeHidden();
    // Each note says it became an action point, so the group does not make it twice.
    for (const text of [condition, late]) await expect(page.locator('.note', { hasText: text }).getByRole('link', { name: 'Actiepunt gemaakt' })).toBeVisible();
    await shot(page, 'topic-with-action-buttons', '.question');

    // The actions step (one tap from the notice) lists both, the condition marked, the late one late.
    await page.getByRole('button', { name: 'Naar de actiepunten' }).click();
    await dismissNotices(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Actiepunten' })).toBeVisible();
    const conditionCard = page.locator('.ap', { hasText: condition });
    await expect(conditionCard.getByText('Voorwaarde', { exact: true })).toBeVisible();
    await expect(conditionCard.getByText('Uit een notitie bij Bron')).toBeVisible();
    await expect(page.locator('.ap', { hasText: late })).toHaveClass(/ap--late/);
    await expectNoAxeViolations(page, 'actions step');
    await shot(page, 'actions');

    // "Go" is refused while the condition is open, with the reason and the condition named.
    await page.goto(step(page, 'decision'));
    await expect(page.getByRole('heading', { level: 2, name: 'Besluit' })).toBeVisible();
    await expect(page.locator('.conditions')).toContainText(condition);
    await page.getByText('Doorgaan', { exact: true }).click();
    await page.getByLabel('Onderbouwing').fill('De voordelen voor de wijk wegen op tegen de risico’s.');
    await page.getByLabel('Besloten door').fill('Projectgroep en wethouder');
    await page.getByRole('button', { name: 'Afwijkende mening toevoegen' }).click();
    await page.locator('.dissent__item').getByLabel('Wie').fill('Communicatieadviseur');
    await page.locator('.dissent__item').getByLabel('Waarom').fill('Bewoners eerst informeren.');
    await page.locator('.decision-form__submit').click();
    const refusal = page.getByRole('alert').filter({ hasText: '‘Doorgaan’ kan nog niet: er staat 1 voorwaarde open.' });
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText(condition);
    await expect(page.locator('.recorded')).toHaveCount(0);
    // What is still open is listed with "go" chosen: nothing discussed, nothing judged, roles missing.
    const open = page.locator('.open-items');
    await expect(open.locator('[data-open="questions"]')).toContainText(/\d+ van 34 vragen niet besproken/);
    await expect(open.locator('[data-open="conditions"]')).toContainText(condition);
    await expectNoAxeViolations(page, 'decision step, refused');
    await shot(page, 'decision-refused', '.decision-form');

    // Complete the condition on the actions step, then decide.
    await page.goto(step(page, 'actions'));
    // "Gedaan" asks first what was done, by whom and when; nothing is stored until confirmed.
    const pointCard = page.locator('.ap', { hasText: condition });
    await pointCard.getByRole('button', { name: 'Gedaan' }).click();
    const doneDialog = page.getByRole('dialog', { name: 'Actiepunt afronden' });
    await expect(doneDialog).toBeVisible();
    await doneDialog.getByLabel('Wat is er gedaan?').fill('Grondslag getoetst; de FG heeft ingestemd.');
    await doneDialog.getByLabel('Door wie?').fill('Łukasz Wróbel');
    await doneDialog.getByLabel('Wanneer?').fill('2026-12-01');
    await shot(page, 'done-dialog', 'dialog[open]');
    await doneDialog.getByRole('button', { name: 'Opslaan als gedaan' }).click();
    await expect(page.getByRole('heading', { name: 'Afgerond of vervallen (1)' })).toBeVisible();
    const doneCard = page.locator('.ap', { hasText: condition });
    await expect(doneCard.locator('.ap__done')).toContainText('Gedaan: Grondslag getoetst; de FG heeft ingestemd., door Łukasz Wróbel, op 1 december 2026');
    // The focus stays with the point, now in its new place.
    await expect(doneCard.getByRole('button', { name: 'Gedaan' })).toBeFocused();
    await page.goto(step(page, 'decision'));
    await expect(page.locator('.conditions')).toContainText('Gedaan');
    // The form kept what was typed before (a draft), the outcome included.
    await expect(page.getByLabel('Onderbouwing')).toHaveValue('De voordelen voor de wijk wegen op tegen de risico’s.');
    await page.locator('.decision-form__submit').click();
    // No condition open now, but questions, preconditions and key roles are: say why first.
    const anyway = page.getByLabel('Waarom gaat de groep toch door?');
    await expect(page.getByText('Zeg in een zin waarom de groep doorgaat terwijl dit nog open staat.')).toBeVisible();
    await expect(anyway).toBeFocused();
    await expect(page.locator('.recorded')).toHaveCount(0);
    await anyway.fill('De pilot loopt in één wijk; de rest volgt in de evaluatie.');
    await page.locator('.decision-form__submit').click();
    await expect(page.locator('.recorded__outcome')).toHaveText('Doorgaan');
    await expect(page.locator('.recorded')).toContainText(/\[Doorgegaan terwijl er nog iets open stond\] \d+ van 34 vragen niet besproken/);
    await expect(page.locator('.recorded')).toContainText('Waarom de groep toch doorgaat: De pilot loopt in één wijk; de rest volgt in de evaluatie.');
    await expect(page.locator('.recorded')).toContainText('Communicatieadviseur');
    await expectNoAxeViolations(page, 'decision step, recorded');
    await shot(page, 'decision-recorded');

    // The preconditions scan shows evidence, never a proposed state; the group judges.
    await page.goto(step(page, 'preconditions'));
    const po = page.locator('[data-precondition="privacy-officer-involved"]');
    await expect(po.locator('.pc__state')).toHaveText('Nog niet beoordeeld');
    await expect(po.locator('.evidence')).toContainText('Sleutelrol ontbreekt: Privacy officer / FG.');
    await expect(po.locator('.evidence [data-evidence="role-absent"]').getByRole('link')).toHaveAttribute('href', /\/participants$/);
    await expect(page.getByRole('button', { name: /Voorstel bevestigen/ })).toHaveCount(0);
    await po.getByRole('button', { name: 'Privacy officer of FG vanaf het begin betrokken beoordelen' }).click();
    await po.getByText('Ontbreekt', { exact: true }).click();
    // A reason is required, also for the state the evidence points to.
    await po.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    const poWhy = po.getByLabel('Waarom vindt de groep dit?');
    await expect(po.getByText('Schrijf op waarom de groep dit vindt: die reden komt in het verslag.')).toBeVisible();
    await expect(poWhy).toBeFocused();
    await poWhy.fill('De FG is niet uitgenodigd en kent het project niet.');
    await po.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await expect(po.locator('.pc__state')).toHaveText('Ontbreekt');
    await expect(po.locator('.pc__group')).toContainText('Beoordeeld door de groep');
    await expect(po.locator('.pc__reason')).toHaveText('De FG is niet uitgenodigd en kent het project niet.');
    // The form went away; focus stays on the card, on "change judgement".
    await expect(po.getByRole('button', { name: /^Oordeel over .* wijzigen$/ })).toBeFocused();
    await po.getByRole('button', { name: 'Overnemen als actiepunt: De privacy officer of FG betrekken vóór de volgende fase' }).click();
    await expect(po.locator('.suggestions-box__taken')).toContainText('De privacy officer of FG betrekken vóór de volgende fase');
    // Political support: nobody from politics (evidence, not a verdict); the group knows better and says why.
    const politics = page.locator('[data-precondition="political-support"]');
    await expect(politics.locator('.evidence')).toContainText('Niemand aan tafel als Politiek (wethouder of raadslid).');
    await politics.getByRole('button', { name: /beoordelen$/ }).click();
    await expect(politics.getByRole('radio', { name: 'Op orde' })).toBeFocused();
    await politics.getByText('Op orde', { exact: true }).click();
    await politics.getByLabel('Waarom vindt de groep dit?').fill('De wethouder heeft het project zelf voorgesteld.');
    await politics.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    await expect(politics.locator('.pc__reason')).toHaveText('De wethouder heeft het project zelf voorgesteld.');
    await expect(politics.getByRole('button', { name: /wijzigen$/ })).toBeFocused();
    await dismissNotices(page);
    await expectNoAxeViolations(page, 'preconditions step');
    await shot(page, 'preconditions', '[data-precondition="privacy-officer-involved"]');

    // The overview closes with the figures; the rail shows the closing steps.
    await page.goto(step(page, 'overview'));
    await expect(page.locator('.closing-summary')).toContainText('1 van 1 vervuld');
    await expect(page.locator('.closing-summary')).toContainText('Doorgaan');

    // A month later: the home card says what is late; the follow-up view puts it first.
    await page.getByRole('link', { name: 'Terug naar de workshops' }).click();
    const card = page.locator('.card', { hasText: 'Slimme vuilcontainers' });
    await expect(card.locator('[data-conditions]')).toHaveText('Voorwaarden: 1 van 1 vervuld');
    await expect(card.locator('[data-overdue]')).toHaveText('1 actiepunt te laat');
    await shot(page, 'home', '.card');
    await page.getByRole('link', { name: 'Opvolging' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Opvolging' })).toBeVisible();
    await expect(page.locator('.follow-up__count')).toContainText('2 openstaande actiepunten, waarvan 1 te laat');
    await expect(page.locator('.ap').first()).toContainText(late);
    await expect(page.locator('.ap').first().locator('.badge--late')).toContainText('dagen te laat');
    await expect(page.locator('.ap').nth(1)).toContainText('De privacy officer of FG betrekken vóór de volgende fase');
    await expectNoAxeViolations(page, 'follow-up view');
    await shot(page, 'follow-up');
    await page.getByLabel('Eigenaar').selectOption({ label: 'Projectleider of eigenaar' });
    await expect(page.locator('.ap')).toHaveCount(1);
    await expect(page.locator('.ap')).toContainText('De privacy officer of FG betrekken');
    await page.getByLabel('Eigenaar').selectOption({ label: 'Alle' });
    // A status changed here is the status in the workshop.
    await page.locator('.ap', { hasText: late }).getByRole('button', { name: 'Bezig' }).click();
    await page.locator('.ap', { hasText: late }).getByRole('link', { name: 'Workshop: Slimme vuilcontainers' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Actiepunten' })).toBeVisible();
    await expect(page.locator('.ap', { hasText: late }).getByRole('button', { name: 'Bezig' })).toHaveAttribute('aria-pressed', 'true');

    // The decision step shows the scan as the group judged it, next to the decision.
    await page.goto(step(page, 'decision'));
    const scan = page.locator('.scan-summary');
    await expect(scan.getByRole('heading')).toHaveText('Randvoorwaarden: 2 van 5 beoordeeld door de groep');
    await expect(scan.locator('[data-scan="privacy-officer-involved"]')).toContainText('Ontbreekt');
    await expect(scan.locator('[data-scan="political-support"]')).toContainText('Op orde');
    await expect(scan.locator('[data-scan="accountability"]')).toContainText('nog niet beoordeeld');
    await expectNoAxeViolations(page, 'decision step with the scan');

    // An evaluation session from the decision step: it opens on its overview with the comparison.
    await page.getByRole('button', { name: 'Evaluatiesessie starten' }).click();
    dialog = page.getByRole('dialog', { name: 'Evaluatiesessie starten' });
    await expect(dialog.getByLabel('Titel van de evaluatiesessie')).toHaveValue('Evaluatie: Slimme vuilcontainers');
    await dialog.getByRole('button', { name: 'Evaluatiesessie starten' }).click();
    await expect(page.locator('.wbar__name')).toHaveText('Evaluatie: Slimme vuilcontainers');
    const comparison = page.locator('.comparison');
    await expect(comparison.getByRole('heading', { name: 'Wat is er veranderd sinds de eerste sessie?' })).toBeVisible();
    await expect(comparison).toContainText('2 actiepunten meegenomen: 0 gedaan, 0 vervallen, 2 nog open.');
    await expect(comparison).toContainText('Besluit toen: Doorgaan. Nu: nog geen besluit.');
    await expect(comparison.locator('[data-topic="source"]')).toContainText('Nog niet besproken in deze evaluatie.');
    // The group discusses the source again: one new note, and the comparison follows.
    await page.goto(step(page, 'topic:source'));
    await addNote(page, 'De FG heeft het hergebruik goedgekeurd');
    await page.goto(step(page, 'overview'));
    await expect(comparison.locator('[data-topic="source"] td').nth(2)).toHaveText('2 → 1');
    // Judged then, not yet now: no claim of better or worse, and no app proposal passed off as a judgement.
    await expect(comparison.locator('[data-precondition="political-support"] td')).toHaveText(['Op orde', 'Nog niet beoordeeld', /Nog niet te vergelijken/]);
    await expectNoAxeViolations(page, 'evaluation overview');
    await shot(page, 'evaluation-overview', '.comparison');

    // The evaluation's report carries the same comparison.
    await page.goto(step(page, 'report'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Verslag (pdf)' }).click()]);
    const pdf = test.info().outputPath('evaluation.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Verslag van een DEDA-evaluatiesessie');
    expect(text).toContain('Vergelijking met de eerste sessie');
    expect(text).toContain('Deze evaluatie volgt op de sessie ‘Slimme vuilcontainers’');
    expect(text).toContain('2 actiepunten uit de eerste sessie meegenomen: 0 gedaan, 0 vervallen, 2 nog open.');
    // Source: discussed, concerns, notes: then and now (two notes then, one now), as on the overview.
    expect(text).toMatch(/Bron\s+van 0 naar 0\s+van 0 naar 0\s+van 2 naar 1/);
    // Judged then, not yet now (the cells wrap: "nog niet | beoordeeld", "Nog niet te | vergelijken").
    expect(text).toMatch(/Politiek draagvlak\s+op orde\s+nog niet\s+Nog niet te\s+beoordeeld\s+vergelijken/);

    // The carried-over points are listed once in follow-up, under the evaluation.
    await page.goto('/opvolging');
    await expect(page.locator('.ap')).toHaveCount(2);
    await expect(page.locator('.ap').first()).toContainText('Workshop: Evaluatie: Slimme vuilcontainers');
    expect(foreignRequests(requests, app.origin)).toEqual([]);
  });

  test('"go" on a workshop where nothing was done lists what is open and keeps the reason to go anyway', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await createWorkshop(page, { title: 'Wijkscan jeugdzorg' });
    // One concern on the source board: the legal basis was never examined.
    await page.goto(step(page, 'topic:source'));
    const q = page.locator('.question').nth(1);
    const concern = 'Of we deze gegevens hiervoor mogen gebruiken, is nooit onderzocht';
    await q.getByRole('button', { name: /^Notitie bij:/ }).click();
    await q.getByLabel('Notitie', { exact: true }).fill(concern);
    await q.locator('.kind--concern').click();
    await q.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await expect(q.locator('.note', { hasText: concern })).toBeVisible();
    await q.getByRole('button', { name: 'Klaar', exact: true }).click();

    // The preconditions show that concern as evidence for purpose limitation, with where it is from.
    await page.goto(step(page, 'preconditions'));
    const purpose = page.locator('[data-precondition="purpose-limitation"]');
    await expect(purpose.locator('.pc__state')).toHaveText('Nog niet beoordeeld');
    const item = purpose.locator('[data-evidence="note"]', { hasText: concern });
    await expect(item.locator('.evidence__kind')).toHaveText('Zorg');
    await expect(item.getByRole('link', { name: 'bij Bron' })).toHaveAttribute('href', /\/topic:source$/);
    await expect(purpose.locator('[data-evidence="goal-empty"]')).toBeVisible();
    await expect(page.locator('.pc__judge')).toHaveCount(0);
    await expectNoAxeViolations(page, 'preconditions with evidence');
    await shot(page, 'preconditions-evidence', '[data-precondition="purpose-limitation"]');

    // "Go" with nothing discussed, nothing judged and nobody at the table: listed, and a reason asked.
    await page.goto(step(page, 'decision'));
    await page.getByText('Doorgaan', { exact: true }).click();
    const open = page.locator('.open-items');
    await expect(open.getByRole('heading', { name: 'Nog open voordat de groep doorgaat' })).toBeVisible();
    await expect(open.locator('[data-open="questions"]')).toContainText('34 van 34 vragen niet besproken');
    await expect(open.locator('[data-open="questions"]')).toContainText('Bron (3)');
    await expect(open.locator('[data-open="preconditions"]')).toContainText('5 randvoorwaarden niet beoordeeld: Doelbinding');
    await expect(open.locator('[data-open="roles"]')).toContainText('Sleutelrollen ontbreken: Privacy officer / FG, Projectleider of eigenaar');
    await expect(open.locator('[data-open="roles"]').getByRole('link')).toHaveAttribute('href', /\/participants$/);
    await page.getByLabel('Onderbouwing').fill('De wijk wacht al een jaar op hulp.');
    await page.locator('.decision-form__submit').click();
    const why = page.getByLabel('Waarom gaat de groep toch door?');
    await expect(why).toBeFocused();
    await expect(page.getByText('Zeg in een zin waarom de groep doorgaat terwijl dit nog open staat.')).toBeVisible();
    await expect(page.locator('.recorded')).toHaveCount(0);
    await expectNoAxeViolations(page, 'decision step, open items');
    await shot(page, 'decision-open-items', '.open-items');

    await why.fill('Het college besloot al; wij leggen vast wat nog moet gebeuren.');
    await page.locator('.decision-form__submit').click();
    const recorded = page.locator('.recorded');
    await expect(recorded.locator('.recorded__outcome')).toHaveText('Doorgaan');
    await expect(recorded).toContainText('De wijk wacht al een jaar op hulp.');
    await expect(recorded).toContainText('[Doorgegaan terwijl er nog iets open stond] 34 van 34 vragen niet besproken; niet beoordeeld: Doelbinding');
    await expect(recorded).toContainText('Waarom de groep toch doorgaat: Het college besloot al; wij leggen vast wat nog moet gebeuren.');

    // Changing the decision gives the sentence back in its own field; recording again does not repeat it.
    await recorded.getByRole('button', { name: 'Besluit wijzigen' }).click();
    await expect(page.getByLabel('Onderbouwing')).toHaveValue('De wijk wacht al een jaar op hulp.');
    await expect(why).toHaveValue('Het college besloot al; wij leggen vast wat nog moet gebeuren.');
    await page.locator('.decision-form__submit').click();
    await expect(page.getByText('Besluit vastgelegd.').first()).toBeVisible();
    await expect(page.locator('.recorded .prewrap')).toHaveText(/^De wijk wacht al een jaar op hulp\.\n\n\[Doorgegaan[^[]*$/);

    // The report: the reason to go anyway with the decision, and no state for what nobody judged.
    await page.goto(step(page, 'report'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Verslag (pdf)' }).click()]);
    const pdf = test.info().outputPath('go-anyway.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    if (SHOTS) execFileSync('cp', [pdf, `${SHOTS}/go-anyway.pdf`]);
    expect(text).toContain('Waarom de groep toch doorgaat: Het college besloot al');
    expect(text).toContain('De groep heeft de randvoorwaarden niet beoordeeld.');
    const from = text.lastIndexOf('Randvoorwaarden');
    const chapter = text.slice(from, text.indexOf('Foto’s', from));
    expect(chapter).toMatch(/Doelbinding\s+nog niet beoordeeld\s+De groep heeft deze/);
    expect(chapter.match(/nog niet beoordeeld/g)).toHaveLength(5);
    expect(chapter).not.toMatch(/op orde|ontbreekt|voorstel/);
  });
});

test.describe('landscape, English', () => {
  test.use({ viewport: { width: 1180, height: 820 }, hasTouch: true });

  test('the closing steps read well side by side with the rail', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await createWorkshop(page, { title: 'Parking sensors' });
    await page.goto(step(page, 'actions'));
    await page.getByRole('button', { name: 'New action point' }).first().click();
    await page.getByLabel('What needs to happen?').fill('Ask the DPO to review the data flows');
    await page.getByRole('checkbox', { name: /^Condition/ }).check();
    await page.getByRole('button', { name: 'Add action point' }).click();
    await expect(page.locator('.ap')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: /steps/i }).getByRole('link', { name: /Action points/ })).toBeVisible();
    await expectNoAxeViolations(page, 'actions (en)');
    await shot(page, 'actions-en');
    await page.goto(step(page, 'preconditions'));
    await expect(page.locator('[data-precondition="privacy-officer-involved"] .evidence')).toContainText('Nobody is on the ‘At the table’ list yet.');
    await expect(page.locator('[data-precondition="privacy-officer-involved"] .pc__state')).toHaveText('Not yet judged');
    await expectNoAxeViolations(page, 'preconditions (en)');
    await shot(page, 'preconditions-en');
    await page.goto(step(page, 'decision'));
    await page.getByText('Go ahead under conditions', { exact: true }).click();
    await page.getByLabel('Reasons').fill('Only once the DPO has reviewed it.');
    await expect(page.locator('.open-items')).toContainText('Key roles missing');
    await page.getByLabel('Why does the group go ahead anyway?').fill('The board asked for a first look this month.');
    await page.locator('.decision-form__submit').click();
    await expect(page.locator('.recorded__outcome')).toHaveText('Go ahead under conditions');
    await expectNoAxeViolations(page, 'decision (en)');
    await shot(page, 'decision-en');
    await page.goto('/follow-up');
    await expect(page.getByRole('heading', { level: 1, name: 'Follow-up' })).toBeVisible();
    await expect(page.locator('.ap')).toHaveCount(1);
    await expectNoAxeViolations(page, 'follow-up (en)');
    await shot(page, 'follow-up-en');
    await page.getByRole('link', { name: 'Back to the workshops' }).click();
    await expect(page.locator('.card [data-conditions]')).toHaveText('Conditions: 0 of 1 met');
    await shot(page, 'home-en');
    // An evaluation from the decision step; the comparison reads in English too.
    await page.getByRole('link', { name: 'Parking sensors' }).click();
    await page.goto(step(page, 'decision'));
    await page.getByRole('button', { name: 'Start evaluation session' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Start evaluation session' }).click();
    await expect(page.locator('.comparison')).toContainText('1 action point carried over: 0 done, 0 dropped, 1 still open.');
    await expectNoAxeViolations(page, 'evaluation overview (en)');
    await shot(page, 'evaluation-en', '.comparison');
  });
});
