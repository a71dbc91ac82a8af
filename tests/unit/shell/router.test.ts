import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../../src/shell/router';

const ID = '6f1d2c3b-4a59-4e8f-9a7b-0c1d2e3f4a5b';

describe('routes', () => {
  it('parses the addresses the app makes, and makes them back', () => {
    for (const path of ['/', '/apparaat', '/toegankelijkheid', `/workshop/${ID}`, `/workshop/${ID}/topic:bias`]) {
      expect(hrefOf(parseRoute(path))).toBe(path);
    }
  });

  it('treats an unknown address as not found rather than home', () => {
    expect(parseRoute('/workshop/not-an-id')).toEqual({ name: 'not-found', path: '/workshop/not-an-id' });
  });

  it('ignores a trailing slash', () => {
    expect(parseRoute('/apparaat/')).toEqual({ name: 'device' });
  });
});

describe('the accessibility statement', () => {
  it('has a Dutch and an English address, and the Dutch one is the one the app links to', () => {
    expect(parseRoute('/toegankelijkheid')).toEqual({ name: 'statement' });
    expect(parseRoute('/accessibility')).toEqual({ name: 'statement' });
    expect(hrefOf({ name: 'statement' })).toBe('/toegankelijkheid');
  });
});
