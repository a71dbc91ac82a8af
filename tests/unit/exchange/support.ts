// Why: what the exchange tests share: a rich workshop (every kind of entity, photos,
// non-Latin text) that fits the default pack, signing keys held in memory (fake-indexeddb
// cannot store a CryptoKey), and a signer built on the independent `jose` library.
import * as jose from 'jose';
import { defaultPack } from '../../../src/content/packs/default-pack';
import type { Attachment } from '../../../src/domain/attachment';
import { newId, type AttachmentId, type TopicId, type ValueId } from '../../../src/domain/ids';
import type { IsoDateTime } from '../../../src/domain/time';
import type { WorkshopGraph } from '../../../src/domain/workshop-graph';
import { base64url } from '../../../src/exchange/base64';
import { buildPayload } from '../../../src/exchange/bundle';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../../src/exchange/bundle-schema';
import type { Bundle, BundlePayload } from '../../../src/exchange/bundle-types';
import type { ContentPack } from '../../../src/content/pack-types';
import { signDetached } from '../../../src/exchange/jws';
import { canonicalBytes } from '../../../src/exchange/canonical-json';
import { sha256Hex } from '../../../src/exchange/digest';
import { generateSigningKey, isPublicJwk, publicPart, thumbprint, type SigningKey } from '../../../src/exchange/signing-key';
import { graph, T0 } from '../support/fixtures';

export const pack = defaultPack;
export const firstTopic = pack.groups[0]?.topics[0];
export const NOW = new Date('2026-11-12T16:30:00.000Z');

export function key(): Promise<SigningKey> {
  return generateSigningKey(NOW.toISOString());
}

/** Bytes that look like nothing in particular, of a given size. */
export function randomBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let x = seed;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** The JPEG signature (FF D8 FF E0) and then bytes of no meaning: what an import takes as a JPEG. */
export function photoBytes(size: number, seed = 1): Uint8Array<ArrayBuffer> {
  const out = randomBytes(size, seed);
  out.set([0xff, 0xd8, 0xff, 0xe0].slice(0, size));
  return out;
}

export async function photo(g: WorkshopGraph, size: number, caption: string, seed = 1): Promise<Attachment> {
  const bytes = photoBytes(size, seed);
  return {
    id: newId<AttachmentId>(),
    workshopId: g.workshop.id,
    target: firstTopic ? { kind: 'topic', topicId: firstTopic.id as TopicId } : { kind: 'workshop' },
    caption,
    mediaType: 'image/jpeg',
    width: 640,
    height: 480,
    byteSize: size,
    sha256: await sha256Hex(bytes),
    blob: new Blob([bytes], { type: 'image/jpeg' }),
    createdAt: T0,
  };
}

/** The fixture workshop with values, a decision and two photos. */
export async function richGraph(): Promise<WorkshopGraph> {
  const g = graph();
  const v1 = newId<ValueId>();
  const v2 = newId<ValueId>();
  const withValues: WorkshopGraph = {
    ...g,
    workshop: {
      ...g.workshop,
      goal: { ...g.workshop.goal, statement: 'Minder ritten 🚛, zelfde dienstverlening. 日本語も。' },
      values: {
        entries: [
          { id: v1, label: 'Privacy', source: 'organisation', description: '' },
          { id: v2, label: 'Efficiëntie', source: 'project', description: 'Kosten omlaag' },
        ],
        coreRanking: [v1],
        conflicts: [{ id: newId(), a: v1, b: v2, description: 'Sensor ziet meer dan nodig' }],
      },
      decision: { outcome: 'go-with-conditions', rationale: 'Onder voorwaarden', dissent: [{ id: newId(), who: 'FG', reason: 'Te snel' }], decidedBy: 'Team', date: null, recordedAt: T0 },
    },
    actionPoints: g.actionPoints.map((a) => ({ ...a, valueId: v1 })),
  };
  return { ...withValues, attachments: [await photo(withValues, 2000, 'Poster 1', 1), await photo(withValues, 3001, 'Poster 2 — مرحبا', 2)] };
}

