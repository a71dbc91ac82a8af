// Journey on WebKit: the facilitator taps "Verslag (pdf)" on the documentation step; jsPDF
// builds the report in the tablet's browser, the app says it is made, and the file it handed
// over is a PDF with the workshop in it (read back with poppler's pdftotext).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, test } from 'node:test';
import { endJourney, startJourney } from './support/journey.mjs';
import { createWorkshop, JOURNEY, SETUP } from './support/tablet.mjs';

const TITLE = 'Bijstand en algoritmen';
const FACILITATOR = 'Łukasz Wróbel';
let app;
let tablet;

before(async () => ({ app, tablet } = await startJourney()), SETUP);

after(() => endJourney({ app, tablet }), SETUP);

test('makes the PDF report', JOURNEY, async () => {
  const base = await createWorkshop(tablet, TITLE, FACILITATOR);
  await tablet.go(`${base}/report`);
  await tablet.keepDownloads();
  await tablet.tap('button', 'Verslag (pdf)');
  // The tap is answered at once (busy, or already made): a failure here is a lost tap, not a slow PDF.
  await tablet.see(/Verslag wordt gemaakt…|Het verslag is gemaakt/, 10_000);
  // jsPDF lays out and embeds the font in the tablet's browser: on a busy machine that is slow.
  const said = await tablet.see(/Het verslag is gemaakt: .+\.pdf/, 45_000);
  const [name] = await tablet.downloadNames();
  assert.ok(name, 'the app handed a file to the browser');
  assert.ok(said.endsWith(name), `the message names the file (${said})`);
  assert.ok(name.includes(TITLE), name);
  const bytes = await tablet.downloadBytes(0);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  const text = execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.ok(text.includes(TITLE), 'the report carries the title');
  assert.ok(text.includes(FACILITATOR), 'names outside WinAnsi survive (embedded font)');
});
