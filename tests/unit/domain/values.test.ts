import { describe, expect, it } from 'vitest';
import type { ValueConflictId, ValueId } from '../../../src/domain/ids';
import { EMPTY_VALUES, addConflict, addValue, inList, moveCore, removeFromList, removeValue, setCore, valueNamed, type ValueEntry } from '../../../src/domain/values';

const v = (id: string, label: string, source: ValueEntry['source'] = 'organisation'): ValueEntry => ({ id: id as ValueId, label, source, description: '' });

describe('values', () => {
  it('adds a word once per list, ignoring case and spaces', () => {
    let values = addValue(EMPTY_VALUES, v('a', 'Privacy'));
    values = addValue(values, v('b', '  privacy '));
    values = addValue(values, v('d', '   '));
    values = addValue(values, v('e', ' Veiligheid ', 'project'));
    expect(values.entries.map((e) => [e.label, e.source])).toEqual([
      ['Privacy', 'organisation'],
      ['Veiligheid', 'project'],
    ]);
    expect(valueNamed(values, 'PRIVACY ')?.source).toBe('organisation');
    expect(valueNamed(values, 'Vertrouwen')).toBeUndefined();
  });

  it('makes a word named in the other list one value of both lists, keeping its id, ranking and conflicts', () => {
    let values = [v('a', 'Privacy'), v('b', 'Efficiëntie', 'project')].reduce(addValue, EMPTY_VALUES);
    values = setCore(values, 'a' as ValueId, true);
    values = addConflict(values, { id: 'c1' as ValueConflictId, a: 'a' as ValueId, b: 'b' as ValueId, description: 'x' });
    values = addValue(values, v('new', ' PRIVACY', 'project'));
    expect(values.entries.map((e) => [e.id, e.source])).toEqual([
      ['a', 'both'],
      ['b', 'project'],
    ]);
    expect(values.coreRanking).toEqual(['a']);
    expect(values.conflicts).toHaveLength(1);
    const both = values.entries[0] as ValueEntry;
    expect([inList(both, 'organisation'), inList(both, 'project')]).toEqual([true, true]);
    // Named again in either list: still one value of both.
    expect(addValue(values, v('again', 'privacy', 'organisation'))).toBe(values);
  });

  it('takes a value of both lists out of one list only; a value of one list is removed', () => {
    let values = [v('a', 'Privacy'), v('a2', 'Privacy', 'project'), v('b', 'Efficiëntie', 'project')].reduce(addValue, EMPTY_VALUES);
    values = setCore(values, 'a' as ValueId, true);
    const fromOrg = removeFromList(values, 'a' as ValueId, 'organisation');
    expect(fromOrg.entries.find((e) => e.id === 'a')?.source).toBe('project');
    expect(fromOrg.coreRanking).toEqual(['a']);
    expect(removeFromList(fromOrg, 'a' as ValueId, 'organisation')).toBe(fromOrg);
    const gone = removeFromList(fromOrg, 'a' as ValueId, 'project');
    expect(gone.entries.map((e) => e.id)).toEqual(['b']);
    expect(gone.coreRanking).toEqual([]);
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
