// Why: who signed a bundle is known by their public key. This module names the key types the
// exchange code passes around, makes a device key with WebCrypto (the private half can never
// be read back out, not even by the app), and derives the key's RFC 7638 thumbprint and the
// short fingerprint people read aloud to each other to compare keys over the phone.
import { base64url, utf8Encode } from './base64';
import { canonicalize } from './canonical-json';
import { sha256 } from './digest';

/** The public half of a P-256 key as a JWK: exactly the members a thumbprint is made of. */
export interface PublicJwk {
  readonly kty: 'EC';
  readonly crv: 'P-256';
  readonly x: string;
  readonly y: string;
}

/** A signing key the app can use: private half non-extractable, public half as a JWK. */
export interface SigningKey {
  readonly privateKey: CryptoKey;
  readonly publicJwk: PublicJwk;
  /** RFC 7638 thumbprint of publicJwk, base64url. */
  readonly kid: string;
  readonly createdAt: string;
}

export const ES256: EcKeyImportParams & EcdsaParams = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

const COORD = /^[A-Za-z0-9_-]{43}$/;

export function isPublicJwk(v: unknown): v is PublicJwk {
  if (typeof v !== 'object' || v === null) return false;
  const k = v as Record<string, unknown>;
  return k.kty === 'EC' && k.crv === 'P-256' && typeof k.x === 'string' && COORD.test(k.x) && typeof k.y === 'string' && COORD.test(k.y);
}

/** Only the four members that define the key: never `d`, never anything a file added. */
export function publicPart(jwk: PublicJwk): PublicJwk {
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/** RFC 7638: SHA-256 over the canonical JSON of the required members, base64url. */
export async function thumbprint(jwk: PublicJwk): Promise<string> {
  // For an EC key the required members are crv, kty, x, y; sorted and without whitespace,
  // which is exactly their RFC 8785 form.
  return base64url.encode(await sha256(utf8Encode(canonicalize(publicPart(jwk)))));
}

/**
 * The fingerprint people compare: the first 128 bits of the thumbprint as 32 hex digits in
 * eight groups of four ("3F9A 07C1 ..."). Hex reads unambiguously aloud in Dutch and English.
 */
export function fingerprint(kid: string): string {
  let bytes: Uint8Array;
  try {
    bytes = base64url.decode(kid);
  } catch {
    return '?';
  }
  const hex = Array.from(bytes.subarray(0, 16), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{1,4}/g)?.join(' ') ?? hex;
}

/** A new key pair; the private key cannot be exported from WebCrypto, by anyone. */
export async function generateSigningKey(now: string): Promise<SigningKey> {
  const pair = (await crypto.subtle.generateKey(ES256, false, ['sign', 'verify'])) as CryptoKeyPair;
  const exported = await crypto.subtle.exportKey('jwk', pair.publicKey);
  if (!isPublicJwk(exported)) throw new Error('WebCrypto returned an unexpected public key');
  const publicJwk = publicPart(exported);
  return { privateKey: pair.privateKey, publicJwk, kid: await thumbprint(publicJwk), createdAt: now };
}

export async function importPublicKey(jwk: PublicJwk): Promise<CryptoKey> {
  return crypto.subtle.importKey('jwk', { ...publicPart(jwk), ext: true }, ES256, true, ['verify']);
}
