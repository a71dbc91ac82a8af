// Why: the recovery code must read back as it was written, also when typed carelessly, and a
// vault must refuse a secret shorter than the minimums docs/vaults.md gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSecret, formatRecoveryCode, parseRecoveryCode, RECOVERY_BYTES, waitAfter } from '../../../src/domain/vault-secret';

describe('the recovery code', () => {
  it('reads back any 20 bytes it was made of, in eight groups of four', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: RECOVERY_BYTES, maxLength: RECOVERY_BYTES }), (bytes) => {
        const code = formatRecoveryCode(bytes);
        expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
        expect(parseRecoveryCode(code)).toEqual(bytes);
      }),
    );
  });

  it('forgives spaces, case and the letters that look like digits', () => {
    const bytes = Uint8Array.from({ length: RECOVERY_BYTES }, (_, i) => i * 13);
    const code = formatRecoveryCode(bytes);
    const careless = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryCode(`  ${careless} `)).toEqual(bytes);
  });

  it('is not a code when a character is missing or not in the alphabet', () => {
    const code = formatRecoveryCode(new Uint8Array(RECOVERY_BYTES).fill(7));
    expect(parseRecoveryCode(code.slice(1))).toBeNull();
    expect(parseRecoveryCode(`U${code.slice(1)}`)).toBeNull();
  });
});

describe('what can lock a vault', () => {
  it('a passphrase of 12 characters or a PIN of 6 digits, nothing shorter', () => {
    expect(checkSecret('elf tekens!')).toEqual({ ok: false, problem: 'too-short' });
    expect(checkSecret('twaalf teken')).toEqual({ ok: true, kind: 'passphrase' });
    expect(checkSecret('12345')).toEqual({ ok: false, problem: 'pin-too-short' });
    expect(checkSecret('123456')).toEqual({ ok: true, kind: 'pin' });
  });

  it('slows down from the fourth wrong try, up to five minutes', () => {
    expect([0, 1, 2].map(waitAfter)).toEqual([0, 0, 0]);
    expect(waitAfter(3)).toBe(5_000);
    expect(waitAfter(4)).toBe(10_000);
    expect(waitAfter(30)).toBe(300_000);
  });
});
