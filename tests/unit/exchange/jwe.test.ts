// Why: the encrypted bundle is only "standard" if an independent JOSE library agrees: our JWE
// must open with `jose`, a JWE that `jose` makes must open with ours, and every way a file can
// be wrong (the passphrase, a changed byte anywhere, an algorithm we do not take, an iteration
// count meant to freeze the tablet) must be refused with its own reason, the last one before
// any key is derived.
import * as jose from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { base64url } from '../../../src/exchange/base64';
import { JWE_ALG, JWE_ENC, MAX_P2C, P2C, looksLikeJwe, openJwe, parseJwe, passphraseBytes, sealJwe, type JweEnvelope } from '../../../src/exchange/jwe';

const PASS = 'zeven kleine olifanten';
const FAST = 1000; // iterations for tests where the count does not matter
const enc = new TextEncoder();
const plain = enc.encode('{"format":"deda-tafel/bundle","formatVersion":1,"payload":{"tekst":"één café ✓"}}');

afterEach(() => vi.restoreAllMocks());

function envelope(text: string): JweEnvelope {
  const p = parseJwe(text);
  if (!p.ok) throw new Error(`not parsed: ${p.failure}`);
  return p.envelope;
}

async function open(text: string, passphrase = PASS) {
  const p = parseJwe(text);
  return p.ok ? openJwe(p.envelope, passphrase) : p;
}

/** A compact JWE with one part (0 = header … 4 = tag) replaced. */
function withPart(text: string, index: number, f: (part: string) => string): string {
  const parts = text.split('.');
  parts[index] = f(parts[index] as string);
  return parts.join('.');
}

/** Flips one bit in the middle of a base64url part, keeping it valid base64url. */
function flip(part: string): string {
  const bytes = base64url.decode(part);
  const i = Math.floor(bytes.length / 2);
  bytes[i] = (bytes[i] as number) ^ 1;
  return base64url.encode(bytes);
}

function headerOf(text: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(text.split('.')[0] as string, 'base64url').toString()) as Record<string, unknown>;
}

function withHeader(text: string, header: Record<string, unknown>): string {
  return withPart(text, 0, () => Buffer.from(JSON.stringify(header)).toString('base64url'));
}

