// Why: a file's dates must be days that exist, its ids the UUIDs the app makes, and a photo's
// bytes the image type it declares; these are the pure rules the import and the app share.
import { describe, expect, it } from 'vitest';
import { imageTypeOf } from '../../../src/domain/attachment';
import { isUuid, newId } from '../../../src/domain/ids';
import { isIsoDate, isIsoDateTime } from '../../../src/domain/time';

describe('dates that exist', () => {
  it('takes real days and moments, leap days included', () => {
    for (const d of ['2026-02-28', '2028-02-29', '2000-02-29', '2026-12-31']) expect(isIsoDate(d), d).toBe(true);
    for (const t of ['2026-11-12T16:30:00.000Z', '2028-02-29T23:59:59Z', '2026-01-31T00:00:00.123456Z', new Date().toISOString()]) expect(isIsoDateTime(t), t).toBe(true);
  });

  it('refuses days and times that are not on the calendar or the clock', () => {
    for (const d of ['2026-02-31', '2026-02-30', '2027-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10']) expect(isIsoDate(d), d).toBe(false);
    for (const t of ['2026-02-30T10:00:00.000Z', '2026-02-31T10:00:00Z', '2026-11-12T24:00:00.000Z', '2026-11-12T23:60:00Z', '2026-11-12T23:59:60Z', '2026-11-12T10:00:00', '2026-11-12T10:00:00+01:00', '2026-11-12']) expect(isIsoDateTime(t), t).toBe(false);
  });
});

describe('ids', () => {
  it('takes what crypto.randomUUID makes and nothing else', () => {
    expect(isUuid(newId())).toBe(true);
    for (const s of ['workshop-1', 'p1', '8E2365E9-0204-4285-8F2B-88249F53F8EE', '8e2365e9020442858f2b88249f53f8ee', '8e2365e9-0204-4285-8f2b-88249f53f8e', ' 8e2365e9-0204-4285-8f2b-88249f53f8ee', '{8e2365e9-0204-4285-8f2b-88249f53f8ee}']) expect(isUuid(s), s).toBe(false);
  });
});

describe('image signatures', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, ...Array.from({ length: 16 }, () => 0)]);
  it('knows JPEG, PNG and WebP by their first bytes', () => {
    expect(imageTypeOf(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(imageTypeOf(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(imageTypeOf(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50))).toBe('image/webp');
  });

  it('knows nothing else: other RIFF files, text, a cut-off signature, no bytes', () => {
    expect(imageTypeOf(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45))).toBeNull();
    expect(imageTypeOf(new TextEncoder().encode('%PDF-1.7 not an image'))).toBeNull();
    expect(imageTypeOf(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull();
    expect(imageTypeOf(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull();
    expect(imageTypeOf(new Uint8Array(0))).toBeNull();
  });
});
