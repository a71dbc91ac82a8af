// Why: the passphrase rules are what stand between a lost file and its readers: at least
// MIN_PASSPHRASE characters as a person counts them, both entries equal (in any Unicode form),
// and a generated one that is long, random and from the alphabet it promises.
import { describe, expect, it } from 'vitest';
import { generatePassphrase, MIN_PASSPHRASE, passphraseLength, passphraseProblem } from '../../../src/exchange/passphrase';

describe('a chosen passphrase', () => {
  it('needs at least twelve characters, counted as a person counts them', () => {
    expect(MIN_PASSPHRASE).toBe(12);
    expect(passphraseProblem('elf tekens!', 'elf tekens!')).toBe('too-short');
    expect(passphraseProblem('twaalf teken', 'twaalf teken')).toBeNull();
    // Eleven emoji are 22 UTF-16 units, still eleven characters.
    const emoji = '🐘'.repeat(11);
    expect(passphraseLength(emoji)).toBe(11);
    expect(passphraseProblem(emoji, emoji)).toBe('too-short');
  });

  it('must be typed the same twice, whichever Unicode form the keyboard gives', () => {
    expect(passphraseProblem('koffie en thee', 'koffie en thee ')).toBe('mismatch');
    expect(passphraseProblem('cafe\u0301 en thee!', 'caf\u00e9 en thee!')).toBeNull();
  });
});

describe('a generated passphrase', () => {
  it('is five groups of four from the unambiguous alphabet, and different each time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassphrase();
      expect(p).toMatch(/^[a-kmnp-z2-9]{4}(-[a-kmnp-z2-9]{4}){4}$/);
      expect(passphraseProblem(p, p)).toBeNull();
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });
});
