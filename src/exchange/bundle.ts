// Why: the two directions of the exchange, as pure functions over a WorkshopGraph (no
// database): `createBundle` turns a workshop into a signed bundle, `openBundle` turns bytes
// from a file into a verified workshop or a precise refusal. Order of the checks on import:
// size, UTF-8, nesting, parse (forbidden keys, a member named twice), format, formatVersion
// (newer: refused; older: migrated after its signature is checked), schema (markup by the
// published pattern, lengths, counts), the app's stricter checks (strict-checks.ts: markup as
// an HTML parser reads it, control and bidirectional characters, ids that are UUIDs, dates
// that exist), ids and references, each photo's bytes against its SHA-256 and its declared
// image type, the signature over the canonical payload, and the signer's name as a text.
// Only a file that passes all of them comes back as a graph. An export runs the same checks
// on what it is about to sign (after cleaning invisible characters out of every text, as the
// app's own input is cleaned), so the app never writes a file it would refuse.
import type { ContentPack } from '../content/pack-types';
import { imageTypeOf, type Attachment } from '../domain/attachment';
import { plainText, plainTexts } from '../domain/plain-text';
import type { IsoDateTime } from '../domain/time';
import type { WorkshopGraph } from '../domain/workshop-graph';
import { base64, utf8Decode, utf8Encode } from './base64';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA, BUNDLE_VERSION, LIMITS, PATTERNS } from './bundle-schema';
import type { Bundle, BundlePayload, PayloadAttachment } from './bundle-types';
import { canonicalBytes } from './canonical-json';
import { sha256Hex } from './digest';
import { checkSchema, type SchemaProblem } from './json-schema';
import { isDetachedJws, signDetached, verifyDetached, type ProtectedHeader } from './jws';
import { parseGuarded } from './parse-guarded';
import { checkPayloadIntegrity } from './payload-checks';
import { checkStrict, checkText } from './strict-checks';
import type { Refusal } from './refusal';
import { fingerprint, type PublicJwk, type SigningKey } from './signing-key';
import { attachmentMetaToV1, graphFromV1, graphToV1, packFromV1, packToV1 } from './v1/convert';
import { NO_SYNC, syncFromV2, syncToV2, type SyncState } from './v2/convert';

/** Turns a payload of an older formatVersion into the next version's shape. */
export interface Migration {
  readonly from: number;
  readonly migrate: (payload: unknown) => unknown;
}

/**
 * Version 1 -> 2: a file of version 1 carries no vectors and no tombstones; it is a copy of
 * which nothing was stamped (a merge treats every difference in it as a conflict).
 */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, migrate: (payload) => ({ ...(payload as Record<string, unknown>), sync: { versions: [], tombstones: [] } }) },
];

export interface Signer {
  readonly name: string;
  readonly kid: string;
  readonly fingerprint: string;
  readonly jwk: PublicJwk;
  readonly signedAt: IsoDateTime;
}

export interface OpenedBundle {
  readonly graph: WorkshopGraph;
  readonly pack: ContentPack;
  readonly signer: Signer;
  /** Lowercase hex SHA-256 of the canonical payload: what the signature covers. */
  readonly payloadSha256: string;
  readonly appVersion: string;
  readonly exportedAt: IsoDateTime;
  /** The version the file was written in (before any migration). */
  readonly formatVersion: number;
  /** What a merge needs (format 2 on): a vector per unit and the tombstones. Absent: nothing stamped. */
  readonly sync?: BundleSync;
}

export type BundleSync = SyncState;

export type OpenResult = { readonly ok: true; readonly bundle: OpenedBundle } | { readonly ok: false; readonly refusal: Refusal };

export interface OpenOptions {
  readonly maxBytes?: number;
  readonly migrations?: readonly Migration[];
  /** For tests of the migration path: the version this code calls current. */
  readonly currentVersion?: number;
}

// ---------------------------------------------------------------- export

/**
 * The payload for a workshop, in format version 2: the records as version 1 writes them (see
 * v1/convert.ts, references to things deleted on this device included) and the sync section.
 */
export async function buildPayload(graph: WorkshopGraph, pack: ContentPack, opts: { appVersion: string; now: IsoDateTime; sync?: SyncState }): Promise<BundlePayload> {
  return {
    app: { name: 'DEDA Tafel', version: opts.appVersion },
    exportedAt: opts.now,
    ...graphToV1(graph),
    attachments: await Promise.all(graph.attachments.map(toPayloadAttachment)),
    pack: packToV1(pack),
    sync: syncToV2(opts.sync ?? NO_SYNC, graph),
  };
}

