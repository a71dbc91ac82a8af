// Why: a signer's name is only what they typed, so anyone can sign under a colleague's name
// with a key of their own. To notice that, the import compares names the way a person reads
// them: this is the one rule for "the same name" (Unicode NFKC, so look-alike forms such as
// full-width letters count as the letters they show; case-insensitive; invisible format
// characters dropped; spaces trimmed and runs of them as one). Pure, no I/O.
// Letters of other scripts that look like Latin ones (Cyrillic "а" for "a", Greek "Ο" for "O",
// capital "I" for "l", "rn" for "m") make a name that reads the same but compares different;
// two names are also the same when their look-alike skeletons are (after Unicode's confusable
// detection, UTS #39, with a small table of the letters a Dutch or English name is made of).

/** The form two names are compared in; '' for a name that is empty once normalised. */
export function signerNameKey(name: string): string {
  return (
    name
      .normalize('NFKC')
      // Zero-width spaces and joiners, bidi marks: invisible, so not part of the name as read.
      .replace(/\p{Cf}/gu, '')
      .replace(/\s+/gu, ' ')
      .trim()
      // Upper then lower folds more than lower alone (ß and SS, final and other sigma).
      .toUpperCase()
      .toLowerCase()
  );
}

/**
 * Letters that show as a Latin letter, by the letter they show. Capitals map to the lower-case
 * letter they pass for, so capital I, Greek Iota and Cyrillic I all read as "l", the letter a
 * capital I is most often mistaken for.
 */
const LOOKS_LIKE: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'ë', і: 'i', ї: 'ï', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ь: 'b',
  А: 'a', В: 'b', Е: 'e', І: 'l', Ј: 'j', К: 'k', М: 'm', Н: 'h', О: 'o', Р: 'p', С: 'c', Т: 't', У: 'y', Х: 'x', Ѕ: 's', Ү: 'y', Ԁ: 'd', Ӏ: 'l',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', υ: 'u', ι: 'i', κ: 'k', χ: 'x', ε: 'e', ϲ: 'c', ϳ: 'j',
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'l', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p', Τ: 't', Υ: 'y', Χ: 'x', Ϲ: 'c',
  // Armenian
  օ: 'o', ս: 'u', հ: 'h', ո: 'n', ց: 'g',
  // Latin letters and digits that pass for others
  I: 'l', ı: 'i', ɑ: 'a', ɡ: 'g', ǀ: 'l', '1': 'l', '|': 'l', '0': 'o',
};

/** The name as it looks: every look-alike as the Latin letter it shows, "rn" as "m", "vv" as "w". */
export function signerNameSkeleton(name: string): string {
  const spaced = name
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  let out = '';
  for (const ch of spaced) out += LOOKS_LIKE[ch] ?? ch.toLowerCase();
  return out.replace(/rn/g, 'm').replace(/vv/g, 'w');
}

/** Whether two non-empty names read as the same name: the same letters, or letters that look the same. */
export function sameSignerName(a: string, b: string): boolean {
  const k = signerNameKey(a);
  if (k === '') return false;
  return k === signerNameKey(b) || signerNameSkeleton(a) === signerNameSkeleton(b);
}
