// Why: an encrypted bundle is only as strong as its passphrase, and the file can be attacked
// offline for as long as anyone likes. So the app asks for at least MIN_PASSPHRASE characters
// (enough for three or four ordinary words, which people remember and can say over the phone)
// and offers one it makes itself: 20 characters drawn by crypto.getRandomValues from 32 letters
// and digits that are hard to mistake for one another (no 0 or o, no 1 or l), 100 bits, in groups
// of four so it can be read out. No word list: the app would have to ship one in two languages.

export const MIN_PASSPHRASE = 12;
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const GROUPS = 5;
const GROUP = 4;

export type PassphraseProblem = 'too-short' | 'mismatch';

/** Characters as a person counts them (code points, after NFC), not UTF-16 units. */
export function passphraseLength(p: string): number {
  return Array.from(p.normalize('NFC')).length;
}

/** Why a chosen passphrase and its repetition cannot be used, or null when they can. */
export function passphraseProblem(p: string, again: string): PassphraseProblem | null {
  if (passphraseLength(p) < MIN_PASSPHRASE) return 'too-short';
  if (p.normalize('NFC') !== again.normalize('NFC')) return 'mismatch';
  return null;
}

/** A random passphrase such as `k7mq-p9xd-a3fz-w2hn-t8cr`. */
export function generatePassphrase(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(GROUPS * GROUP));
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31] as string);
  const groups: string[] = [];
  for (let i = 0; i < GROUPS; i++) groups.push(chars.slice(i * GROUP, (i + 1) * GROUP).join(''));
  return groups.join('-');
}
