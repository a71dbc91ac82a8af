// Why: the app speaks to its Dutch user as "je", never with the formal "u" or "uw" (house
// rule). A formal word slips in easily when a text is written in a hurry, so every Dutch
// string is checked here. Whole words only: "uur", "uit", "nu" or "u-bocht" are not the formal
// "u"; an apostrophe or hyphen counts as part of the word ("'s", "e-mail").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(__dirname, '../../../locales/nl');

type Json = { [k: string]: Json | string };

function strings(obj: Json, prefix: string, out: [string, string][]): [string, string][] {
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'string') out.push([`${prefix}.${k}`, v]);
    else strings(v, `${prefix}.${k}`, out);
  }
  return out;
}

/** The formal words of address as whole words; letters, digits, apostrophes and hyphens join a word. */
const FORMAL = /(?<![\p{L}\p{N}'’-])(u|uw|uzelf|uwe)(?![\p{L}\p{N}'’-])/iu;

function formalWord(text: string): string | undefined {
  return FORMAL.exec(text)?.[0];
}

describe('Dutch texts say "je", never "u"', () => {
  it('finds the formal words and leaves words that only contain the letters alone', () => {
    expect(formalWord('Kunt u hier kiezen?')).toBe('u');
    expect(formalWord('Uw workshop staat klaar.')).toBe('Uw');
    expect(formalWord('Iets werkt niet voor u?')).toBe('u');
    expect(formalWord('(u)')).toBe('u');
    for (const fine of ['Een uur later', 'Kies uit de lijst', 'Nu of straks', 'een u-bocht', 'Zet je werk uit', 'Duur: {{min}} min']) {
      expect(formalWord(fine), fine).toBeUndefined();
    }
  });

  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    it(`nl/${file} has no "u" or "uw"`, () => {
      const found = strings(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json, file, [])
        .filter(([, text]) => formalWord(text) !== undefined)
        .map(([key, text]) => `${key}: ${text}`);
      expect(found).toEqual([]);
    });
  }
});
