// Why: a text written in some of the app's languages (a pack may declare only one) read in
// any of them, by one rule. Apart from lang.ts because the first load does not need it.
import { DEFAULT_LANG, LANGS, type Lang } from './lang';

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
