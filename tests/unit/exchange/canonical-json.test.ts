// Why: the signature covers the canonical bytes, so these must be exactly RFC 8785's, or a
// bundle would not verify with another implementation. Cases follow the RFC's own examples.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CanonicalJsonError, canonicalize } from '../../../src/exchange/canonical-json';

describe('canonicalize (RFC 8785)', () => {
  it('writes no whitespace and sorts members by UTF-16 code units', () => {
    // The sorting example of RFC 8785 section 3.2.3.
    const value = { '\u20ac': 'Euro Sign', '\r': 'Carriage Return', '\ufb33': 'Hebrew Letter Dalet With Dagesh', '1': 'One', '\ud83d\ude00': 'Emoji: Grinning Face', '\u0080': 'Control', '\u00f6': 'Latin Small Letter O With Diaeresis' };
    const keys = Object.keys(JSON.parse(canonicalize(value)) as object);
    // JSON.parse gives integer-like keys first; check the text order instead.
    const order = [...canonicalize(value).matchAll(/"((?:[^"\\]|\\.)*)":/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
    expect(order).toEqual(['\r', '1', '\u0080', '\u00f6', '\u20ac', '\ud83d\ude00', '\ufb33']);
    expect(keys).toHaveLength(7);
  });

  it('writes numbers as ECMAScript does', () => {
    // Values from RFC 8785 appendix B.
    const cases: [number, string][] = [
      [0, '0'],
      [-0, '0'],
      [1e21, '1e+21'],
      [1e-7, '1e-7'],
      [333333333.3333333, '333333333.3333333'],
      [9007199254740991, '9007199254740991'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
      [295147905179352830000, '295147905179352830000'],
      [0.000001, '0.000001'],
    ];
    for (const [n, s] of cases) expect(canonicalize(n)).toBe(s);
  });

  it('escapes strings the way the RFC prescribes', () => {
    expect(canonicalize('\u20ac$\u000f\nA\'B"\\\\"/')).toBe('"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"');
    expect(canonicalize({ a: [56, { d: true, '10': null, '1': [] }] })).toBe('{"a":[56,{"1":[],"10":null,"d":true}]}');
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalize(Number.NaN)).toThrow(CanonicalJsonError);
    expect(() => canonicalize(Infinity)).toThrow(CanonicalJsonError);
    expect(() => canonicalize('\ud800x')).toThrow(CanonicalJsonError);
    expect(() => canonicalize(new Date())).toThrow(CanonicalJsonError);
    expect(() => canonicalize(() => 1)).toThrow(CanonicalJsonError);
  });

  it('leaves out undefined members, as JSON.stringify does', () => {
    expect(canonicalize({ b: 1, a: undefined })).toBe('{"b":1}');
  });

  it('is a fixed point: canonical text parsed and written again is the same text', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const once = canonicalize(v);
        expect(canonicalize(JSON.parse(once))).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order members were added in', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (d) => {
        const reversed = Object.fromEntries(Object.entries(d).reverse());
        expect(canonicalize(reversed)).toBe(canonicalize(d));
      }),
      { numRuns: 200 },
    );
  });
});
