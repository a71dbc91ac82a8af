// Why: the languages the app speaks, in one place: the list, the language tag each is written
// with (dates, numbers, lists, <html lang>, the report's metadata) and the rule for a text that
// is missing in the reader's language. Every other list of languages derives from these.
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';

/** The BCP 47 tag of each language, for Intl and for documents. */
export const LANG_TAGS: Readonly<Record<Lang, string>> = { nl: 'nl-NL', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A text in some of the languages (a pack may declare only one). */
export type SomeLangs = Readonly<Partial<Record<Lang, string>>>;

/**
 * The text in `lang`; where it is missing or empty, in the default language, else in the first
 * language that has it, else ''. A pack written in Dutch only still reads in an English workshop.
 */
export function localized(text: SomeLangs | undefined, lang: Lang): string {
  if (!text) return '';
  for (const l of [lang, DEFAULT_LANG, ...LANGS]) {
    const value = text[l];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return '';
}
