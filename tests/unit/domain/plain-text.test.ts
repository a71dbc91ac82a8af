// Why: the invisible characters that turn a name around or hide what a text is must be found,
// cleaned out of what the app stores and shown visibly when a refused text is quoted, while
// every real script, emoji, tab and line break stays exactly as typed.
import { describe, expect, it } from 'vitest';
import { findUnsafeChar, plainText, plainTexts, showUnsafe } from '../../../src/domain/plain-text';

const UNSAFE = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f'];
const KEPT = ['Łukasz Wróbel', 'مرحبا بالعالم', 'שלום', '🚛🧪👩🏽‍💻', 'e\u0301', 'tab\tnew\nline\r\n', 'bewaartermijn ≤ 5 jaar', 'رقم\u200f 12', 'A\u200eB', '\u061c', 'zero\u200bwidth'];

describe('invisible characters in text', () => {
  it('finds each override, embedding, isolate and control character, and says which', () => {
    for (const c of UNSAFE) expect(findUnsafeChar(`ab${c}cd`), c.codePointAt(0)?.toString(16)).toEqual({ index: 2, char: `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` });
  });

  it('keeps tab, line breaks, the bidirectional marks and every script', () => {
    for (const s of KEPT) {
      expect(findUnsafeChar(s), s).toBeNull();
      expect(plainText(s)).toBe(s);
    }
  });

  it('cleans a reversed name to what it really is', () => {
    expect(plainText('\u202eseirv ed ennA')).toBe('seirv ed ennA');
    expect(plainText('Verslag \u202efdp.exe\u202c')).toBe('Verslag fdp.exe');
  });

  it('shows them visibly for quoting', () => {
    expect(showUnsafe('Anne\u202e\u0007')).toBe('Anne⟨U+202E⟩⟨U+0007⟩');
    expect(showUnsafe('Anne')).toBe('Anne');
  });

  it('cleans every string in a change, and keeps Blobs, numbers and untouched objects as they are', () => {
    const blob = new Blob(['x']);
    const clean = { a: 'ok', n: 3, list: ['x'] };
    const v = { name: 'A\u202eB', nested: { list: ['\u2066x\u2069', 1, null] }, blob, clean };
    const out = plainTexts(v);
    expect(out).toEqual({ name: 'AB', nested: { list: ['x', 1, null] }, blob, clean });
    expect(out.blob).toBe(blob);
    expect(out.clean).toBe(clean);
    expect(plainTexts(clean)).toBe(clean);
  });
});
