// Why: one i18next instance for the whole app, Dutch first, with the language switch that
// is remembered per device and keeps <html lang> right for screen readers and hyphenation.
// Namespaces beyond the first screen's are loaded with the screen that needs them.
import i18next from 'i18next';
import { DEFAULT_LANG, LANGS, isLang, type Lang } from '../domain/lang';
import { EAGER_NAMESPACES, eagerResources, lazyLocaleFiles, type Namespace } from './resources';

export const i18n = i18next.createInstance();

let ready: Promise<unknown> | null = null;
/** Namespaces some screen has asked for; a language switch loads all of them. */
const wanted = new Set<Namespace>(EAGER_NAMESPACES);

export function initI18n(): Promise<unknown> {
  ready ??= i18n.init({
    lng: DEFAULT_LANG,
    fallbackLng: DEFAULT_LANG,
    supportedLngs: [...LANGS],
    ns: EAGER_NAMESPACES,
    defaultNS: 'common',
    resources: { [DEFAULT_LANG]: eagerResources },
    // Preact escapes text; letting i18next escape as well would show &amp; on screen.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return ready;
}

async function load(lang: Lang, namespaces: Iterable<Namespace>): Promise<void> {
  await Promise.all(
    [...namespaces].map(async (ns) => {
      if (i18n.hasResourceBundle(lang, ns)) return;
      const loader = lazyLocaleFiles[`../../locales/${lang}/${ns}.json`];
      if (!loader) throw new Error(`missing locale file ${lang}/${ns}`);
      const mod = await loader();
      i18n.addResourceBundle(lang, ns, mod.default, true, true);
    }),
  );
}

/** Makes sure the namespaces are there in the current language and the Dutch fallback. */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  await initI18n();
  for (const ns of namespaces) wanted.add(ns);
  const lang = currentLang();
  await Promise.all([load(DEFAULT_LANG, namespaces), lang === DEFAULT_LANG ? undefined : load(lang, namespaces)]);
}

export function namespacesLoaded(namespaces: readonly Namespace[]): boolean {
  const lang = currentLang();
  return namespaces.every((ns) => i18n.hasResourceBundle(DEFAULT_LANG, ns) && i18n.hasResourceBundle(lang, ns));
}

/** Switches the interface language. Returns false when the language files cannot be loaded. */
export async function setLang(lang: Lang): Promise<boolean> {
  await initI18n();
  try {
    await load(lang, wanted);
  } catch {
    return false;
  }
  await i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  return true;
}

export function currentLang(): Lang {
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}
