// Why: JSON.parse keeps the last of two members with one name and says nothing, so a file can
// show one value to a tool that reads the first and another to the app. The guarded parse
// refuses such a file, at any depth, with where; names mean what JSON says they mean (an
// escape spells the same name), and the same name in two different objects is fine.
import { describe, expect, it } from 'vitest';
import { parseGuarded } from '../../../src/exchange/parse-guarded';

const parse = (text: string) => parseGuarded(new TextEncoder().encode(text), { bytes: 1_000_000, depth: 32 });

describe('a member named twice', () => {
  it('is refused at the top, in a nested object and in an object in a list, with its path', () => {
    expect(parse('{"a":1,"a":2}')).toEqual({ ok: false, refusal: { kind: 'duplicate-member', path: 'a', key: 'a' } });
    expect(parse('{"x":{"y":{"b":1,"c":2,"b":3}}}')).toEqual({ ok: false, refusal: { kind: 'duplicate-member', path: 'x.y.b', key: 'b' } });
    expect(parse('{"list":[{"k":1},{"k":1},{"id":1,"k":2,"id":3}]}')).toEqual({ ok: false, refusal: { kind: 'duplicate-member', path: 'list[2].id', key: 'id' } });
    expect(parse('[[1,2],[{"m":[{}],"n":0,"m":1}]]')).toEqual({ ok: false, refusal: { kind: 'duplicate-member', path: '[1][0].m', key: 'm' } });
  });

  it('is found when one of the two is written with escapes', () => {
    expect(parse('{"title":"a","\\u0074itle":"b"}')).toMatchObject({ ok: false, refusal: { kind: 'duplicate-member', key: 'title' } });
    expect(parse('{"a\\"b":1,"a\\u0022b":2}')).toMatchObject({ ok: false, refusal: { kind: 'duplicate-member', key: 'a"b' } });
  });

  it('is not confused by the same name in sibling objects, or by values that look like names', () => {
    const r = parse('{"a":{"id":1},"b":{"id":1},"c":["a","a"],"d":"a","e":{"x":"\\"a\\":"},"f":{"a":{"a":{"a":1}}}}');
    expect(r.ok).toBe(true);
    expect(parse('{"":1,"x":{"":2}}').ok).toBe(true);
  });

  it('leaves other refusals as they were: a broken file is still broken, not a duplicate', () => {
    expect(parse('{"a":1,"a":')).toMatchObject({ ok: false, refusal: { kind: 'truncated' } });
    expect(parse('{"a":1,"a":2')).toMatchObject({ ok: false, refusal: { kind: 'truncated' } });
    expect(parse('{"a":1,"a" 2}')).toMatchObject({ ok: false, refusal: { kind: 'not-json' } });
    expect(parse('{"__proto__":1,"__proto__":2}')).toMatchObject({ ok: false, refusal: { kind: 'forbidden-key' } });
  });
});