async function toPayloadAttachment(a: Attachment): Promise<PayloadAttachment> {
  const bytes = new Uint8Array(await a.blob.arrayBuffer());
  // The hash written is the hash of the bytes written: from here on the signature vouches for them.
  return { ...attachmentMetaToV1(a), byteSize: bytes.length, sha256: await sha256Hex(bytes), data: base64.encode(bytes) };
}

export type CreateResult =
  /** bytes: the file, UTF-8, ready for a File; json: the same as text (decoded when asked). */
  | { readonly ok: true; readonly bundle: Bundle; readonly bytes: Uint8Array<ArrayBuffer>; readonly json: string }
  | { readonly ok: false; readonly refusal: Refusal };

/** Builds, checks (the app never writes a file it would refuse) and signs a bundle. */
export async function createBundle(
  graph: WorkshopGraph,
  pack: ContentPack,
  key: SigningKey,
  opts: { signer: string; appVersion: string; now: Date; sync?: SyncState },
): Promise<CreateResult> {
  // Text stored before the app cleaned its input may still hold invisible characters.
  const payload = await buildPayload(plainTexts(graph), plainTexts(pack), { appVersion: opts.appVersion, now: opts.now.toISOString() as IsoDateTime, sync: opts.sync });
  const problem = checkStructure({ format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, payload, signature: { protected: 'e30', signature: 'AA' } });
  if (problem) return { ok: false, refusal: problem };
  const signer = plainText(opts.signer);
  const signerProblem = checkText(signer, 'signature.signer');
  if (signerProblem) return { ok: false, refusal: signerProblem };
  // The payload is serialised and encoded once; the file is those bytes between a head and a
  // tail (the canonical form is JSON too), so megabytes of photos are never copied as text.
  const canonical = canonicalBytes(payload);
  const signature = await signDetached(canonical, key, { signer, at: opts.now });
  const bundle: Bundle = { format: BUNDLE_FORMAT, formatVersion: BUNDLE_VERSION, payload, signature };
  const head = utf8Encode(`{"format":${JSON.stringify(BUNDLE_FORMAT)},"formatVersion":${BUNDLE_VERSION},"payload":`);
  const tail = utf8Encode(`,"signature":${JSON.stringify(signature)}}`);
  const bytes = new Uint8Array(head.length + canonical.length + tail.length);
  bytes.set(head, 0);
  bytes.set(canonical, head.length);
  bytes.set(tail, head.length + canonical.length);
  return {
    ok: true,
    bundle,
    bytes,
    get json() {
      return utf8Decode(bytes);
    },
  };
}

// ---------------------------------------------------------------- import

/** Written like a date or a moment, but with a month, day or hour that does not exist. */
const DATE_SHAPED = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z)?$/;

/** A schema problem as the refusal a person reads (also for a pack file, exchange/pack-file.ts). */
export function fromSchemaProblem(p: SchemaProblem, value: unknown): Refusal {
  if (p.keyword === 'pattern' && p.pattern === PATTERNS.noMarkup) return { kind: 'markup', path: p.path, excerpt: excerptAt(value, p.path) };
  if (p.keyword === 'pattern' && (p.pattern === PATTERNS.date || p.pattern === PATTERNS.dateTime)) {
    const found = textAt(value, p.path);
    if (DATE_SHAPED.test(found)) return { kind: 'impossible-date', path: p.path, value: found };
  }
  if (p.keyword === 'maxLength') return { kind: 'text-too-long', path: p.path };
  if (p.keyword === 'maxItems') return { kind: 'too-many', path: p.path };
  return { kind: 'invalid', path: p.path, keyword: p.keyword };
}

/** The string at a path such as `payload.notes[3].text`, '' when there is none. */
function textAt(root: unknown, path: string): string {
  let v: unknown = root;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((x) => x !== undefined && x !== '')) {
    if (typeof v !== 'object' || v === null) return '';
    v = (v as Record<string, unknown>)[part];
  }
  return typeof v === 'string' ? v : '';
}

/** The text at a path, cut short from its first `<`, to show in a message. */
function excerptAt(root: unknown, path: string): string {
  const v = textAt(root, path);
  const m = /<[^\n]{0,40}/.exec(v);
  return (m ? m[0] : v.slice(0, 40)).trim();
}

/** Schema and integrity: everything about a bundle except photo hashes and the signature. */
function checkStructure(candidate: unknown): Refusal | null {
  const problem = checkSchema(BUNDLE_SCHEMA, candidate);
  if (problem) return fromSchemaProblem(problem, candidate);
  return checkStrict(candidate) ?? checkPayloadIntegrity((candidate as Bundle).payload);
}

