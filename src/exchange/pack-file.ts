// Why: an organisation brings its own questions as a file (docs/pack-format.md). Like a bundle,
// such a file is read with the same guards before anything is kept: its size, valid UTF-8 and
// JSON, its nesting, no member named twice, the published schema (docs/pack.schema.json), no
// markup or invisible control characters in any text, then the rules a schema cannot say (every
// text in every language it declares, each id once). Each refusal names its cause; the answer
// also carries the pack's content hash, which is what the pack IS (exchange/pack-hash.ts).
import { validatePack, type PackIssue } from '../content/validate-pack';
import type { ContentPack } from '../content/pack-types';
import { fromSchemaProblem } from './bundle';
import { PACK_SCHEMA } from './bundle-schema';
import { checkSchema } from './json-schema';
import { packHash } from './pack-hash';
import { parseGuarded } from './parse-guarded';
import type { Refusal } from './refusal';
import { checkStrict } from './strict-checks';

export const PACK_FORMAT = 'deda-tafel/content-pack';

/** A pack file larger than this is refused before it is read (the built-in pack is about 40 KB). */
export const PACK_FILE_BYTES = 2 * 1024 * 1024;
/** A pack nests about 8 deep; more is not a pack. */
export const PACK_FILE_DEPTH = 16;

export type PackFile = { readonly ok: true; readonly pack: ContentPack; readonly hash: string } | { readonly ok: false; readonly refusal: Refusal };

function fromIssue(issue: PackIssue, problem: string): Refusal {
  if (issue.code === 'missing-text') return { kind: 'pack-text-missing', path: issue.path, lang: issue.lang };
  if (issue.code === 'duplicate-id') return { kind: 'duplicate-id', path: issue.path, id: issue.id };
  return { kind: 'pack-file-invalid', problem };
}

/** Every check of a value already parsed (a pack the in-app editor made goes through the same). */
export async function checkPackValue(value: unknown): Promise<PackFile> {
  const refuse = (refusal: Refusal): PackFile => ({ ok: false, refusal });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse({ kind: 'wrong-format', found: '' });
  const format = (value as Record<string, unknown>).format;
  if (format !== PACK_FORMAT) return refuse({ kind: 'wrong-format', found: typeof format === 'string' ? format.slice(0, 60) : '' });
  const problem = checkSchema(PACK_SCHEMA, value);
  if (problem) return refuse(fromSchemaProblem(problem, value));
  const strict = checkStrict(value, PACK_SCHEMA);
  if (strict) return refuse(strict);
  const check = validatePack(value);
  if (!check.ok) return refuse(fromIssue(check.issues[0] ?? { code: 'other', path: 'pack', what: '' }, check.problems[0] ?? ''));
  return { ok: true, pack: check.pack, hash: await packHash(check.pack) };
}

export async function openPackFile(bytes: Uint8Array): Promise<PackFile> {
  const parsed = parseGuarded(bytes, { bytes: PACK_FILE_BYTES, depth: PACK_FILE_DEPTH });
  if (!parsed.ok) return parsed;
  return checkPackValue(parsed.value);
}

/** The pack as a file to share: indented JSON, so a person can read it too (the hash does not depend on layout). */
export function packFileText(pack: ContentPack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

/** A file name for the pack: its id and version. */
export function packFileName(pack: Pick<ContentPack, 'id' | 'version'>): string {
  return `${pack.id}-${pack.version}.dedapack.json`;
}
