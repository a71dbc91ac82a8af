// Why: an auditor running `npm run verify` must never be left with a stack trace. Whatever
// goes wrong that the checks do not foresee is one line naming the file and the cause, with
// an exit code that is not 0. Here the checking code itself is made to fail.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { verifyCli } from '../../../src/exchange/verify-cli';

vi.mock('../../../src/exchange/backup', () => ({
  openFile: () => {
    const e = new RangeError('Invalid time value\nsecond line of detail');
    e.stack = 'RangeError: Invalid time value\n    at Date.toISOString (<anonymous>)\n    at openParsed (bundle.ts:1:1)';
    return Promise.reject(e);
  },
}));

describe('npm run verify, when checking itself fails', () => {
  it('prints one line with the file and the cause, no stack, and exits non-zero', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deda-crash-')), 'x.deda.json');
    writeFileSync(file, '{}');
    const out: string[] = [];
    const err: string[] = [];
    const code = await verifyCli([file], (l) => out.push(l), (l) => err.push(l));
    expect(code).not.toBe(0);
    expect(err).toEqual([`Could not check ${file}: RangeError: Invalid time value`]);
    expect([...out, ...err].join('\n')).not.toMatch(/\n\s+at /);
    expect(out.join('\n')).not.toContain('OK');
  });
});
