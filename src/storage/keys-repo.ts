// Why: this device's signing key, its signer's display name and the signers it trusts are
// device records in the settings table. The key is made with WebCrypto on first use; its
// private half is a non-extractable CryptoKey that IndexedDB stores as it is (structured
// clone), so not even the app can read it back out. Private windows in WebKit cannot store a
// CryptoKey (DataCloneError): then the key lives for this session only and the screens say so.
// With vaults, the name and the trusted signers are the open organisation's own (`ownSetting`);
// the key stays the device's.
import { fingerprint, generateSigningKey, isPublicJwk, type PublicJwk, type SigningKey } from '../exchange/signing-key';
import { nowIso } from '../domain/time';
import { plainText } from '../domain/plain-text';
import { db } from './db';
import { ownSetting } from './vault';
import { write, type WriteResult } from './write';

const KEY = 'signing-key';
const NAME = 'signer-name';
const TRUSTED = 'trusted-signer:';

export type DeviceKey =
  | { readonly kind: 'stored'; readonly key: SigningKey }
  /** The browser refused to store the key: it signs for this session, a new one comes next time. */
  | { readonly kind: 'session-only'; readonly key: SigningKey };

export interface TrustedSigner {
  readonly kid: string;
  readonly name: string;
  readonly jwk: PublicJwk;
  readonly addedAt: string;
}

let sessionKey: SigningKey | null = null;

function isSigningKey(v: unknown): v is SigningKey {
  if (typeof v !== 'object' || v === null) return false;
  const k = v as Record<string, unknown>;
  return typeof CryptoKey !== 'undefined' && k.privateKey instanceof CryptoKey && isPublicJwk(k.publicJwk) && typeof k.kid === 'string' && typeof k.createdAt === 'string';
}

function isDataCloneError(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && typeof x === 'object' && i < 5; x = (x as { inner?: unknown }).inner, i++) if ((x as { name?: unknown }).name === 'DataCloneError') return true;
  return false;
}

/** The device key if there is one; never makes one. */
export async function readDeviceKey(): Promise<DeviceKey | null> {
  const row = await db().settings.get(KEY);
  if (row && isSigningKey(row.value)) return { kind: 'stored', key: row.value };
  return sessionKey ? { kind: 'session-only', key: sessionKey } : null;
}

async function storeNewKey(): Promise<DeviceKey> {
  const key = await generateSigningKey(nowIso());
  try {
    await db().transaction('rw', db().settings, () => db().settings.put({ key: KEY, value: key }));
    sessionKey = null;
    return { kind: 'stored', key };
  } catch (e) {
    if (!isDataCloneError(e)) throw e;
    sessionKey = key;
    return { kind: 'session-only', key };
  }
}

/** The device key, made now if this is the first time it is needed. */
export async function ensureDeviceKey(): Promise<WriteResult<DeviceKey>> {
  const existing = await readDeviceKey();
  if (existing) return { ok: true, value: existing };
  return write(storeNewKey);
}

/** Replaces the device key. Bundles signed with the old key stay verifiable: the key travels in them. */
export function makeNewDeviceKey(): Promise<WriteResult<DeviceKey>> {
  return write(storeNewKey);
}

export async function readSignerName(): Promise<string> {
  const row = await db().settings.get(ownSetting(NAME));
  return typeof row?.value === 'string' ? row.value : '';
}

export function saveSignerName(name: string): Promise<WriteResult<void>> {
  return write(async () => {
    await db().transaction('rw', db().settings, () => db().settings.put({ key: ownSetting(NAME), value: plainText(name).trim() }));
  });
}

function isTrustedSigner(v: unknown): v is TrustedSigner {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s.kid === 'string' && typeof s.name === 'string' && isPublicJwk(s.jwk) && typeof s.addedAt === 'string';
}

export async function listTrustedSigners(): Promise<(TrustedSigner & { fingerprint: string })[]> {
  const rows = await db().settings.where('key').startsWith(TRUSTED).toArray();
  return rows
    .map((r) => r.value)
    .filter(isTrustedSigner)
    .map((s) => ({ ...s, fingerprint: fingerprint(s.kid) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function isTrusted(kid: string): Promise<boolean> {
  return (await db().settings.get(ownSetting(`${TRUSTED}${kid}`))) !== undefined;
}

/** The settings row that remembers a signer; also written inside an import's transaction. */
export function trustedSignerRow(signer: Omit<TrustedSigner, 'addedAt'>): { key: string; value: TrustedSigner } {
  return { key: ownSetting(`${TRUSTED}${signer.kid}`), value: { kid: signer.kid, name: signer.name, jwk: signer.jwk, addedAt: nowIso() } };
}

export function trustSigner(signer: Omit<TrustedSigner, 'addedAt'>): Promise<WriteResult<void>> {
  return write(async () => {
    await db().transaction('rw', db().settings, () => db().settings.put(trustedSignerRow(signer)));
  });
}

export function forgetSigner(kid: string): Promise<WriteResult<void>> {
  return write(async () => {
    await db().transaction('rw', db().settings, () => db().settings.delete(ownSetting(`${TRUSTED}${kid}`)));
  });
}
