// Why: what a vault may be locked with, and the recovery code that opens it without the
// passphrase, are rules the create screen, the lock screen and the crypto share (docs/vaults.md).
// Pure: the random bytes come from the caller.

/** A passphrase of at least this many characters resists offline guessing at PBKDF2's cost. */
export const MIN_PASSPHRASE = 12;
/** A PIN only stops the person at the tablet (with the slowdown), not an offline copy. */
export const MIN_PIN = 6;

export type SecretKind = 'passphrase' | 'pin';
export type SecretProblem = 'too-short' | 'pin-too-short';

/** Which kind the secret is, or why it cannot lock a vault. */
export function checkSecret(secret: string): { ok: true; kind: SecretKind } | { ok: false; problem: SecretProblem } {
  if (/^[0-9]+$/.test(secret)) return secret.length >= MIN_PIN ? { ok: true, kind: 'pin' } : { ok: false, problem: 'pin-too-short' };
  return [...secret].length >= MIN_PASSPHRASE ? { ok: true, kind: 'passphrase' } : { ok: false, problem: 'too-short' };
}

/** Crockford's base32: no I, L, O or U, so that a code written by hand reads back. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 160 random bits: 32 characters, written in eight groups of four. */
export const RECOVERY_BYTES = 20;
const CHARS = (RECOVERY_BYTES * 8) / 5;

/** The code for 20 random bytes, as it is shown to write down: `XXXX-XXXX-…`. */
export function formatRecoveryCode(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_BYTES) throw new Error('a recovery code is 20 bytes');
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
    acc &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)?.join('-') ?? out;
}

/**
 * The bytes of a code as someone typed it back: spaces, dashes and case do not matter, and
 * O, I and L read as 0, 1 and 1 (Crockford). Null when it is not a whole code.
 */
export function parseRecoveryCode(typed: string): Uint8Array | null {
  const chars = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.length !== CHARS) return null;
  const out = new Uint8Array(RECOVERY_BYTES);
  let bits = 0;
  let acc = 0;
  let i = 0;
  for (const c of chars) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return null;
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[i++] = (acc >> bits) & 255;
    }
    acc &= (1 << bits) - 1;
  }
  return out;
}

/** After this many wrong tries in a row, each next try waits longer. */
export const FREE_TRIES = 3;
const FIRST_WAIT_MS = 5_000;
const MAX_WAIT_MS = 5 * 60_000;

/** How long to wait before the next try after `wrong` wrong tries in a row. */
export function waitAfter(wrong: number): number {
  if (wrong < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (wrong - FREE_TRIES));
}
