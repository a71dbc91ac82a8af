import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, LANGS, LANG_TAGS, isLang } from '../../../src/domain/lang';
import { localized } from '../../../src/domain/localized';

describe('the languages', () => {
  it('has a language tag for every language, each a BCP 47 tag of that language', () => {
    for (const l of LANGS) expect(LANG_TAGS[l].split('-')[0]).toBe(l);
    expect(isLang(DEFAULT_LANG)).toBe(true);
    expect(isLang('de')).toBe(false);
  });

  it('gives a text in the language asked for', () => {
    expect(localized({ nl: 'Doel', en: 'Goal' }, 'en')).toBe('Goal');
    expect(localized({ nl: 'Doel', en: 'Goal' }, 'nl')).toBe('Doel');
  });

  it('falls back to the default language, then to any language that has the text, else empty', () => {
    expect(localized({ nl: 'Doel' }, 'en')).toBe('Doel');
    expect(localized({ nl: 'Doel', en: '  ' }, 'en')).toBe('Doel');
    expect(localized({ en: 'Goal' }, 'nl')).toBe('Goal');
    expect(localized({}, 'nl')).toBe('');
    expect(localized(undefined, 'en')).toBe('');
  });
});
