// Why: the rules that keep two tabs from overwriting each other's text without a word.
import { describe, expect, it } from 'vitest';
import { editAgainst, keepBoth } from '../../../src/domain/concurrent-edit';

describe('keepBoth', () => {
  it('puts both texts in, mine first, on their own paragraphs or with a slash on one line', () => {
    expect(keepBoth('Minder verkeer.', 'Betere lucht.', true)).toBe('Minder verkeer.\n\nBetere lucht.');
    expect(keepBoth('Stadhuis', 'Raadzaal', false)).toBe('Stadhuis / Raadzaal');
  });
  it('does not repeat a text that the other already holds, nor keep an empty one', () => {
    expect(keepBoth('BRP', 'BRP en BAG', true)).toBe('BRP en BAG');
    expect(keepBoth('BRP en BAG', 'BAG', true)).toBe('BRP en BAG');
    expect(keepBoth('  ', 'Raadzaal', false)).toBe('Raadzaal');
    expect(keepBoth('Raadzaal', '', false)).toBe('Raadzaal');
  });
});

describe('editAgainst', () => {
  const base = { text: 'a', kind: 'answer', speaker: { kind: 'group' } };
  it('names only the fields the edit changed', () => {
    expect(editAgainst(base, base, { text: 'a', kind: 'concern', speaker: { kind: 'group' } })).toEqual({ changed: ['kind'], clash: [] });
  });
  it('a field changed elsewhere that this edit leaves alone is no clash', () => {
    expect(editAgainst(base, { ...base, text: 'b' }, { text: 'a', kind: 'concern' })).toEqual({ changed: ['kind'], clash: [] });
  });
  it('the same field changed here and elsewhere to different values is a clash; to the same value it is not', () => {
    expect(editAgainst(base, { ...base, text: 'b' }, { text: 'c' })).toEqual({ changed: ['text'], clash: ['text'] });
    expect(editAgainst(base, { ...base, text: 'c' }, { text: 'c' })).toEqual({ changed: ['text'], clash: [] });
  });
});
