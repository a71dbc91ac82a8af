// Why: `npm run verify -- FILE --passphrase P` must open an encrypted bundle and then check the
// inside exactly as an open bundle (same fingerprint and payload hash, same reasons); without
// the passphrase it must say the file is encrypted rather than call it broken; and it must say
// why an envelope is refused. Once through plain Node, as `npm run verify` runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBundle } from '../../../src/exchange/bundle';
import { sealBundle } from '../../../src/exchange/encrypted-file';
import { parseArgs, verifyCli } from '../../../src/exchange/verify-cli';
import { goodBundle } from './bad-files';
import { fileOf } from './support';

const dir = mkdtempSync(join(tmpdir(), 'deda-verify-jwe-'));
const root = join(__dirname, '../../..');
const PASS = 'drie gele fietsen';

async function run(text: string, ...args: string[]) {
  const file = join(dir, `f-${Math.random().toString(36).slice(2)}.deda.jwe`);
  writeFileSync(file, text);
  const lines: string[] = [];
  const code = await verifyCli([file, ...args], (l) => lines.push(l), (l) => lines.push(l));
  return { code, text: lines.join('\n') };
}

const sealed = async (bytes: Uint8Array, p2c = 1000) => sealBundle(bytes as Uint8Array<ArrayBuffer>, PASS, { p2c });

describe('npm run verify on an encrypted bundle', () => {
  it('opens it with the passphrase and checks the inside as the app does', async () => {
    const bytes = fileOf(await goodBundle());
    const app = await openBundle(bytes);
    if (!app.ok) throw new Error('fixture');
    const r = await run(await sealed(bytes), '--passphrase', PASS);
    expect(r.code).toBe(0);
    expect(r.text).toContain('Encrypted:       JWE PBES2-HS512+A256KW, A256GCM, 1000 PBKDF2 iterations (opened with the passphrase)');
    expect(r.text).toContain(`Fingerprint:     ${app.bundle.signer.fingerprint}`);
    expect(r.text).toContain(`Payload SHA-256: ${app.bundle.payloadSha256}`);
    expect(r.text.trim().endsWith('OK')).toBe(true);
    expect((await run(await sealed(bytes), `--passphrase=${PASS}`)).code).toBe(0);
  });

  it('says the file is encrypted when no passphrase is given', async () => {
    const r = await run(await sealed(fileOf(await goodBundle())));
    expect(r.code).toBe(2);
    expect(r.text).toContain('NOT CHECKED: the file is an encrypted bundle');
    expect(r.text).not.toContain('FAILED');
  });

  it('names a wrong passphrase, a damaged envelope and a changed bundle inside', async () => {
    const good = await goodBundle();
    const wrong = await run(await sealed(fileOf(good)), '--passphrase', 'drie gele fietsen.');
    expect(wrong.code).toBe(1);
    expect(wrong.text).toContain('FAILED: The passphrase does not fit this file.');
    expect(wrong.text).toContain('Reason code:     encrypted/wrong-passphrase');

    const text = await sealed(fileOf(good));
    const damaged = await run(`${text.slice(0, -6)}AAAAAA`, '--passphrase', PASS);
    expect(damaged.text).toContain('Reason code:     encrypted/damaged');

    // Encryption proves nothing about the author: a changed bundle inside is still refused.
    const changed = fileOf({ ...good, payload: { ...good.payload, exportedAt: '2030-01-01T00:00:00.000Z' } });
    const inside = await run(await sealed(changed), '--passphrase', PASS);
    expect(inside.code).toBe(1);
    expect(inside.text).toContain('Reason code:     signature/');

    const notBundle = await run(await sealed(new TextEncoder().encode('{"hello":"world"}')), '--passphrase', PASS);
    expect(notBundle.text).toContain('Reason code:     encrypted/not-a-bundle');
  });

  it('refuses a header asking for absurd work without the passphrase too', async () => {
    const text = await sealed(fileOf(await goodBundle()));
    const header = JSON.parse(Buffer.from(text.split('.')[0] as string, 'base64url').toString()) as Record<string, unknown>;
    const hostile = [Buffer.from(JSON.stringify({ ...header, p2c: 1e9 })).toString('base64url'), ...text.split('.').slice(1)].join('.');
    const r = await run(hostile);
    expect(r.code).toBe(1);
    expect(r.text).toContain('Reason code:     encrypted/too-costly');
  });

  it('reads its arguments in either order, and refuses a malformed line', () => {
    expect(parseArgs(['f.jwe', '--passphrase', 'x y'])).toEqual({ file: 'f.jwe', passphrase: 'x y' });
    expect(parseArgs(['--passphrase', 'x', 'f.jwe'])).toEqual({ file: 'f.jwe', passphrase: 'x' });
    expect(parseArgs(['f.json'])).toEqual({ file: 'f.json', passphrase: null });
    for (const bad of [[], ['f.jwe', '--passphrase'], ['a', 'b'], ['f', '--passphrase', 'a', '--passphrase', 'b'], ['--help']]) expect(parseArgs(bad), bad.join(' ')).toBeNull();
  });

  it('runs as `npm run verify -- FILE --passphrase P` with plain Node, at the real cost', async () => {
    const file = join(dir, 'real.deda.jwe');
    writeFileSync(file, await sealBundle(fileOf(await goodBundle()) as Uint8Array<ArrayBuffer>, PASS));
    const ok = spawnSync('npm', ['run', '--silent', 'verify', '--', file, '--passphrase', PASS], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('600000 PBKDF2 iterations');
    expect(ok.stdout.trim().endsWith('OK')).toBe(true);
    const locked = spawnSync('npm', ['run', '--silent', 'verify', '--', file], { cwd: root, encoding: 'utf8' });
    expect(locked.status).toBe(2);
    expect(locked.stdout).toContain('NOT CHECKED: the file is an encrypted bundle');
  }, 120_000);
});
