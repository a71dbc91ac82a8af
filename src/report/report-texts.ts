// Why: the report is written in the workshop's language, whatever language the interface is
// in. This loads the report's texts for that language (from the precache, so also offline)
// and hands out a translator fixed to it.
import type { Lang } from '../domain/lang';
import { i18n, initI18n } from '../i18n/i18n';
import { lazyLocaleFiles } from '../i18n/resources';
import type { ReportT } from './report-words';

export async function reportTexts(lang: Lang): Promise<ReportT> {
  await initI18n();
  // The report's own texts, and the decision texts whose DPIA/IAMA advice it repeats.
  for (const ns of ['report', 'decision'] as const) {
    if (i18n.hasResourceBundle(lang, ns)) continue;
    const loader = lazyLocaleFiles[`../../locales/${lang}/${ns}.json`];
    if (!loader) throw new Error(`missing locale file ${lang}/${ns}`);
    const mod = await loader();
    i18n.addResourceBundle(lang, ns, mod.default, true, true);
  }
  return i18n.getFixedT(lang, 'report', 'doc');
}
