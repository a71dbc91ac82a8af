// Journey on WebKit: at the end of a session the facilitator exports the workshop as a signed
// bundle, and opens that very file again with "Workshop importeren" (as on another tablet):
// the app says what it saved, shows who signed it, and on import keeps both copies.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { endJourney, startJourney } from './support/journey.mjs';
import { createWorkshop, JOURNEY, SETUP } from './support/tablet.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TITLE = 'Parkeersensoren Binnenstad';
const SIGNER = 'Zoë Ørsted-Çelik';
const dir = mkdtempSync(join(tmpdir(), 'deda-webkit-exchange-'));
let app;
let tablet;

before(async () => ({ app, tablet } = await startJourney()), SETUP);

after(() => endJourney({ app, tablet, dir }), SETUP);

test('exports the bundle and imports it back', JOURNEY, async () => {
  const base = await createWorkshop(tablet, TITLE, SIGNER);
  await tablet.go(`${base}/report`);
  await tablet.keepDownloads();
  await tablet.tap('button', 'Bundel exporteren');
  // No share sheet here (WebKitGTK has no Web Share), so the app saves the file and says so.
  const said = await tablet.see(/De bundel is opgeslagen als ‘[^’]+’ in je downloads\./);
  await tablet.element('[data-export-result="downloaded"]');
  const [name] = await tablet.downloadNames();
  assert.ok(name, 'the app handed a file to the browser');
  assert.ok(said.includes(`‘${name}’`), `the message names the file (${said})`);
  assert.match(name, /\.json$/);
  const bytes = await tablet.downloadBytes(0);
  const bundle = JSON.parse(bytes.toString('utf8'));
  assert.equal(bundle.payload.workshop.title, TITLE);
  assert.ok(bundle.signature?.signature, 'the bundle is signed');
  const file = join(dir, name);
  writeFileSync(file, bytes);
  // WebKit's WebCrypto made the signature: the project's own command-line verifier checks it.
  const verdict = execFileSync(process.execPath, [join(ROOT, 'src/exchange/verify-command.mjs'), file], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(verdict.trim().split('\n').at(-1), 'OK', verdict);

  // The same file through the file picker.
  await tablet.go('/importeren');
  await tablet.heading(1, 'Workshop importeren');
  const input = await tablet.waitFor('the file picker', () => document.querySelector('input[type=file]'));
  await input.sendKeys(file);
  await tablet.see(SIGNER);
  // It is already on this device: nothing is overwritten until a choice is made.
  const importButton = await tablet.element('button', 'Importeren');
  assert.equal(await importButton.isEnabled(), false);
  await tablet.choose(/Beide bewaren/);
  await tablet.tap('button', 'Importeren');
  await tablet.heading(1, `${TITLE} (geïmporteerd)`);
  await tablet.go('/');
  await tablet.element('a', TITLE);
  await tablet.element('a', `${TITLE} (geïmporteerd)`);
  await tablet.see('2 workshops op dit apparaat');
});
