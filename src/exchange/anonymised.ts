// Why: an anonymised copy of a workshop travels to teachers and researchers, not to another
// tablet of the same organisation. It is a format of its own ("deda-tafel/anonymised") so it can
// never be taken for a bundle: the bundle import refuses it and this reader refuses a bundle,
// each saying where the file can be opened. It is not signed: a signature would carry the
// facilitator's device key and signer name, which is exactly what the copy leaves out; a SHA-256
// of its content shows that nothing changed on the way (docs/anonymised-format.md).
import type { WorkshopGraph } from '../domain/workshop-graph';
import { imageTypeOf, type Attachment } from '../domain/attachment';
import { base64 } from './base64';
import { BUNDLE_FORMAT } from './bundle-schema';
import { canonicalBytes } from './canonical-json';
import { sha256Hex } from './digest';
import { checkSchema, type SchemaNode } from './json-schema';
import { parseGuarded } from './parse-guarded';
import type { Refusal } from './refusal';

export const ANON_FORMAT = 'deda-tafel/anonymised';
export const ANON_VERSION = 1;
export const ANON_EXTENSION = '.deda-anon.json';
export const MAX_ANON_BYTES = 64 * 1024 * 1024;
const DEPTH = 32;

/** The first bytes of a copy as `anonymisedJson` writes them, to know the file before parsing it. */
export const ANON_HEAD = /^\uFEFF?\s*\{\s*"format"\s*:\s*"deda-tafel\/anonymised"/;

/** A photo in the file: the record without its Blob, the bytes as base64. */
export type AnonPhoto = Omit<Attachment, 'blob'> & { readonly data: string };

/** What the copy holds: the anonymised workshop graph, photos inline. */
export interface AnonContent {
  readonly workshop: WorkshopGraph['workshop'];
  readonly participants: WorkshopGraph['participants'];
  readonly notes: WorkshopGraph['notes'];
  readonly questionStates: WorkshopGraph['questionStates'];
  readonly actionPoints: WorkshopGraph['actionPoints'];
  readonly photos: readonly AnonPhoto[];
}

export interface AnonymisedFile {
  readonly format: typeof ANON_FORMAT;
  readonly formatVersion: typeof ANON_VERSION;
  readonly createdAt: string;
  readonly appVersion: string;
  /** Lowercase hex SHA-256 of the RFC 8785 canonical JSON of `content`. */
  readonly sha256: string;
  readonly content: AnonContent;
}

const text = (max: number): SchemaNode => ({ type: 'string', maxLength: max });
const list = (items: SchemaNode, max: number): SchemaNode => ({ type: 'array', items, maxItems: max });
const record = (required: readonly string[], properties: Record<string, SchemaNode> = {}): SchemaNode => ({ type: 'object', required, properties });

/** The published schema (docs/anonymised.schema.json is written from it by a test). */
export const ANON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://dedatafel.nl/schema/anonymised-1.json',
  title: 'DEDA Tafel anonymised workshop copy, format version 1',
  description: 'A workshop with the names of its participants replaced by numbered roles. Not signed; sha256 is the SHA-256 of the RFC 8785 canonical JSON of content.',
  type: 'object',
  required: ['format', 'formatVersion', 'createdAt', 'appVersion', 'sha256', 'content'],
  additionalProperties: false,
  properties: {
    format: { const: ANON_FORMAT },
    formatVersion: { const: ANON_VERSION },
    createdAt: text(40),
    appVersion: text(60),
    sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    content: {
      type: 'object',
      required: ['workshop', 'participants', 'notes', 'questionStates', 'actionPoints', 'photos'],
      additionalProperties: false,
      properties: {
        workshop: record(['id', 'title', 'lang', 'pack', 'goal', 'values'], { id: text(60), title: text(200), lang: { enum: ['nl', 'en'] }, pack: record(['id', 'version'], { id: text(200), version: text(60) }) }),
        participants: list(record(['id', 'name', 'roles', 'order'], { id: text(60), name: text(200), roles: list(text(40), 20), order: { type: 'integer' } }), 200),
        notes: list(record(['id', 'questionId', 'text', 'kind'], { id: text(60), questionId: text(200), text: text(20_000), kind: { enum: ['answer', 'concern', 'question', 'idea'] } }), 50_000),
        questionStates: list(record(['questionId', 'status'], { questionId: text(200) }), 2_000),
        actionPoints: list(record(['id', 'title', 'owner', 'status'], { id: text(60), title: text(20_000) }), 5_000),
        photos: list(record(['id', 'mediaType', 'sha256', 'data'], { mediaType: { enum: ['image/jpeg', 'image/png', 'image/webp'] }, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }, data: { type: 'string' } }), 500),
      },
    },
  },
} as const satisfies SchemaNode;