describe('our JWE, opened by jose', () => {
  it('decrypts to the exact bytes, with the documented algorithms and count (compact)', async () => {
    const text = await sealJwe(plain, PASS);
    const r = await jose.compactDecrypt(text, passphraseBytes(PASS), { maxPBES2Count: P2C, keyManagementAlgorithms: [JWE_ALG], contentEncryptionAlgorithms: [JWE_ENC] });
    expect(new Uint8Array(r.plaintext)).toEqual(plain);
    expect(r.protectedHeader).toMatchObject({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM', p2c: 600_000 });
    expect(base64url.decode(r.protectedHeader.p2s as string)).toHaveLength(16);
  });

  it('is refused by jose with a wrong passphrase', async () => {
    const text = await sealJwe(plain, PASS, { p2c: FAST });
    await expect(jose.compactDecrypt(text, passphraseBytes('zeven kleine olifant'))).rejects.toThrow();
  });

  it('salts and encrypts afresh every time', async () => {
    const [a, b] = [await sealJwe(plain, PASS, { p2c: FAST }), await sealJwe(plain, PASS, { p2c: FAST })];
    expect(headerOf(a).p2s).not.toBe(headerOf(b).p2s);
    expect(a.split('.')[3]).not.toBe(b.split('.')[3]);
  });
});

describe("jose's JWE, opened by ours", () => {
  it('opens a compact JWE', async () => {
    const text = await new jose.CompactEncrypt(plain).setProtectedHeader({ alg: JWE_ALG, enc: JWE_ENC }).setKeyManagementParameters({ p2c: 3000 }).encrypt(passphraseBytes(PASS));
    const r = await open(text);
    expect(r).toEqual({ ok: true, plaintext: plain });
  });

  it('opens a flattened JSON JWE, with additional data and an unprotected header', async () => {
    const jwe = await new jose.FlattenedEncrypt(plain)
      .setProtectedHeader({ enc: JWE_ENC })
      .setSharedUnprotectedHeader({ alg: JWE_ALG })
      .setAdditionalAuthenticatedData(enc.encode('extra'))
      .setKeyManagementParameters({ p2c: 3000 })
      .encrypt(passphraseBytes(PASS));
    const text = JSON.stringify(jwe);
    expect(looksLikeJwe(text)).toBe(true);
    expect(await open(text)).toEqual({ ok: true, plaintext: plain });
    // The additional data is authenticated too.
    expect(await open(JSON.stringify({ ...jwe, aad: base64url.encode(enc.encode('other')) }))).toEqual({ ok: false, failure: 'damaged' });
  });

  it('takes the passphrase as NFC, whichever form it was typed in', async () => {
    const text = await sealJwe(plain, 'cafe\u0301 met vrienden', { p2c: FAST });
    expect((await open(text, 'caf\u00e9 met vrienden')).ok).toBe(true);
  });
});

describe('refusals', () => {
  it('a wrong passphrase says so', async () => {
    const text = await sealJwe(plain, PASS, { p2c: FAST });
    expect(await open(text, 'zeven kleine olifanten!')).toEqual({ ok: false, failure: 'wrong-passphrase' });
    expect(await open(text, '')).toEqual({ ok: false, failure: 'wrong-passphrase' });
  });

  it('a changed ciphertext, tag or authenticated header is damage', async () => {
    const text = await sealJwe(plain, PASS, { p2c: FAST });
    expect(await open(withPart(text, 3, flip))).toEqual({ ok: false, failure: 'damaged' });
    expect(await open(withPart(text, 4, flip))).toEqual({ ok: false, failure: 'damaged' });
    // A header member that takes no part in deriving the key: only the tag can notice it.
    expect(await open(withHeader(text, { ...headerOf(text), cty: 'text/plain' }))).toEqual({ ok: false, failure: 'damaged' });
    // The IV: another nonce gives another keystream and tag.
    expect(await open(withPart(text, 2, flip))).toEqual({ ok: false, failure: 'damaged' });
  });

  it('a changed salt, count or wrapped key no longer unwraps', async () => {
    const text = await sealJwe(plain, PASS, { p2c: FAST });
    const h = headerOf(text);
    expect(await open(withHeader(text, { ...h, p2c: FAST + 1 }))).toEqual({ ok: false, failure: 'wrong-passphrase' });
    expect(await open(withHeader(text, { ...h, p2s: flip(h.p2s as string) }))).toEqual({ ok: false, failure: 'wrong-passphrase' });
    expect(await open(withPart(text, 1, flip))).toEqual({ ok: false, failure: 'wrong-passphrase' });
  });

  it('other algorithms, compression and critical extensions are not taken', async () => {
    const text = await sealJwe(plain, PASS, { p2c: FAST });
    const h = headerOf(text);
    for (const change of [{ alg: 'PBES2-HS256+A128KW' }, { alg: 'dir' }, { enc: 'A128GCM' }, { enc: 'A256CBC-HS512' }, { zip: 'DEF' }, { crit: ['exp'], exp: 1 }]) {
      expect(parseJwe(withHeader(text, { ...h, ...change })), JSON.stringify(change)).toEqual({ ok: false, failure: 'unsupported' });
    }
    expect(parseJwe(JSON.stringify({ recipients: [], ciphertext: 'AA', iv: 'AA', tag: 'AA', protected: text.split('.')[0] }))).toEqual({ ok: false, failure: 'unsupported' });
  });

  it('malformed files are damage, never a crash', async () => {
    const text = await sealJwe(plain, PASS, { p2c: FAST });
    const h = headerOf(text);
    const cases = [
      text.split('.').slice(0, 4).join('.'),
      `${text}.AAAA`,
      withPart(text, 0, () => 'eyJub3QganNvbg'),
      withPart(text, 2, () => 'AAAA'), // an IV of 3 bytes
      withPart(text, 4, (t) => t.slice(0, 10)),
      withPart(text, 1, (t) => t.slice(0, 20)),
      withPart(text, 3, (t) => `${t}*`),
      withHeader(text, { ...h, p2c: '1000' }),
      withHeader(text, { ...h, p2c: 0 }),
      withHeader(text, { ...h, p2c: 1.5 }),
      withHeader(text, { ...h, p2s: 'AAAA' }), // a salt of 3 bytes
      '{"protected":"eyJ9","iv":1}',
      '{"ciphertext":"AA","iv":"AA","tag":"AA","extra":1}',
    ];
    for (const c of cases) expect(parseJwe(c), c.slice(0, 80)).toEqual({ ok: false, failure: 'damaged' });
  });

  it('an absurd iteration count is refused while parsing, before any key is derived', async () => {
    const derive = vi.spyOn(crypto.subtle, 'deriveKey');
    const text = await sealJwe(plain, PASS, { p2c: FAST });
    derive.mockClear();
    const h = headerOf(text);
    expect(parseJwe(withHeader(text, { ...h, p2c: MAX_P2C + 1 }))).toEqual({ ok: false, failure: 'too-costly' });
    expect(parseJwe(withHeader(text, { ...h, p2c: 1e15 }))).toEqual({ ok: false, failure: 'too-costly' });
    expect(parseJwe(withHeader(text, { ...h, p2c: MAX_P2C })).ok).toBe(true);
    expect(derive).not.toHaveBeenCalled();
  });
});

describe('recognising a JWE by its structure', () => {
  it('knows both serializations and no bundle or backup', async () => {
    const text = await sealJwe(plain, PASS, { p2c: FAST });
    expect(looksLikeJwe(text.slice(0, 200))).toBe(true);
    expect(looksLikeJwe(`\n${text.slice(0, 200)}`)).toBe(true);
    expect(looksLikeJwe('{ "ciphertext": "x"')).toBe(true);
    expect(looksLikeJwe('{"format":"deda-tafel/bundle","formatVersion":1')).toBe(false);
    expect(looksLikeJwe('{"format":"deda-tafel/backup"')).toBe(false);
    expect(looksLikeJwe('{"payload":{}}')).toBe(false);
    expect(looksLikeJwe('hello. world')).toBe(false);
    expect(envelope(text).header.p2c).toBe(FAST);
  });
});
