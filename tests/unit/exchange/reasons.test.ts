// Why: each refusal must name its real cause. These files used to get another file's reason
// ("no valid JSON", "version") or crash the checks: a signing time no date can hold, a secret
// key part in the header, 70 MB of junk that begins like a backup, a check that fails
// unexpectedly. And the nesting limit the screen names is the one enforced, and the one the
// format documentation gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_DEPTH, backupJson, openFile } from '../../../src/exchange/backup';
import { LIMITS } from '../../../src/exchange/bundle-schema';
import { readProtectedHeader } from '../../../src/exchange/jws';
import { refusalMessage } from '../../../src/exchange/refusal';
import { readImportFile } from '../../../src/features/exchange/import-flow';
import { refusalText } from '../../../src/features/exchange/tx';
import { initI18n, loadNamespaces, setLang } from '../../../src/i18n/i18n';
import { goodBundle, junkBackup } from './bad-files';
import { NOW, decodeHeader, key, signedWithHeader } from './support';

const enc = (s: string) => new TextEncoder().encode(s);
const nested = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;

beforeAll(async () => {
  await initI18n();
  await loadNamespaces(['exchange']);
});

describe('a secret in the signature header', () => {
  it('is refused with its own reason for every private JWK member', async () => {
    const k = await key();
    const good = await signedWithHeader((await goodBundle()).payload, {}, k);
    const header = decodeHeader(good.signature.protected);
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) {
      const b64 = Buffer.from(JSON.stringify({ ...header, jwk: { ...k.publicJwk, [member]: 'c2VjcmV0' } })).toString('base64url');
      expect(readProtectedHeader(b64), member).toEqual({ ok: false, failure: 'signature-key-private' });
    }
    expect(readProtectedHeader(good.signature.protected).ok).toBe(true);
  });
});

describe('the signing time', () => {
  it('must be a whole number of seconds a date can hold', async () => {
    const k = await key();
    const header = decodeHeader((await signedWithHeader((await goodBundle()).payload, {}, k)).signature.protected);
    const withIat = (iat: unknown) => readProtectedHeader(Buffer.from(JSON.stringify({ ...header, iat })).toString('base64url'));
    expect(withIat(8.64e12).ok).toBe(true); // the last moment a Date holds: 13 September 275760
    for (const iat of [1e300, 8.64e12 + 1, -1, 1.5]) expect(withIat(iat), String(iat)).toEqual({ ok: false, failure: 'signature-time' });
    expect(withIat('1790000000')).toEqual({ ok: false, failure: 'signature-malformed' });
  });
});

describe('junk that begins like a backup', () => {
  it('is “not a backup”, never a version problem, at 70 MB too', async () => {
    for (const shape of ['json', 'not-json'] as const) {
      const r = await openFile(junkBackup(70 * 1024 * 1024, shape));
      expect(r, shape).toEqual({ ok: false, refusal: { kind: 'not-a-backup' } });
    }
  }, 60_000);

  it('a real backup of a later version still says it is newer', async () => {
    const text = backupJson([JSON.stringify(await goodBundle())], { createdAt: NOW.toISOString(), appVersion: '1.0.0' }).replace('"formatVersion":1', '"formatVersion":3');
    expect(await openFile(enc(text))).toEqual({ ok: false, refusal: { kind: 'version-newer', version: 3 } });
  });
});

describe('the nesting limit', () => {
  it('is the bundle’s for a bundle and two more for a backup, as the screen and the docs say', async () => {
    const bundle = JSON.stringify(await goodBundle());
    // A bundle's object is one level; n more inside it make 1 + n.
    const deepBundle = bundle.replace('"format":', `"deep":${nested(LIMITS.depth)},"format":`);
    expect(await openFile(enc(deepBundle))).toEqual({ ok: false, refusal: { kind: 'too-deep', limit: LIMITS.depth } });
    const justBundle = bundle.replace('"format":', `"deep":${nested(LIMITS.depth - 1)},"format":`);
    const just = await openFile(enc(justBundle));
    expect(just.ok ? 'opened' : just.refusal.kind).not.toBe('too-deep'); // (refused later: an unknown member)

    const backup = backupJson([bundle], { createdAt: NOW.toISOString(), appVersion: '1.0.0' });
    const deepBackup = backup.replace('"bundles":', `"deep":${nested(BACKUP_DEPTH)},"bundles":`);
    expect(await openFile(enc(deepBackup))).toEqual({ ok: false, refusal: { kind: 'too-deep', limit: BACKUP_DEPTH } });
    expect(BACKUP_DEPTH).toBe(LIMITS.depth + 2);

    await setLang('nl');
    expect(refusalText({ kind: 'too-deep', limit: LIMITS.depth })).toContain(`${LIMITS.depth} lagen`);
    const docs = readFileSync(join(__dirname, '../../../docs/bundle-format.md'), 'utf8');
    expect(docs).toContain(`deeper than ${LIMITS.depth} levels`);
    expect(docs).toContain(`${BACKUP_DEPTH} for a backup`);
  });
});

describe('a check that fails unexpectedly', () => {
  it('is refused as “could not be checked”, with the error’s words, never as bad JSON', async () => {
    const broken = new Blob(['{}']);
    Object.defineProperty(broken, 'arrayBuffer', { value: () => Promise.reject(new DOMException('The file is gone.', 'NotReadableError')) });
    const r = await readImportFile(broken);
    expect(r).toEqual({ ok: false, refusal: { kind: 'check-failed', detail: 'NotReadableError: The file is gone.' } });
    if (r.ok) return;
    for (const lang of ['nl', 'en'] as const) {
      await setLang(lang);
      expect(refusalText(r.refusal)).toContain('NotReadableError: The file is gone.');
    }
    expect(refusalMessage({ kind: 'lone-surrogate', key: 'text' })).toEqual({ key: 'refusal.lone-surrogate', values: { key: 'text' } });
  });
});