/** Drops what the copy never carries: merge stamps and the device's export time. */
function strip<T extends object>(row: T): T {
  const { version: _v, versions: _vs, ...rest } = row as T & { version?: unknown; versions?: unknown };
  return rest as T;
}

/** The file for an anonymised graph (anonymise it first: this writes what it is given). */
export async function anonymisedFile(graph: WorkshopGraph, opts: { createdAt: string; appVersion: string }): Promise<AnonymisedFile> {
  const photos: AnonPhoto[] = [];
  for (const a of graph.attachments) {
    const { blob, ...rest } = strip(a);
    photos.push({ ...rest, data: base64.encode(new Uint8Array(await blob.arrayBuffer())) });
  }
  const content: AnonContent = {
    workshop: { ...strip(graph.workshop), deletedAt: null, lastExportedAt: null },
    participants: graph.participants.map(strip),
    notes: graph.notes.map(strip),
    questionStates: graph.questionStates.map(strip),
    actionPoints: graph.actionPoints.map(strip),
    photos,
  };
  // Through JSON once, so the hash is over exactly what a reader will parse.
  const plain = JSON.parse(JSON.stringify(content)) as AnonContent;
  return { format: ANON_FORMAT, formatVersion: ANON_VERSION, createdAt: opts.createdAt, appVersion: opts.appVersion, sha256: await sha256Hex(canonicalBytes(plain)), content: plain };
}

/** The file's text: its format first, so a reader knows it from the first bytes. */
export function anonymisedJson(file: AnonymisedFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

export type OpenedAnon = { readonly ok: true; readonly file: AnonymisedFile } | { readonly ok: false; readonly refusal: Refusal };

/** Checks a file that should be an anonymised copy; never throws. */
export async function openAnonymised(bytes: Uint8Array): Promise<OpenedAnon> {
  const parsed = parseGuarded(bytes, { bytes: MAX_ANON_BYTES, depth: DEPTH });
  if (!parsed.ok) return parsed;
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, refusal: { kind: 'wrong-format', found: '' } };
  const env = v as Record<string, unknown>;
  if (env.format === BUNDLE_FORMAT) return { ok: false, refusal: { kind: 'bundle-not-anonymised' } };
  if (env.format !== ANON_FORMAT) return { ok: false, refusal: { kind: 'wrong-format', found: typeof env.format === 'string' ? env.format.slice(0, 60) : '' } };
  const version = env.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > ANON_VERSION) return { ok: false, refusal: { kind: 'version-newer', version } };
  const problem = checkSchema(ANON_SCHEMA, v);
  if (problem) return { ok: false, refusal: { kind: 'invalid', path: problem.path, keyword: problem.keyword } };
  const file = v as AnonymisedFile;
  if ((await sha256Hex(canonicalBytes(file.content))) !== file.sha256) return { ok: false, refusal: { kind: 'anonymised-hash' } };
  for (const [index, p] of file.content.photos.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = base64.decode(p.data);
    } catch {
      return { ok: false, refusal: { kind: 'attachment-data', index, caption: p.caption } };
    }
    if (imageTypeOf(bytes.subarray(0, 12)) !== p.mediaType) return { ok: false, refusal: { kind: 'attachment-type', index, caption: p.caption, mediaType: p.mediaType } };
    if ((await sha256Hex(bytes)) !== p.sha256) return { ok: false, refusal: { kind: 'attachment-hash', index, caption: p.caption } };
  }
  return { ok: true, file };
}

/** The photo's bytes as a Blob, to show it. */
export function photoBlob(p: AnonPhoto): Blob {
  return new Blob([base64.decode(p.data) as Uint8Array<ArrayBuffer>], { type: p.mediaType });
}
