import { describe, expect, it } from 'vitest';
import { forgetRemoved, leaveAllBut, rememberRemoved, removedAt, type Removed } from '../../../src/shell/removed';

const item = (key: string, place: string): Removed => ({ key, place, what: 'Notitie', content: key, lang: 'nl', restore: async () => true });

describe('what was just deleted', () => {
  it('is offered on the screen it was deleted on only, newest first, once per thing', () => {
    leaveAllBut('/nowhere');
    rememberRemoved(item('note-1', '/w/1/topic:source'));
    rememberRemoved(item('note-2', '/w/1/topic:source'));
    rememberRemoved(item('person-1', '/w/1/participants'));
    rememberRemoved(item('note-1', '/w/1/topic:source'));
    expect(removedAt('/w/1/topic:source').map((r) => r.key)).toEqual(['note-1', 'note-2']);
    expect(removedAt('/w/1/participants').map((r) => r.key)).toEqual(['person-1']);
  });

  it('goes once put back, and when the user moves to another screen', () => {
    leaveAllBut('/nowhere');
    rememberRemoved(item('note-1', '/a'));
    rememberRemoved(item('note-2', '/a'));
    rememberRemoved(item('note-3', '/b'));
    forgetRemoved('note-1');
    expect(removedAt('/a').map((r) => r.key)).toEqual(['note-2']);
    leaveAllBut('/b');
    expect(removedAt('/a')).toEqual([]);
    expect(removedAt('/b').map((r) => r.key)).toEqual(['note-3']);
  });

  it('keeps a bounded number, dropping the oldest', () => {
    leaveAllBut('/nowhere');
    for (let i = 0; i < 40; i++) rememberRemoved(item(`note-${i}`, '/a'));
    const kept = removedAt('/a');
    expect(kept).toHaveLength(30);
    expect(kept[0]?.key).toBe('note-39');
    expect(kept.at(-1)?.key).toBe('note-10');
  });
});
