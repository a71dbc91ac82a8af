// Why: components translate through this hook, so that switching language re-renders
// exactly the components that show text, without remounting them (typed text stays).
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Lang } from '../domain/lang';
import { currentLang, i18n } from './i18n';

const LangContext = createContext<Lang>('nl');

export function LangProvider({ children }: { children: ComponentChildren }) {
  const [lang, setLang] = useState<Lang>(currentLang());
  useEffect(() => {
    const onChange = () => setLang(currentLang());
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, []);
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useT() {
  const lang = useContext(LangContext);
  return { t: i18n.t, lang };
}
