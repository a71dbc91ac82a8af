// Why: the import screen has an address of its own (also the manifest's file_handlers action),
// so a reload or an opened file lands on it.
import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../../src/shell/router';

describe('the import route', () => {
  it('is /importeren, with /import as an alias, both ways', () => {
    expect(parseRoute('/importeren')).toEqual({ name: 'import' });
    expect(parseRoute('/import/')).toEqual({ name: 'import' });
    expect(hrefOf({ name: 'import' })).toBe('/importeren');
  });
});
