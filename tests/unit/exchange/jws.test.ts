// Why: "anyone can check a bundle with a standard JOSE library" must be true, not claimed:
// our bundles verify with jose's flattenedVerify (b64 false), jose's signatures verify with
// ours, and our RFC 7638 thumbprint is jose's.
import * as jose from 'jose';
import { describe, expect, it } from 'vitest';
import { openBundle, createBundle } from '../../../src/exchange/bundle';
import { canonicalBytes, canonicalize } from '../../../src/exchange/canonical-json';
import { readProtectedHeader, signDetached, verifyDetached } from '../../../src/exchange/jws';
import { fingerprint, thumbprint } from '../../../src/exchange/signing-key';
import { NOW, decodeHeader, fileOf, key, pack, richGraph, signWithJose } from './support';

describe('JWS with an unencoded, detached payload', () => {
  it('a bundle made by the app verifies with jose', async () => {
    const k = await key();
    const made = await createBundle(await richGraph(), pack, k, { signer: 'Anne de Vries', appVersion: '1.2.3', now: NOW });
    if (!made.ok) throw new Error(made.refusal.kind);
    const { payload, signature } = made.bundle;
    const header = decodeHeader(signature.protected);
    expect(header).toMatchObject({ alg: 'ES256', b64: false, crit: ['b64'], kid: k.kid, signer: 'Anne de Vries', iat: Math.floor(NOW.getTime() / 1000) });
    const publicKey = await jose.importJWK(header.jwk as jose.JWK, 'ES256');
    const result = await jose.flattenedVerify({ payload: canonicalBytes(payload), protected: signature.protected, signature: signature.signature }, publicKey);
    expect(result.protectedHeader?.kid).toBe(k.kid);
    // and jose refuses it over a changed payload
    const changed = canonicalBytes({ ...payload, exportedAt: '2030-01-01T00:00:00.000Z' });
    await expect(jose.flattenedVerify({ payload: changed, protected: signature.protected, signature: signature.signature }, publicKey)).rejects.toThrow();
  });

  it('verifies as the example in docs/bundle-format.md does', async () => {
    const made = await createBundle(await richGraph(), pack, await key(), { signer: 'Anne de Vries', appVersion: '1.0.0', now: NOW });
    if (!made.ok) throw new Error(made.refusal.kind);
    const bundle = JSON.parse(made.json) as { payload: unknown; signature: { protected: string; signature: string } };
    const header = jose.decodeProtectedHeader(bundle.signature);
    expect(await jose.calculateJwkThumbprint(header.jwk as jose.JWK, 'sha256')).toBe(header.kid);
    const payload = new TextEncoder().encode(canonicalize(bundle.payload));
    const publicKey = await jose.importJWK(header.jwk as jose.JWK, 'ES256');
    const r = await jose.flattenedVerify({ payload, protected: bundle.signature.protected, signature: bundle.signature.signature }, publicKey, { algorithms: ['ES256'] });
    expect(r.protectedHeader?.signer).toBe('Anne de Vries');
  });

  it('a bundle signed by jose to our spec imports', async () => {
    const made = await createBundle(await richGraph(), pack, await key(), { signer: 'x', appVersion: '1.0.0', now: NOW });
    if (!made.ok) throw new Error(made.refusal.kind);
    const { bundle, kid } = await signWithJose(made.bundle.payload, { signer: 'Jose Tester', iat: 1_790_000_000 });
    const opened = await openBundle(fileOf(bundle));
    if (!opened.ok) throw new Error(JSON.stringify(opened.refusal));
    expect(opened.bundle.signer.name).toBe('Jose Tester');
    expect(opened.bundle.signer.kid).toBe(kid);
    expect(opened.bundle.signer.signedAt).toBe(new Date(1_790_000_000_000).toISOString());
  });

  it('computes the RFC 7638 thumbprint as jose does, and formats a readable fingerprint', async () => {
    const k = await key();
    expect(k.kid).toBe(await jose.calculateJwkThumbprint(k.publicJwk, 'sha256'));
    expect(await thumbprint(k.publicJwk)).toBe(k.kid);
    expect(fingerprint(k.kid)).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    // RFC 7638 section 3.1's own example is an RSA key; for EC we check the member order
    // rule directly: extra members never change the thumbprint.
    expect(await thumbprint({ ...k.publicJwk, d: 'secret', kid: 'x' } as typeof k.publicJwk)).toBe(k.kid);
  });

  it('keeps the private key out of reach', async () => {
    const k = await key();
    expect(k.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', k.privateKey)).rejects.toThrow();
  });

  it('refuses headers that ask for something else', async () => {
    const k = await key();
    const payload = new TextEncoder().encode('{"a":1}');
    const good = await signDetached(payload, k, { signer: 'A', at: NOW });
    expect((await verifyDetached(good, payload)).ok).toBe(true);
    const withHeader = (h: Record<string, unknown>) => ({ ...good, protected: Buffer.from(JSON.stringify({ ...decodeHeader(good.protected), ...h })).toString('base64url') });
    expect(readProtectedHeader(withHeader({ alg: 'none' }).protected)).toEqual({ ok: false, failure: 'signature-algorithm' });
    expect(readProtectedHeader(withHeader({ alg: 'HS256' }).protected)).toEqual({ ok: false, failure: 'signature-algorithm' });
    expect(readProtectedHeader(withHeader({ b64: true }).protected)).toEqual({ ok: false, failure: 'signature-critical' });
    expect(readProtectedHeader(withHeader({ crit: ['b64', 'exp'] }).protected)).toEqual({ ok: false, failure: 'signature-critical' });
    expect(readProtectedHeader(withHeader({ jwk: { kty: 'RSA', n: 'x', e: 'AQAB' } }).protected)).toEqual({ ok: false, failure: 'signature-key-invalid' });
    expect(readProtectedHeader('not-base64-json').ok).toBe(false);
    // a point that is not on the curve
    const offCurve = withHeader({ jwk: { ...k.publicJwk, y: k.publicJwk.x } });
    const r = await verifyDetached({ ...offCurve, protected: withHeader({ jwk: { ...k.publicJwk, y: k.publicJwk.x }, kid: await thumbprint({ ...k.publicJwk, y: k.publicJwk.x }) }).protected }, payload);
    expect(r).toEqual({ ok: false, failure: 'signature-key-invalid' });
  });
});
