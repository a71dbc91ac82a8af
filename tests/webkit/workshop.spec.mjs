// Journey on WebKit (the iPad's engine): a facilitator creates a workshop from the home
// screen, opens a topic board and puts notes on it, reloads, and finds everything again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { endJourney, startJourney } from './support/journey.mjs';
import { JOURNEY, SETUP } from './support/tablet.mjs';

const TITLE = 'Slimme lantaarnpalen';
const NOTES = [
  { text: 'Wie mag de bewegingsdata zien? Kosten € 1.250,– per jaar.', kind: 'Zorg', css: 'note--concern' },
  { text: 'Łukasz stelt voor dat de wijkraad meeleest.', kind: 'Idee', css: 'note--idea' },
];
let app;
let tablet;
let base = '';

/** The kinds of the notes on the first question, as their classes say. */
async function noteKinds() {
  const kinds = await tablet.run(() => [...(document.querySelector('.question')?.querySelectorAll('.note') ?? [])].map((n) => [...n.classList].find((c) => c.startsWith('note--')) ?? ''));
  return kinds.sort();
}

before(async () => ({ app, tablet } = await startJourney()), SETUP);

after(() => endJourney({ app, tablet }), SETUP);

test('creates a workshop from the home screen', JOURNEY, async () => {
  await tablet.go('/');
  await tablet.heading(1, 'Workshops');
  await tablet.see('Nog geen workshops op dit apparaat');
  await tablet.tap('button', /^Nieuwe workshop/);
  const dialog = 'dialog[open]';
  await tablet.type(/^Titel/, TITLE, dialog);
  await tablet.type(/^Organisatie/, 'Gemeente Voorbeeld', dialog);
  await tablet.type(/^Facilitator/, 'Zoë Ørsted-Çelik', dialog);
  // The date starts at today, as the iPad's date picker shows it.
  const date = await (await tablet.field(/^Datum/, dialog)).getAttribute('value');
  assert.match(date, /^\d{4}-\d{2}-\d{2}$/);
  await tablet.tap('button', 'Workshop aanmaken', dialog);
  await tablet.heading(1, TITLE);
  const url = await tablet.driver.getCurrentUrl();
  assert.match(url, /\/workshop\/[0-9a-f-]{36}/);
  base = url.replace(/(\/workshop\/[0-9a-f-]{36}).*$/, '$1').replace(app.origin, '');
  await tablet.go('/');
  await tablet.element('a', TITLE);
  await tablet.see('Gemeente Voorbeeld');
});

test('opens a topic board and adds notes', JOURNEY, async () => {
  assert.ok(base, 'the workshop of the first journey exists');
  await tablet.go(`${base}/topic:source`);
  await tablet.heading(2, 'Bron');
  const question = '.question';
  // The composer stays open after each note, its field emptied for the next one.
  await tablet.tap('button', /^Notitie bij:/, question);
  for (const [i, note] of NOTES.entries()) {
    await tablet.type('Notitie', note.text, question);
    await tablet.choose(note.kind, `${question} .composer`);
    await tablet.tap('button', 'Toevoegen', question);
    await tablet.waitFor(`note ${i + 1} on the board`, (n) => document.querySelector('.question')?.querySelectorAll('.note[data-state="stored"]').length === n, i + 1);
  }
  await tablet.tap('button', 'Klaar', question);
  assert.deepEqual(await noteKinds(), NOTES.map((n) => n.css).sort());
  await tablet.waitFor('the save indicator to say saved', () => document.querySelector('[data-save-state="saved"]') !== null);
  for (const note of NOTES) await tablet.see(note.text);
});

test('finds the workshop and its notes again after a reload', JOURNEY, async () => {
  assert.ok(base, 'the workshop of the first journey exists');
  await tablet.reload();
  await tablet.heading(2, 'Bron');
  for (const note of NOTES) await tablet.see(note.text);
  assert.deepEqual(await noteKinds(), NOTES.map((n) => n.css).sort());
  await tablet.go('/');
  await tablet.element('a', TITLE);
  await tablet.see('1 workshop op dit apparaat');
});
