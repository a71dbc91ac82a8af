// Why: the languages the app speaks, in one place: the list, the language tag each is written
// with (dates, numbers, lists, <html lang>, the report's metadata) and the rule for a text that
// is missing in the reader's language (localized.ts, kept apart so it stays off the first
// load). Every other list of languages derives from these.
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

/** The BCP 47 tag of each language, for Intl and for documents. */
export const LANG_TAGS: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
