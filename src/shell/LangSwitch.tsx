// Why: the language switch in the header: two large buttons, the current one pressed.
import { LANGS, type Lang } from '../domain/lang';
import { setLang } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { savePreferredLang } from '../storage/preferences';
import { showNotice } from './notices';

/** Each language's name, in its own words; a new language is a compile error here until named. */
const NAMES = { nl: 'lang.nlFull', en: 'lang.enFull' } as const satisfies Record<Lang, string>;

export function LangSwitch() {
  const { t, lang } = useT();
  const choose = async (next: Lang) => {
    if (next === lang) return;
    const ok = await setLang(next);
    // Remembered on this device, so the next start is in this language.
    if (ok) savePreferredLang(next);
    else showNotice({ id: 'lang-failed', text: t('lang.failed'), tone: 'error', actions: [], dismissible: true, timeoutMs: 8000 });
  };
  return (
    <div class="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((l) => (
        <button type="button" key={l} lang={l} aria-pressed={l === lang} onClick={() => void choose(l)}>
          {t(NAMES[l])}
        </button>
      ))}
    </div>
  );
}
