// Why: the signature of a bundle is a JWS (RFC 7515) in flattened JSON serialization with
// an unencoded, detached payload (RFC 7797: b64 false, crit ["b64"]), algorithm ES256. The
// payload bytes are the RFC 8785 canonical form of the bundle's `payload`, so any standard
// JOSE library can check a bundle: docs/bundle-format.md shows how. The protected header
// carries the signer's public key (jwk), its RFC 7638 thumbprint (kid), the signing time (iat,
// seconds since 1970 as in RFC 7519) and the signer's display name (signer).
import { base64url, utf8Decode, utf8Encode } from './base64';
import { ES256, importPublicKey, isPublicJwk, publicPart, thumbprint, type PublicJwk, type SigningKey } from './signing-key';

/** The `signature` member of a bundle: a flattened JWS JSON object without its payload. */
export interface DetachedJws {
  readonly protected: string;
  readonly signature: string;
}

export interface ProtectedHeader {
  readonly alg: 'ES256';
  readonly b64: false;
  readonly crit: readonly ['b64'];
  readonly kid: string;
  readonly jwk: PublicJwk;
  /** Signing time, NumericDate (seconds). */
  readonly iat: number;
  /** The signer's display name as they chose it on their device. */
  readonly signer: string;
}

export const MAX_SIGNER_NAME = 120;

export type JwsFailure =
  | 'signature-malformed'
  | 'signature-algorithm'
  | 'signature-critical'
  | 'signature-key-invalid'
  | 'signature-key-id'
  | 'signature-invalid'
  /** The header's jwk holds a private part (d, or an RSA/symmetric secret): the key is spent. */
  | 'signature-key-private'
  /** iat is a number but no moment a date can hold (negative, fractional, past the year 275760). */
  | 'signature-time';

/** JWK members that hold a secret (RFC 7518 6.2.2, 6.3.2, 6.4.1): never in a public header. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k', 'oth'] as const;

/** The latest moment a JavaScript Date can hold, in NumericDate seconds (ECMA-262 21.4.1.22). */
const MAX_IAT = 8.64e12;

export type JwsCheck =
  /** payloadBytes: the signed payload bytes (so callers need not encode them again). */
  | { readonly ok: true; readonly header: ProtectedHeader; readonly payloadBytes: Uint8Array }
  | { readonly ok: false; readonly failure: JwsFailure };

/**
 * RFC 7797 section 3: ASCII(BASE64URL(UTF8(header))) || '.' || payload, the payload unencoded.
 * A payload given as text is taken as its UTF-8 bytes, encoded together with the header in
 * one pass (the header is ASCII, so the result is the same bytes without a copy).
 */
function signingInput(protectedB64: string, payload: Uint8Array | string): { input: Uint8Array<ArrayBuffer>; payloadStart: number } {
  const payloadStart = protectedB64.length + 1;
  if (typeof payload === 'string') return { input: utf8Encode(`${protectedB64}.${payload}`) as Uint8Array<ArrayBuffer>, payloadStart };
  const head = utf8Encode(`${protectedB64}.`);
  const input = new Uint8Array(head.length + payload.length);
  input.set(head, 0);
  input.set(payload, head.length);
  return { input, payloadStart };
}

export async function signDetached(payload: Uint8Array | string, key: SigningKey, opts: { signer: string; at: Date }): Promise<DetachedJws> {
  const header: ProtectedHeader = {
    alg: 'ES256',
    b64: false,
    crit: ['b64'],
    kid: key.kid,
    jwk: publicPart(key.publicJwk),
    iat: Math.floor(opts.at.getTime() / 1000),
    signer: opts.signer.slice(0, MAX_SIGNER_NAME),
  };
  const protectedB64 = base64url.encode(utf8Encode(JSON.stringify(header)));
  // WebCrypto's ECDSA signature is r || s (64 bytes for P-256): exactly JOSE's form (RFC 7518 3.4).
  const sig = await crypto.subtle.sign(ES256, key.privateKey, signingInput(protectedB64, payload).input);
  return { protected: protectedB64, signature: base64url.encode(new Uint8Array(sig)) };
}

/** Reads and checks the protected header; nothing in it is trusted until verify succeeds. */
export function readProtectedHeader(protectedB64: string): { ok: true; header: ProtectedHeader } | { ok: false; failure: JwsFailure } {
  let raw: unknown;
  try {
    raw = JSON.parse(utf8Decode(base64url.decode(protectedB64)));
  } catch {
    return { ok: false, failure: 'signature-malformed' };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, failure: 'signature-malformed' };
  const h = raw as Record<string, unknown>;
  if (h.alg !== 'ES256') return { ok: false, failure: 'signature-algorithm' };
  // RFC 7515 4.1.11: every name in crit must be understood; we understand b64 only, and RFC
  // 7797 requires it to be listed there when b64 is false.
  if (!Array.isArray(h.crit) || h.crit.length !== 1 || h.crit[0] !== 'b64' || h.b64 !== false) return { ok: false, failure: 'signature-critical' };
  // A secret in the header means whoever has the file can sign as this key: say so, apart
  // from a key that is merely broken.
  if (typeof h.jwk === 'object' && h.jwk !== null && PRIVATE_JWK_MEMBERS.some((m) => Object.hasOwn(h.jwk as object, m))) return { ok: false, failure: 'signature-key-private' };
  if (!isPublicJwk(h.jwk)) return { ok: false, failure: 'signature-key-invalid' };
  if (typeof h.kid !== 'string' || typeof h.iat !== 'number') return { ok: false, failure: 'signature-malformed' };
  if (!Number.isInteger(h.iat) || h.iat < 0 || h.iat > MAX_IAT) return { ok: false, failure: 'signature-time' };
  if (typeof h.signer !== 'string' || h.signer.length > MAX_SIGNER_NAME) return { ok: false, failure: 'signature-malformed' };
  return {
    ok: true,
    header: { alg: 'ES256', b64: false, crit: ['b64'], kid: h.kid, jwk: publicPart(h.jwk), iat: h.iat, signer: h.signer },
  };
}

/** Verifies a detached JWS over the payload bytes with the key the header carries. */
export async function verifyDetached(jws: DetachedJws, payload: Uint8Array | string): Promise<JwsCheck> {
  const read = readProtectedHeader(jws.protected);
  if (!read.ok) return { ok: false, failure: read.failure };
  const { header } = read;
  if ((await thumbprint(header.jwk)) !== header.kid) return { ok: false, failure: 'signature-key-id' };
  let key: CryptoKey;
  try {
    key = await importPublicKey(header.jwk);
  } catch {
    // Coordinates that are not a point on the curve.
    return { ok: false, failure: 'signature-key-invalid' };
  }
  let sig: Uint8Array;
  try {
    sig = base64url.decode(jws.signature);
  } catch {
    return { ok: false, failure: 'signature-malformed' };
  }
  if (sig.length !== 64) return { ok: false, failure: 'signature-malformed' };
  const { input, payloadStart } = signingInput(jws.protected, payload);
  const good = await crypto.subtle.verify(ES256, key, sig as Uint8Array<ArrayBuffer>, input);
  return good ? { ok: true, header, payloadBytes: input.subarray(payloadStart) } : { ok: false, failure: 'signature-invalid' };
}

export function isDetachedJws(v: unknown): v is DetachedJws {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const j = v as Record<string, unknown>;
  return typeof j.protected === 'string' && typeof j.signature === 'string';
}
