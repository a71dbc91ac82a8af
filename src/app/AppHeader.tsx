// Why: the bar that is always there: the way home, whether everything is saved, the
// language and the device page.
import { useT } from '../i18n/use-t';
import { LangSwitch } from '../shell/LangSwitch';
import { Link } from '../shell/Link';
import { hrefOf, type Route } from '../shell/router';
import { SaveIndicator } from './SaveIndicator';

export function AppHeader({ route }: { route: Route }) {
  const { t } = useT();
  return (
    <header class="app-header">
      <Link class="app-header__brand" href="/" aria-current={route.name === 'home' ? 'page' : undefined}>
        <img src={`${import.meta.env.BASE_URL}icons/icon.svg`} alt="" width={36} height={36} />
        <span>{t('app.name')}</span>
      </Link>
      <span class="app-header__spacer" />
      <SaveIndicator />
      <nav class="app-header__nav" aria-label={t('nav.main')}>
        <Link class="nl-link" href={hrefOf({ name: 'device' })} aria-current={route.name === 'device' ? 'page' : undefined}>
          {t('nav.device')}
        </Link>
        <LangSwitch />
      </nav>
    </header>
  );
}
