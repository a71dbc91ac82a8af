// Journey on WebKit (every iPad browser): the facilitator exports the workshop encrypted, which
// needs WebKit's WebCrypto for PBKDF2-SHA-512, AES key wrap and AES-GCM; the independent `jose`
// library opens the file in Node, and the same file opened again through "Workshop importeren"
// asks for the passphrase, refuses a wrong one and then shows who signed it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as jose from 'jose';
import { endJourney, startJourney } from './support/journey.mjs';
import { createWorkshop, JOURNEY, SETUP } from './support/tablet.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const TITLE = 'Cameratoezicht Marktplein';
const SIGNER = 'Zoë Ørsted-Çelik';
const PASSPHRASE = 'vijf groene tafels op het plein';
const dir = mkdtempSync(join(tmpdir(), 'deda-webkit-encrypted-'));
let app;
let tablet;

before(async () => ({ app, tablet } = await startJourney()), SETUP);

after(() => endJourney({ app, tablet, dir }), SETUP);

test('exports the bundle encrypted and opens it again with the passphrase', JOURNEY, async () => {
  const base = await createWorkshop(tablet, TITLE, SIGNER);
  await tablet.go(`${base}/report`);
  await tablet.keepDownloads();
  await tablet.tap('button', 'Versleuteld exporteren…');
  await tablet.type('Wachtwoordzin', PASSPHRASE, 'dialog[open]');
  await tablet.type('Wachtwoordzin nog een keer', PASSPHRASE, 'dialog[open]');
  await tablet.tap('button', 'Versleutelen en exporteren', 'dialog[open]');
  await tablet.see(/De versleutelde bundel is opgeslagen als ‘[^’]+\.deda\.jwe’ in je downloads\./);
  const [name] = await tablet.downloadNames();
  assert.match(name ?? '', /\.deda\.jwe$/);
  const bytes = await tablet.downloadBytes(0);
  const text = bytes.toString('utf8');
  assert.deepEqual(
    (({ alg, enc, p2c }) => ({ alg, enc, p2c }))(jose.decodeProtectedHeader(text)),
    { alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', p2c: 600_000 },
  );
  // WebKit's WebCrypto sealed it: jose opens it, and inside is the bundle the verifier checks.
  const { plaintext } = await jose.compactDecrypt(text, new TextEncoder().encode(PASSPHRASE), { keyManagementAlgorithms: ['PBES2-HS512+A256KW'], maxPBES2Count: 600_000 });
  assert.equal(JSON.parse(new TextDecoder().decode(plaintext)).payload.workshop.title, TITLE);
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const verdict = execFileSync(process.execPath, [join(ROOT, 'src/exchange/verify-command.mjs'), file, '--passphrase', PASSPHRASE], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(verdict.trim().split('\n').at(-1), 'OK', verdict);

  await tablet.go('/importeren');
  await tablet.heading(1, 'Workshop importeren');
  const input = await tablet.waitFor('the file picker', () => document.querySelector('input[type=file]'));
  await input.sendKeys(file);
  await tablet.heading(2, 'Dit bestand is versleuteld');
  await tablet.type('Wachtwoordzin', 'niet de goede wachtwoordzin');
  await tablet.tap('button', 'Openen');
  await tablet.see('Deze wachtwoordzin past niet bij dit bestand.');
  const field = await tablet.field('Wachtwoordzin');
  await field.clear();
  await field.sendKeys(PASSPHRASE);
  await tablet.tap('button', 'Openen');
  await tablet.see(SIGNER);
  await tablet.see('De handtekening klopt');
});
