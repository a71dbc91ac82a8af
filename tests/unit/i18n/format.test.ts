// Why: dates are shown in the reader's language from the ISO text the data holds, and the
// formatter is reused, not rebuilt per call (see the module's comment for why that matters).
import { describe, expect, it, vi } from 'vitest';
import { formatBytes, formatDate, formatMoment } from '../../../src/i18n/format';

describe('format', () => {
  it('writes a date in Dutch and in English', () => {
    expect(formatDate('2026-11-29', 'nl')).toBe('29 november 2026');
    expect(formatDate('2026-11-29', 'en')).toBe('29 November 2026');
    expect(formatDate(null, 'nl')).toBe('');
    expect(formatDate('kapot', 'nl')).toBe('kapot');
  });

  it('writes a moment and a size', () => {
    expect(formatMoment('2026-11-29T10:15:00.000Z', 'nl')).toMatch(/29 nov\.? 2026/);
    expect(formatBytes(1_250_000, 'nl')).toBe('1,3 MB');
  });

  it('makes one formatter per language and style, however many dates it writes', async () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    class Counted extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made += 1;
      }
    }
    Intl.DateTimeFormat = Counted as typeof Intl.DateTimeFormat;
    try {
      vi.resetModules();
      const fresh = await import('../../../src/i18n/format');
      for (let i = 1; i <= 28; i++) fresh.formatDate(`2027-02-${String(i).padStart(2, '0')}`, 'en');
      for (let i = 0; i < 10; i++) fresh.formatMoment('2027-02-01T10:00:00.000Z', 'en');
      expect(fresh.formatDate('2027-02-03', 'en')).toBe('3 February 2027');
      expect(made).toBe(2);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
