// Why: a signature is over bytes, but a bundle is a JSON value: both sides must turn the same
// value into the same bytes. RFC 8785 (JSON Canonicalization Scheme, JCS) defines those bytes:
// no whitespace, object members sorted by their names' UTF-16 code units, strings and numbers
// written exactly as ECMAScript's JSON.stringify writes them. For the values a bundle holds
// (no floats beyond what JS prints, no lone surrogates) that is a short, testable function,
// so no dependency is needed; tests/unit/exchange/canonical-json.test.ts holds the RFC's cases.
import { utf8Encode } from './base64';

export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
}

/** The RFC 8785 canonical text of a JSON value. Throws on what JSON cannot hold. */
export function canonicalize(value: unknown): string {
  const out: string[] = [];
  write(value, out);
  return out.join('');
}

/** The canonical UTF-8 bytes: what a bundle's signature covers. */
export function canonicalBytes(value: unknown): Uint8Array<ArrayBuffer> {
  return utf8Encode(canonicalize(value));
}

function write(value: unknown, out: string[]): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError('JSON cannot hold NaN or Infinity');
      // ECMAScript's Number-to-String is what RFC 8785 prescribes; -0 becomes 0.
      out.push(JSON.stringify(value));
      return;
    case 'string':
      out.push(quote(value));
      return;
    case 'object':
      break;
    default:
      throw new CanonicalJsonError(`JSON cannot hold a ${typeof value}`);
  }
  if (Array.isArray(value)) {
    out.push('[');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',');
      const item: unknown = value[i];
      write(item === undefined ? null : item, out);
    }
    out.push(']');
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new CanonicalJsonError('only plain objects can be written as JSON');
  const record = value as Record<string, unknown>;
  // Default sort compares UTF-16 code units, exactly as RFC 8785 section 3.2.3 asks.
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  out.push('{');
  keys.forEach((k, i) => {
    if (i > 0) out.push(',');
    out.push(quote(k), ':');
    write(record[k], out);
  });
  out.push('}');
}

// Lone surrogates cannot be encoded as UTF-8; RFC 8785 (via I-JSON) refuses them.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function quote(s: string): string {
  if (LONE_SURROGATE.test(s)) throw new CanonicalJsonError('text holds a lone surrogate');
  // JSON.stringify escapes exactly what RFC 8785 section 3.2.2.2 lists, in the same way.
  return JSON.stringify(s);
}
