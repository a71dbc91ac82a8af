// Why: the command-line verifier must agree with the app: OK with the fingerprint and the
// payload hash for a good bundle, the app's own reason and exit code 1 for a bad one, and it
// must really run with plain Node (built from the same modules), as `npm run verify` does.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBundle } from '../../../src/exchange/bundle';
import { backupJson } from '../../../src/exchange/backup';
import { packHash } from '../../../src/exchange/pack-hash';
import { verifyCli } from '../../../src/exchange/verify-cli';
import { badFiles, goodBundle } from './bad-files';
import { fileOf } from './support';

const dir = mkdtempSync(join(tmpdir(), 'deda-verify-'));
const root = join(__dirname, '../../..');

async function run(bytes: Uint8Array) {
  const file = join(dir, `f-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, bytes);
  const lines: string[] = [];
  const code = await verifyCli([file], (l) => lines.push(l), (l) => lines.push(l));
  return { code, text: lines.join('\n') };
}

describe('npm run verify', () => {
  it('prints signer, fingerprint, payload hash and OK for a good bundle, agreeing with the app', async () => {
    const good = await goodBundle();
    const app = await openBundle(fileOf(good));
    if (!app.ok) throw new Error('fixture');
    const { code, text } = await run(fileOf(good));
    expect(code).toBe(0);
    expect(text).toContain(`Signer:          Anne de Vries`);
    expect(text).toContain(`Fingerprint:     ${app.bundle.signer.fingerprint}`);
    expect(text).toContain(`Payload SHA-256: ${app.bundle.payloadSha256}`);
    // The question set, with its licence (the fixture's names none) and content hash.
    expect(text).toContain(`Question set:    ${app.bundle.pack.id} ${app.bundle.pack.version}, licence: ${app.bundle.pack.licence ?? '(not named in the set)'}`);
    expect(text).toContain(`Set SHA-256:     ${await packHash(app.bundle.pack)}`);
    expect(text.trim().endsWith('OK')).toBe(true);
  });

  it('names the reason and fails for each bad file', async () => {
    for (const bad of (await badFiles()).filter((b) => b.refusal !== 'too-large')) {
      const { code, text } = await run(bad.bytes);
      expect(code, bad.name).toBe(1);
      expect(text, bad.name).toMatch(/FAILED( \(workshop \d+ in the backup\))?: \S/);
      expect(text, bad.name).toContain(`Reason code:     ${bad.refusal}`);
      // The reason names the field, as the app does.
      if (bad.path) expect(text, bad.name).toContain(`‘${bad.path}’`);
      expect(text, bad.name).not.toContain('\nOK');
    }
    // Some thirty files through the command, one after another: seconds on a loaded machine.
  }, 60_000);

  it('checks every workshop in a backup', async () => {
    const a = JSON.stringify(await goodBundle());
    const ok = await run(new TextEncoder().encode(backupJson([a, JSON.stringify(await goodBundle())], { createdAt: '2026-11-29T10:00:00.000Z', appVersion: '1.0.0' })));
    expect(ok.code).toBe(0);
    expect(ok.text).toContain('2 workshops');
    const tampered = a.replace('"Anne de Vries"', '"Anne de Vries"').replace('Slimme vuilcontainers', 'Slimme vuilcontainerz');
    const bad = await run(new TextEncoder().encode(backupJson([JSON.stringify(await goodBundle()), tampered], { createdAt: '2026-11-29T10:00:00.000Z', appVersion: '1.0.0' })));
    expect(bad.code).toBe(1);
    expect(bad.text).toContain('FAILED (workshop 2 in the backup)');
  });

  it('explains its use and exits 2 without a file', async () => {
    const lines: string[] = [];
    expect(await verifyCli([], () => undefined, (l) => lines.push(l))).toBe(2);
    expect(lines[0]).toContain('npm run verify -- FILE');
  });

  it('runs as `npm run verify` with plain Node', async () => {
    const goodFile = join(dir, 'good.deda.json');
    writeFileSync(goodFile, fileOf(await goodBundle()));
    const out = execFileSync('npm', ['run', '--silent', 'verify', '--', goodFile], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/Fingerprint: +([0-9A-F]{4} ){7}[0-9A-F]{4}/);
    expect(out.trim().endsWith('OK')).toBe(true);

    const badFile = join(dir, 'bad.deda.json');
    const good = await goodBundle();
    writeFileSync(badFile, JSON.stringify({ ...good, payload: { ...good.payload, exportedAt: '2030-01-01T00:00:00.000Z' } }));
    let status = 0;
    let stdout = '';
    try {
      execFileSync('npm', ['run', '--silent', 'verify', '--', badFile], { cwd: root, encoding: 'utf8' });
    } catch (e) {
      status = (e as { status: number }).status;
      stdout = (e as { stdout: string }).stdout;
    }
    expect(status).toBe(1);
    expect(stdout).toContain('FAILED: The signature does not match');

    // The files that used to end in a stack trace: their own reason, no trace, exit code 1.
    for (const [name, code] of [
      ['a signed iat of 1e300', 'signature/signature-time'],
      ['a lone surrogate escaped in a note', 'lone-surrogate'],
    ] as const) {
      const bad = (await badFiles()).find((b) => b.name === name);
      if (!bad) throw new Error(`no bad file ${name}`);
      const path = join(dir, `${code.replace('/', '-')}.deda.json`);
      writeFileSync(path, bad.bytes);
      const r = spawnSync('npm', ['run', '--silent', 'verify', '--', path], { cwd: root, encoding: 'utf8' });
      expect(r.status, name).toBe(1);
      expect(r.stdout, name).toContain(`Reason code:     ${code}`);
      expect(`${r.stdout}${r.stderr}`, name).not.toMatch(/\n\s+at |Error:/);
    }
  }, 120_000);
});
