// Why: a file from elsewhere is parsed only after cheap checks that protect the tablet:
// its size, valid UTF-8, and how deeply it nests (measured by a scan before JSON.parse, so a
// file of a million brackets never reaches code that recurses). Keys that could reach an
// object's prototype when code later copies the value (__proto__, constructor, prototype)
// are refused outright. So is an object that names a member twice: JSON.parse keeps the last
// one without a word, so a file could show one value to a tool that reads the first and
// another to the app (the same scan collects each object's member names).
import { utf8Decode } from './base64';
import type { Refusal } from './refusal';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly refusal: Refusal };

class ForbiddenKey extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

// Half of a UTF-16 pair, written as an escape ("\ud800"): valid JSON, but no text at all
// (it cannot be written as UTF-8, nor signed as RFC 8785 canonical JSON).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

class LoneSurrogate extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

/** An open object (the member names met so far, and which member is being read) or array. */
interface Frame {
  readonly keys: Set<string> | null;
  key: string;
  index: number;
  expectKey: boolean;
}

export interface Nesting {
  readonly tooDeep: boolean;
  readonly unbalanced: boolean;
  /** The first member named twice in one object, with where (only meaningful if the text parses). */
  readonly duplicate: { readonly path: string; readonly key: string } | null;
}

/** A member name as JSON means it: `"\u0061"` and `"a"` are the same name. */
function memberName(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw; // the parse that follows refuses the file
  }
}

function pathOf(frames: readonly Frame[], key: string): string {
  let path = '';
  for (let i = 0; i < frames.length - 1; i++) {
    const f = frames[i] as Frame;
    path += f.keys ? `${path === '' ? '' : '.'}${f.key}` : `[${f.index}]`;
  }
  return `${path === '' ? '' : `${path}.`}${key}`;
}

/**
 * Depth of nesting, whether the text ended inside a string or an open bracket, and the first
 * member named twice in one object.
 */
export function scanNesting(text: string, limit: number): Nesting {
  let depth = 0;
  let inString = false;
  const frames: Frame[] = [];
  let top: Frame | undefined;
  let keyFrom = -1;
  let duplicate: Nesting['duplicate'] = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) {
        inString = false;
        if (keyFrom !== -1 && top?.keys) {
          const key = memberName(text.slice(keyFrom, i));
          if (top.keys.has(key)) duplicate ??= { path: pathOf(frames, key), key };
          top.keys.add(key);
          top.key = key;
          top.expectKey = false;
          keyFrom = -1;
        }
      }
      continue;
    }
    if (c === 34) {
      inString = true;
      if (top?.expectKey) keyFrom = i + 1;
    } else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > limit) return { tooDeep: true, unbalanced: false, duplicate: null };
      top = { keys: c === 123 ? new Set() : null, key: '', index: 0, expectKey: c === 123 };
      frames.push(top);
    } else if (c === 125 || c === 93) {
      depth -= 1;
      frames.pop();
      top = frames[frames.length - 1];
    } else if (c === 44 && top) {
      if (top.keys) top.expectKey = true;
      else top.index += 1;
    }
  }
  return { tooDeep: false, unbalanced: inString || depth !== 0, duplicate };
}

export function parseGuarded(bytes: Uint8Array, limits: { bytes: number; depth: number }): Parsed {
  if (bytes.length === 0) return { ok: false, refusal: { kind: 'empty' } };
  if (bytes.length > limits.bytes) return { ok: false, refusal: { kind: 'too-large', bytes: bytes.length, limit: limits.bytes } };
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch {
    return { ok: false, refusal: { kind: 'not-utf8' } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, refusal: { kind: 'empty' } };
  const nesting = scanNesting(text, limits.depth);
  if (nesting.tooDeep) return { ok: false, refusal: { kind: 'too-deep', limit: limits.depth } };
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      if ((typeof v === 'string' && LONE_SURROGATE.test(v)) || LONE_SURROGATE.test(key)) throw new LoneSurrogate(key.replace(new RegExp(LONE_SURROGATE.source, 'g'), '\uFFFD').slice(0, 60));
      return v;
    });
    if (nesting.duplicate) return { ok: false, refusal: { kind: 'duplicate-member', ...nesting.duplicate } };
    // The text is not handed back: for a large file it is the biggest thing in memory.
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ForbiddenKey) return { ok: false, refusal: { kind: 'forbidden-key', key: e.key } };
    if (e instanceof LoneSurrogate) return { ok: false, refusal: { kind: 'lone-surrogate', key: e.key } };
    return { ok: false, refusal: { kind: nesting.unbalanced ? 'truncated' : 'not-json' } };
  }
}
