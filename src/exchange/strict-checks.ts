// Why: the published schema (bundle-schema.ts) is frozen and stays the first, documented line;
// the app is stricter than it, here, on every value the schema marks as such: each text (the
// schema's plain-text pattern) is read for markup as an HTML parser reads it (markup.ts) and
// may hold no bidirectional override or control character; each id is a UUID (the only ids
// the app makes and the only ones a route can open); each date and moment exists on the
// calendar (no 30 February). The walk follows the schema itself, so a field added to the
// schema is checked without anyone remembering to list it here.
import { isUuid } from '../domain/ids';
import { findUnsafeChar, showUnsafe } from '../domain/plain-text';
import { isIsoDate, isIsoDateTime } from '../domain/time';
import { BUNDLE_SCHEMA, PATTERNS } from './bundle-schema';
import { checkSchema, type SchemaNode } from './json-schema';
import { findMarkup } from './markup';
import type { Refusal } from './refusal';

export type StrictProblem = Extract<Refusal, { kind: 'markup' | 'control-character' | 'impossible-date' | 'id-not-uuid' }>;

/** A text's own problem: a control character first (it hides what the text is), then markup. */
export function checkText(text: string, path: string): StrictProblem | null {
  const unsafe = findUnsafeChar(text);
  if (unsafe) {
    const from = Math.max(0, unsafe.index - 20);
    return { kind: 'control-character', path, char: unsafe.char, excerpt: showUnsafe(text.slice(from, unsafe.index + 21)).trim() };
  }
  const markup = findMarkup(text);
  return markup === null ? null : { kind: 'markup', path, excerpt: markup };
}

const REF = '#/$defs/';
const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function checkRef(name: string, v: string, path: string): StrictProblem | null {
  if (name === 'id' && !isUuid(v)) return { kind: 'id-not-uuid', path, id: showUnsafe(v.slice(0, 64)) };
  if (name === 'date' && !isIsoDate(v)) return { kind: 'impossible-date', path, value: v };
  if (name === 'dateTime' && !isIsoDateTime(v)) return { kind: 'impossible-date', path, value: v };
  return null;
}

/**
 * The stricter checks over a value that already passed `checkSchema(root, …)`; the first
 * problem with its path, or null.
 */
export function checkStrict(value: unknown, root: SchemaNode = BUNDLE_SCHEMA): StrictProblem | null {
  const defs = root.$defs ?? {};
  const walk = (node: SchemaNode, v: unknown, path: string): StrictProblem | null => {
    if (node.$ref?.startsWith(REF)) {
      const name = node.$ref.slice(REF.length);
      if (typeof v === 'string') {
        const p = checkRef(name, v, path);
        if (p) return p;
      }
      const target = defs[name];
      return target ? walk(target, v, path) : null;
    }
    if (node.oneOf) {
      // The value fits exactly one branch (the schema said so): follow that one.
      const branch = node.oneOf.find((o) => checkSchema({ ...o, $defs: defs }, v) === null);
      return branch ? walk(branch, v, path) : null;
    }
    if (typeof v === 'string') return node.pattern === PATTERNS.noMarkup ? checkText(v, path) : null;
    if (Array.isArray(v)) {
      if (!node.items) return null;
      for (let i = 0; i < v.length; i++) {
        const p = walk(node.items, v[i], `${path}[${i}]`);
        if (p) return p;
      }
      return null;
    }
    if (typeof v === 'object' && v !== null && node.properties) {
      const o = v as Record<string, unknown>;
      for (const [key, sub] of Object.entries(node.properties)) {
        if (!Object.hasOwn(o, key)) continue;
        const p = walk(sub, o[key], join(path, key));
        if (p) return p;
      }
    }
    return null;
  };
  return walk(root, value, '');
}
