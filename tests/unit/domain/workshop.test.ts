import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../../../src/domain/time';
import { isIsoDate, todayIso } from '../../../src/domain/time';
import { MAX_TITLE, byLastChange, needsExport, normaliseMeta } from '../../../src/domain/workshop';
import { meta } from '../support/fixtures';

describe('normaliseMeta', () => {
  it('trims every field', () => {
    const { meta: clean, problems } = normaliseMeta(meta({ title: '  Titel  ', place: ' Zaal 1 ' }));
    expect(problems).toEqual([]);
    expect(clean.title).toBe('Titel');
    expect(clean.place).toBe('Zaal 1');
  });

  it('requires a title that is not only spaces', () => {
    expect(normaliseMeta(meta({ title: '   ' })).problems).toEqual([{ field: 'title', problem: 'required' }]);
  });

  it('refuses a title that is too long, and names the field', () => {
    expect(normaliseMeta(meta({ title: 'x'.repeat(MAX_TITLE + 1) })).problems).toEqual([{ field: 'title', problem: 'too-long' }]);
    expect(normaliseMeta(meta({ place: 'y'.repeat(501) })).problems).toEqual([{ field: 'place', problem: 'too-long' }]);
  });
});

describe('ordering and export reminder', () => {
  const at = (iso: string) => iso as IsoDateTime;
  it('sorts newest change first, ties by title', () => {
    const list = [
      { title: 'b', updatedAt: at('2026-01-01T10:00:00.000Z') },
      { title: 'c', updatedAt: at('2026-01-02T10:00:00.000Z') },
      { title: 'a', updatedAt: at('2026-01-01T10:00:00.000Z') },
    ];
    expect([...list].sort(byLastChange).map((w) => w.title)).toEqual(['c', 'a', 'b']);
  });

  it('asks for an export when never exported or changed since', () => {
    expect(needsExport({ updatedAt: at('2026-01-01T10:00:00.000Z'), lastExportedAt: null })).toBe(true);
    expect(needsExport({ updatedAt: at('2026-01-02T10:00:00.000Z'), lastExportedAt: at('2026-01-01T10:00:00.000Z') })).toBe(true);
    expect(needsExport({ updatedAt: at('2026-01-01T10:00:00.000Z'), lastExportedAt: at('2026-01-01T10:00:00.000Z') })).toBe(false);
  });
});

describe('dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('29-11-2026')).toBe(false);
  });

  it('gives today on the local calendar', () => {
    expect(todayIso(new Date(2026, 10, 29, 0, 30))).toBe('2026-11-29' as IsoDate);
  });
});
