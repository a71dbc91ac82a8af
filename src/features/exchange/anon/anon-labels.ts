// Why: a pseudonym is written in the workshop's language ("privacyfunctionaris 1" in a Dutch
// workshop), whatever language the interface is in. This loads the exchange texts of that
// language and turns them into the labels the pure rule (domain/anonymise.ts) takes.
import type { AnonLabels } from '../../../domain/anonymise';
import type { Lang } from '../../../domain/lang';
import { i18n } from '../../../i18n/i18n';
import { lazyLocaleFiles } from '../../../i18n/resources';

export async function anonLabels(lang: Lang): Promise<AnonLabels> {
  if (!i18n.hasResourceBundle(lang, 'exchange')) {
    const loader = lazyLocaleFiles[`../../locales/${lang}/exchange.json`];
    if (!loader) throw new Error(`missing locale file ${lang}/exchange`);
    i18n.addResourceBundle(lang, 'exchange', (await loader()).default, true, true);
  }
  const t = i18n.getFixedT(lang, 'exchange') as unknown as (key: string) => string;
  return {
    role: (role) => t(`anon.role.${role}`),
    outsider: t('anon.outsider'),
    facilitator: t('anon.facilitator'),
    organisation: t('anon.organisation'),
    place: t('anon.place'),
    or: t('anon.or'),
  };
}
