import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, isHlc, isNodeId, newNodeId, nodeOf, parseHlc, receive, startClock, tick, type Hlc, type NodeId } from '../../../src/domain/hlc';
import { bump, compare, join, latest, EMPTY_VECTOR, type VersionVector } from '../../../src/domain/version';

const A = '9f3a1c2b4d5e6f70' as NodeId;
const B = '0123456789abcdef' as NodeId;
const T = Date.parse('2026-12-02T06:11:23.000Z');

describe('hybrid logical clock', () => {
  it('writes a sortable timestamp and reads it back', () => {
    const { hlc } = tick(startClock(A), T);
    expect(hlc).toBe('2026-12-02T06:11:23.000Z-0000-9f3a1c2b4d5e6f70');
    expect(isHlc(hlc)).toBe(true);
    expect(parseHlc(hlc)).toEqual({ wall: T, counter: 0, node: A });
    expect(nodeOf(hlc)).toBe(A);
    expect(isHlc('2026-12-02T06:11:23.000Z-0000-XYZ')).toBe(false);
  });

  it('never goes backwards on this device, even when the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5000, max: 5000 }), { maxLength: 40 }), (jumps) => {
        let state = startClock(A);
        let last = '' as Hlc;
        let now = T;
        for (const j of jumps) {
          now += j;
          const t = tick(state, now);
          expect(t.hlc > last).toBe(true);
          last = t.hlc;
          state = t.state;
        }
      }),
    );
  });

  it('after receiving a remote timestamp, the next local one is later than it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), fc.nat(20), (ahead, counter) => {
        const remote = formatHlc({ wall: T + ahead, counter, node: B });
        const local = tick(receive(startClock(A), remote, T), T).hlc;
        // Time and counter (the first 29 characters) order the two, whatever the node ids.
        expect(local.slice(0, 29) > remote.slice(0, 29)).toBe(true);
      }),
    );
  });

  it('refuses a remote clock a day or more ahead', () => {
    expect(() => receive(startClock(A), formatHlc({ wall: T + 2 * 86_400_000, counter: 0, node: B }), T)).toThrow(/ahead/);
  });

  it('makes node ids of 16 hex characters', () => {
    expect(isNodeId(newNodeId())).toBe(true);
    expect(newNodeId()).not.toBe(newNodeId());
  });
});

describe('version vectors', () => {
  const h = (ms: number, node: NodeId) => formatHlc({ wall: T + ms, counter: 0, node });
  const a1 = bump(EMPTY_VECTOR, A, h(1, A));
  const a2 = bump(a1, A, h(2, A));
  const a1b1 = bump(a1, B, h(3, B));

  it('says same, before, after and concurrent', () => {
    expect(compare(a1, a1)).toBe('same');
    expect(compare(a1, a2)).toBe('before');
    expect(compare(a2, a1)).toBe('after');
    expect(compare(a2, a1b1)).toBe('concurrent');
    expect(compare(EMPTY_VECTOR, a1)).toBe('before');
  });

  it('joins to what both have seen, and the join is after or the same as each', () => {
    const vec = fc.dictionary(fc.constantFrom(A, B, 'ffffffffffffffff'), fc.nat(1000)).map((d) => {
      let v: VersionVector = EMPTY_VECTOR;
      for (const [n, ms] of Object.entries(d)) v = bump(v, n as NodeId, h(ms, n as NodeId));
      return v;
    });
    fc.assert(
      fc.property(vec, vec, (x, y) => {
        const j = join(x, y);
        expect(join(y, x)).toEqual(j);
        expect(['after', 'same']).toContain(compare(j, x));
        expect(['after', 'same']).toContain(compare(j, y));
        expect(join(j, j)).toEqual(j);
      }),
    );
    expect(latest(a1b1)).toBe(h(3, B));
    expect(latest(EMPTY_VECTOR)).toBeNull();
  });
});
