// Journey: a facilitator sends a workshop encrypted. In the documentation step they choose to
// export it encrypted, are told that without the passphrase nobody can open it, are stopped
// when the passphrase is too short or typed differently twice, let the app make one, and get a
// .deda.jwe file that any JOSE library opens (jose here) and the verifier checks. On a fresh
// device the import screen recognises the file, asks for the passphrase, says so when it does
// not fit, and then shows the signed bundle's preview as for any bundle. A file that asks for
// absurd work is refused before the passphrase is even asked.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import type { Browser, Page } from '@playwright/test';
import * as jose from 'jose';
import { createWorkshop, expect, foreignRequests, test } from './support/fixtures';
import { ROOT } from './support/global-setup';

const dir = mkdtempSync(join(tmpdir(), 'deda-encrypted-e2e-'));
const SHOTS = process.env.E2E_SHOTS;
const TITLE = 'Bijstand en algoritmen';

async function openDocumentation(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Alle stappen' });
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole('navigation', { name: 'Stappen van de workshop' }).getByRole('link', { name: /^Verslag en export/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Verslag en export' })).toBeVisible();
}

async function freshDevice(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 820, height: 1180 }, hasTouch: true, locale: 'nl-NL' });
  return { context, page: await context.newPage() };
}

test('an encrypted bundle goes to another device and opens there only with its passphrase', async ({ page, app, browser, requests }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await createWorkshop(page, { title: TITLE, organisation: 'Gemeente Voorbeeld', facilitator: 'Zoë Ørsted-Çelik' });
  await openDocumentation(page);

  const bundleCard = page.locator('[data-choice="bundle"]');
  await bundleCard.getByRole('button', { name: 'Versleuteld exporteren…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bundel versleuteld exporteren' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Zonder de wachtwoordzin kan niemand dit bestand openen');
  const first = dialog.getByLabel('Wachtwoordzin', { exact: true });
  const again = dialog.getByLabel('Wachtwoordzin nog een keer');
  await expect(first).toHaveAttribute('type', 'password');

  // Too short, then typed differently: said at the field, and nothing is exported.
  await first.fill('kort genoeg');
  await again.fill('kort genoeg');
  await dialog.getByRole('button', { name: 'Versleutelen en exporteren' }).click();
  await expect(dialog.getByText('Deze wachtwoordzin is te kort: gebruik minstens 12 tekens.')).toBeVisible();
  await expect(first).toBeFocused();
  await first.fill('lang genoeg nu, echt');
  await dialog.getByRole('button', { name: 'Versleutelen en exporteren' }).click();
  await expect(dialog.getByText('De twee wachtwoordzinnen zijn niet gelijk.')).toBeVisible();
  await expect(again).toBeFocused();

  // The app makes one, shows it to be written down, and puts it in both fields.
  await dialog.getByRole('button', { name: 'Maak een wachtwoordzin voor mij' }).click();
  const shown = dialog.locator('[data-generated-passphrase]');
  await expect(shown).toHaveText(/^[a-z2-9]{4}(-[a-z2-9]{4}){4}$/);
  const passphrase = (await shown.textContent()) ?? '';
  await expect(first).toHaveValue(passphrase);
  await expect(again).toHaveValue(passphrase);
  await expectNoAxeViolations(page, 'encrypted export dialog');
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'export-dialog.png') });

  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Versleutelen en exporteren' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2} Bijstand en algoritmen\.deda\.jwe$/);
  const file = join(dir, 'sent.deda.jwe');
  await download.saveAs(file);
  await expect(dialog).toHaveCount(0);
  await expect(bundleCard.locator('[data-export-result="downloaded"][data-encrypted]')).toContainText('Zonder de wachtwoordzin gaat hij niet open.');

  // A standard JWE: jose opens it, and inside is the signed bundle, which the verifier checks.
  const text = readFileSync(file, 'utf8');
  expect(jose.decodeProtectedHeader(text)).toMatchObject({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', p2c: 600_000 });
  const inside = await jose.compactDecrypt(text, new TextEncoder().encode(passphrase), { maxPBES2Count: 600_000, keyManagementAlgorithms: ['PBES2-HS512+A256KW'] });
  const bundle = JSON.parse(new TextDecoder().decode(inside.plaintext)) as { format: string; payload: { workshop: { title: string } } };
  expect(bundle.format).toBe('deda-tafel/bundle');
  expect(bundle.payload.workshop.title).toBe(TITLE);
  const report = execFileSync('npm', ['run', '--silent', 'verify', '--', file, '--passphrase', passphrase], { cwd: ROOT, encoding: 'utf8' });
  expect(report).toContain('Signer:          Zoë Ørsted-Çelik');
  expect(report.trim().endsWith('OK')).toBe(true);

  // Another device: recognised, then the passphrase.
  const b = await freshDevice(browser, app.origin);
  await b.page.goto('/importeren');
  await b.page.locator('input[type=file]').setInputFiles(file);
  await expect(b.page.getByRole('heading', { name: 'Dit bestand is versleuteld' })).toBeVisible();
  const field = b.page.getByLabel('Wachtwoordzin', { exact: true });
  await expect(field).toBeFocused();
  await expectNoAxeViolations(b.page, 'passphrase prompt');
  await field.fill(`${passphrase}x`);
  await b.page.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(b.page.getByText('Deze wachtwoordzin past niet bij dit bestand.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toBeFocused();
  await expectNoAxeViolations(b.page, 'wrong passphrase');
  // A second wrong try: the same words, said again to screen readers.
  await field.fill(`${passphrase}y`);
  await b.page.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(b.page.locator('[data-announcer]')).toContainText('Deze wachtwoordzin past niet bij dit bestand.');
  if (SHOTS) await b.page.screenshot({ path: join(SHOTS, 'passphrase-wrong.png') });
  await field.fill(passphrase);
  await b.page.getByRole('button', { name: 'Openen', exact: true }).click();
  await expect(b.page.locator('[data-preview-title]')).toHaveText(TITLE);
  await expect(b.page.locator('[data-signer-name]')).toHaveText('Zoë Ørsted-Çelik');
  if (SHOTS) await b.page.screenshot({ path: join(SHOTS, 'after-passphrase.png') });
  await b.page.getByRole('button', { name: 'Importeren', exact: true }).click();
  await expect(b.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await b.context.close();

  expect(foreignRequests(requests, app.origin)).toEqual([]);
});

test('an encrypted file that asks for absurd work is refused before the passphrase is asked', async ({ page }) => {
  const good = await new jose.CompactEncrypt(new TextEncoder().encode('{}')).setProtectedHeader({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM' }).setKeyManagementParameters({ p2c: 1000 }).encrypt(new TextEncoder().encode('een lange wachtwoordzin'));
  const header = jose.decodeProtectedHeader(good);
  const hostile = [Buffer.from(JSON.stringify({ ...header, p2c: 900_000_000 })).toString('base64url'), ...good.split('.').slice(1)].join('.');
  const file = join(dir, 'hostile.deda.jwe');
  writeFileSync(file, hostile);
  await page.goto('/importeren');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.locator('[data-refusal="encrypted/too-costly"]')).toContainText('meer dan 2 miljoen PBKDF2-rondes');
  await expect(page.getByRole('heading', { name: 'Dit bestand is versleuteld' })).toHaveCount(0);
});
