// Why: an anonymised example opens by its SHA-256 at /voorbeeld/<hash>, so a reload returns to it.
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../../src/shell/router';

describe('the example route', () => {
  const id = 'ab'.repeat(32);
  it('goes there and back', () => {
    expect(parseRoute(`/voorbeeld/${id}`)).toEqual({ name: 'example', id });
    expect(hrefOf({ name: 'example', id })).toBe(`/voorbeeld/${id}`);
  });
  it('takes only a full lowercase SHA-256', () => {
    expect(parseRoute('/voorbeeld/abc').name).toBe('not-found');
    expect(parseRoute(`/voorbeeld/${id.toUpperCase()}`).name).toBe('not-found');
  });
});
