// Why: the exported file's name is what people find in their downloads or share sheet: the
// date and the title, and never a character a file system refuses.
import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../src/features/exchange/export-flow';

describe('the bundle file name', () => {
  it('is the workshop date and title', () => {
    expect(fileNameFor('Slimme vuilcontainers', '2026-11-12', '2026-11-29')).toBe('2026-11-12 Slimme vuilcontainers.deda.json');
  });
  it('uses today when the workshop has no date', () => {
    expect(fileNameFor('Wmo', null, '2026-11-29')).toBe('2026-11-29 Wmo.deda.json');
  });
  it('replaces characters file systems refuse, and keeps letters of every script', () => {
    expect(fileNameFor('A/B: "test" <x>?', '2026-11-12', '')).toBe('2026-11-12 A-B- -test- -x.deda.json');
    expect(fileNameFor('Łódź · 日本 🚛', '2026-11-12', '')).toBe('2026-11-12 Łódź · 日本 🚛.deda.json');
    expect(fileNameFor('...', '2026-11-12', '')).toBe('2026-11-12 workshop.deda.json');
    expect(fileNameFor('x'.repeat(300), '2026-11-12', '').length).toBeLessThanOrEqual(11 + 80 + 10);
  });
});
