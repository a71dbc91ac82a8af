// Why: the follow-up view has an address of its own (Dutch, with the English alias), so a
// reload or a bookmark on the tablet returns to it.
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../../src/shell/router';

describe('the follow-up route', () => {
  it('parses /opvolging and the English alias, and makes the Dutch address', () => {
    expect(parseRoute('/opvolging')).toEqual({ name: 'follow-up' });
    expect(parseRoute('/follow-up/')).toEqual({ name: 'follow-up' });
    expect(hrefOf({ name: 'follow-up' })).toBe('/opvolging');
  });
});
