import { describe, expect, it } from 'vitest';
import type { ValueConflictId, ValueId } from '../../../src/domain/ids';
import { EMPTY_VALUES, addConflict, addValue, moveCore, removeValue, setCore, valueNamed, type ValueEntry } from '../../../src/domain/values';

const v = (id: string, label: string, source: ValueEntry['source'] = 'organisation'): ValueEntry => ({ id: id as ValueId, label, source, description: '' });

describe('values', () => {
  it('adds a word once across both lists, ignoring case and spaces, and says where it is', () => {
    let values = addValue(EMPTY_VALUES, v('a', 'Privacy'));
    values = addValue(values, v('b', '  privacy '));
    values = addValue(values, v('c', 'Privacy', 'project'));
    values = addValue(values, v('d', '   '));
    values = addValue(values, v('e', ' Veiligheid ', 'project'));
    expect(values.entries.map((e) => [e.label, e.source])).toEqual([
      ['Privacy', 'organisation'],
      ['Veiligheid', 'project'],
    ]);
    expect(valueNamed(values, 'PRIVACY ')?.source).toBe('organisation');
    expect(valueNamed(values, 'Vertrouwen')).toBeUndefined();
  });

  it('ranks core values and moves them within the ranking', () => {
    let values = [v('a', 'Privacy'), v('b', 'Efficiëntie'), v('c', 'Vertrouwen')].reduce(addValue, EMPTY_VALUES);
    values = setCore(setCore(setCore(values, 'a' as ValueId, true), 'b' as ValueId, true), 'c' as ValueId, true);
    values = moveCore(values, 'c' as ValueId, -1);
    expect(values.coreRanking).toEqual(['a', 'c', 'b']);
    expect(moveCore(values, 'a' as ValueId, -1).coreRanking).toEqual(['a', 'c', 'b']);
    expect(setCore(values, 'c' as ValueId, false).coreRanking).toEqual(['a', 'b']);
  });

  it('removing a value removes it from the ranking and from conflicts', () => {
    let values = [v('a', 'Privacy'), v('b', 'Efficiëntie')].reduce(addValue, EMPTY_VALUES);
    values = setCore(values, 'a' as ValueId, true);
    values = addConflict(values, { id: 'x' as ValueConflictId, a: 'a' as ValueId, b: 'b' as ValueId, description: ' data minimaliseren vs. snelheid ' });
    expect(values.conflicts[0]?.description).toBe('data minimaliseren vs. snelheid');
    values = removeValue(values, 'a' as ValueId);
    expect(values.coreRanking).toEqual([]);
    expect(values.conflicts).toEqual([]);
  });

  it('refuses a conflict of a value with itself', () => {
    const values = addValue(EMPTY_VALUES, v('a', 'Privacy'));
    expect(addConflict(values, { id: 'x' as ValueConflictId, a: 'a' as ValueId, b: 'a' as ValueId, description: '' }).conflicts).toEqual([]);
  });
});