export async function openBundle(bytes: Uint8Array, options: OpenOptions = {}): Promise<OpenResult> {
  const parsed = parseGuarded(bytes, { bytes: options.maxBytes ?? LIMITS.bundleBytes, depth: LIMITS.depth });
  if (!parsed.ok) return parsed;
  return openParsed(parsed.value, options);
}

/** The checks after parsing; a backup runs them for each bundle it holds. */
export async function openParsed(value: unknown, options: OpenOptions = {}): Promise<OpenResult> {
  const refuse = (refusal: Refusal): OpenResult => ({ ok: false, refusal });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse({ kind: 'wrong-format', found: '' });
  const env = value as Record<string, unknown>;
  if (env.format === 'deda-tafel/anonymised') return refuse({ kind: 'anonymised-copy' });
  if (env.format !== BUNDLE_FORMAT) return refuse({ kind: 'wrong-format', found: typeof env.format === 'string' ? env.format.slice(0, 60) : '' });
  const version = env.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse({ kind: 'version-invalid' });
  const current = options.currentVersion ?? BUNDLE_VERSION;
  if (version > current) return refuse({ kind: 'version-newer', version });
  if (env.signature === undefined || env.signature === null) return refuse({ kind: 'unsigned' });

  let payload: unknown = env.payload;
  let signatureChecked: { header: ProtectedHeader; payloadBytes: Uint8Array } | null = null;
  if (version < current) {
    // An older file: its signature is over the payload as it was written, so check that
    // first, then bring the payload up to date step by step.
    if (!isDetachedJws(env.signature)) return refuse({ kind: 'signature', failure: 'signature-malformed' });
    let signedBytes: Uint8Array;
    try {
      signedBytes = canonicalBytes(payload);
    } catch {
      return refuse({ kind: 'invalid', path: 'payload', keyword: 'type' });
    }
    const check = await verifyDetached(env.signature, signedBytes);
    if (!check.ok) return refuse({ kind: 'signature', failure: check.failure });
    signatureChecked = check;
    for (let v = version; v < current; v++) {
      const step = (options.migrations ?? MIGRATIONS).find((m) => m.from === v);
      if (!step) return refuse({ kind: 'version-unsupported', version });
      payload = step.migrate(payload);
    }
  }

  const candidate = { ...env, formatVersion: BUNDLE_VERSION, payload };
  const problem = checkStructure(candidate);
  if (problem) return refuse(problem);
  const bundle = candidate as unknown as Bundle;

  // Every photo: valid base64, the size it claims, the hash it claims.
  const blobs: Blob[] = [];
  for (const [index, a] of bundle.payload.attachments.entries()) {
    let data: Uint8Array;
    try {
      data = base64.decode(a.data);
    } catch {
      return refuse({ kind: 'attachment-data', index, caption: a.caption });
    }
    if (data.length !== a.byteSize) return refuse({ kind: 'attachment-data', index, caption: a.caption });
    if ((await sha256Hex(data)) !== a.sha256) return refuse({ kind: 'attachment-hash', index, caption: a.caption });
    if (imageTypeOf(data) !== a.mediaType) return refuse({ kind: 'attachment-type', index, caption: a.caption, mediaType: a.mediaType });
    blobs.push(new Blob([data as Uint8Array<ArrayBuffer>], { type: a.mediaType }));
  }

  let checked = signatureChecked;
  if (!checked) {
    const check = await verifyDetached(bundle.signature, canonicalBytes(env.payload));
    if (!check.ok) return refuse({ kind: 'signature', failure: check.failure });
    checked = check;
  }
  const header = checked.header;
  const signerProblem = checkText(header.signer, 'signature.signer');
  if (signerProblem) return refuse(signerProblem);

  const payloadSha256 = await sha256Hex(checked.payloadBytes);
  const graph = toGraph(bundle.payload, blobs);
  return {
    ok: true,
    bundle: {
      graph,
      sync: syncFromV2(bundle.payload.sync, graph),
      pack: packFromV1(bundle.payload.pack),
      signer: { name: header.signer, kid: header.kid, fingerprint: fingerprint(header.kid), jwk: header.jwk, signedAt: new Date(header.iat * 1000).toISOString() as IsoDateTime },
      payloadSha256,
      appVersion: bundle.payload.app.version,
      exportedAt: bundle.payload.exportedAt as IsoDateTime,
      formatVersion: version,
    },
  };
}

/** Back from payload to graph (v1/convert.ts), with each photo's checked bytes. */
export function toGraph(p: BundlePayload, blobs: readonly Blob[]): WorkshopGraph {
  return graphFromV1(p, blobs);
}
