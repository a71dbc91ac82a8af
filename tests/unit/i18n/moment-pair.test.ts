// Why: two moments side by side that differ within one minute must not read the same.
import { describe, expect, it } from 'vitest';
import { formatMomentPair } from '../../../src/i18n/moment-pair';
import { formatMoment } from '../../../src/i18n/format';

describe('formatMomentPair', () => {
  it('writes seconds when two different moments fall in the same minute', () => {
    const [a, b] = formatMomentPair('2026-12-02T13:35:10.000Z', '2026-12-02T13:35:52.000Z', 'nl');
    expect(a).not.toBe(b);
    expect(a).toMatch(/:35:10/);
    expect(b).toMatch(/:35:52/);
    const [c, d] = formatMomentPair('2026-12-02T13:35:10.000Z', '2026-12-02T13:35:52.000Z', 'en');
    expect(c).toMatch(/:35:10/);
    expect(d).toMatch(/:35:52/);
  });

  it('keeps minutes when the minutes already differ or the moments are the same', () => {
    const a = '2026-12-02T13:35:10.000Z';
    const b = '2026-12-02T13:40:10.000Z';
    expect(formatMomentPair(a, b, 'nl')).toEqual([formatMoment(a, 'nl'), formatMoment(b, 'nl')]);
    expect(formatMomentPair(a, a, 'nl')).toEqual([formatMoment(a, 'nl'), formatMoment(a, 'nl')]);
    expect(formatMomentPair(a, a, 'nl')[0]).not.toMatch(/:10\b/);
  });

  it('leaves text that is no moment as it is', () => {
    expect(formatMomentPair('kapot', 'kapot', 'nl')).toEqual(['kapot', 'kapot']);
  });
});
