// Why: photos and signatures travel as base64; a decoder that skips a stray character or
// accepts a non-canonical ending would let two different texts stand for the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Base64Error, base64, base64url } from '../../../src/exchange/base64';

describe('base64 and base64url', () => {
  it('match Node’s own encoders for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(base64.encode(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64url.encode(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
        expect([...base64.decode(base64.encode(bytes))]).toEqual([...bytes]);
        expect([...base64url.decode(base64url.encode(bytes))]).toEqual([...bytes]);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses characters that do not belong, wrong lengths and non-canonical endings', () => {
    expect(() => base64.decode('QUJD RA==')).toThrow(Base64Error);
    expect(() => base64.decode('QUJDRA=')).toThrow(Base64Error);
    expect(() => base64.decode('QUJD-A==')).toThrow(Base64Error);
    expect(() => base64.decode('QR==')).toThrow(Base64Error); // spare bits set
    expect(() => base64url.decode('QUJD+A')).toThrow(Base64Error);
    expect(() => base64url.decode('QUJDR')).toThrow(Base64Error);
    expect(() => base64url.decode('QUJDRA==')).toThrow(Base64Error);
  });
});
