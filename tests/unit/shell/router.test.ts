import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../../src/shell/router';

const ID = '6f1d2c3b-4a59-4e8f-9a7b-0c1d2e3f4a5b';

describe('routes', () => {
  it('parses the addresses the app makes, and makes them back', () => {
    for (const path of ['/', '/apparaat', `/workshop/${ID}`, `/workshop/${ID}/topic:bias`]) {
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