/** A bytes view of a JSON value, as a file would hold it. */
export function fileOf(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** Signs a payload to our spec with jose: the "other implementation". */
export async function signWithJose(payload: BundlePayload, opts: { signer: string; iat: number } = { signer: 'Jose Tester', iat: 1_790_000_000 }) {
  const { publicKey, privateKey } = await jose.generateKeyPair('ES256');
  const exported = await jose.exportJWK(publicKey);
  if (!isPublicJwk(exported)) throw new Error('unexpected jwk');
  const jwk = publicPart(exported);
  const kid = await jose.calculateJwkThumbprint(jwk, 'sha256');
  const jws = await new jose.FlattenedSign(canonicalBytes(payload))
    .setProtectedHeader({ alg: 'ES256', b64: false, crit: ['b64'], jwk, kid, iat: opts.iat, signer: opts.signer })
    .sign(privateKey);
  return { bundle: { format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, payload, signature: { protected: jws.protected, signature: jws.signature } }, kid, ourKid: await thumbprint(jwk) };
}

export function decodeHeader(protectedB64: string): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(base64url.decode(protectedB64))) as Record<string, unknown>;
}

/** A graph's payload as plain JSON, ready to be edited by a test. */
export async function payloadOf(g: WorkshopGraph, p: ContentPack = pack): Promise<BundlePayload> {
  return JSON.parse(JSON.stringify(await buildPayload(g, p, { appVersion: '1.0.0', now: NOW.toISOString() as IsoDateTime }))) as BundlePayload;
}

/**
 * The payload with ids swapped everywhere they occur, records and references alike: what a
 * tool that copies a workshop without giving it new ids makes. Ids are UUIDs, so a plain text
 * replacement touches nothing else.
 */
export function withIds(payload: BundlePayload, swap: ReadonlyMap<string, string>): BundlePayload {
  let text = JSON.stringify(payload);
  for (const [from, to] of swap) text = text.split(from).join(to);
  return JSON.parse(text) as BundlePayload;
}

/** A payload signed as a bundle, validly: the checks of the file itself all pass. */
export async function signedBundle(payload: BundlePayload, signingKey?: SigningKey): Promise<Bundle> {
  const k = signingKey ?? (await key());
  return { format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, payload, signature: await signDetached(canonicalBytes(payload), k, { signer: 'Anne de Vries', at: NOW }) };
}

/** The default pack with one question's text changed: the same name and version, other content. */
export function forgedPack(base: ContentPack = pack): ContentPack {
  const copy = JSON.parse(JSON.stringify(base)) as { groups: { topics: { questions: { text: { nl: string; en: string } }[] }[] }[] };
  const q = copy.groups[0]?.topics[0]?.questions[0];
  if (!q) throw new Error('pack without questions');
  q.text = { nl: 'Mogen wij alle gegevens voor altijd bewaren?', en: 'May we keep all data forever?' };
  return copy as unknown as ContentPack;
}

/**
 * A bundle signed, validly, under a protected header of the test's making (what a hostile or
 * broken tool writes): the signature itself matches, so only the header's content can refuse it.
 */
export async function signedWithHeader(payload: BundlePayload, header: Record<string, unknown>, signingKey?: SigningKey): Promise<Bundle> {
  const k = signingKey ?? (await key());
  const full = { alg: 'ES256', b64: false, crit: ['b64'], kid: k.kid, jwk: k.publicJwk, iat: Math.floor(NOW.getTime() / 1000), signer: 'Anne de Vries', ...header };
  const protectedB64 = base64url.encode(new TextEncoder().encode(JSON.stringify(full)));
  const head = new TextEncoder().encode(`${protectedB64}.`);
  const body = canonicalBytes(payload);
  const input = new Uint8Array(head.length + body.length);
  input.set(head, 0);
  input.set(body, head.length);
  const sig = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, k.privateKey, input));
  return { format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, payload, signature: { protected: protectedB64, signature: base64url.encode(sig) } };
}

/** A P-256 key whose private half can be read out, as a JWK with `d`: what must never travel. */
export async function exportablePrivateJwk(): Promise<Record<string, unknown>> {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return (await crypto.subtle.exportKey('jwk', pair.privateKey)) as unknown as Record<string, unknown>;
}
