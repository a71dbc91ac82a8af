// Why: the bar that is always there: the way home, whether everything is saved, the
// language and the device page. It sticks to the top where the screen has room for it; on a
// short or narrow screen (a phone, 400% zoom) it scrolls away with the page (1.4.10), and while
// it sticks the page keeps its height free as scroll padding, so a control that gets focus is
// never hidden under it (2.4.11's spirit, 2.4.7 in practice).
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { LangSwitch } from '../shell/LangSwitch';
import { Link } from '../shell/Link';
import { hrefOf, type Route } from '../shell/router';
import { SaveIndicator } from './SaveIndicator';
import { lazyPart } from '../shell/lazy';
import { vault } from '../storage/vault';

// Only on a device with a vault, whose lock screen has loaded its texts (lock-entry.tsx).
const LockButton = lazyPart(() => import('../features/device/LockButton').then((m) => m.LockButton));

export function AppHeader({ route }: { route: Route }) {
  const { t } = useT();
  const header = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return undefined;
    const root = document.documentElement;
    const measure = () => {
      const sticks = getComputedStyle(el).position === 'sticky';
      root.style.setProperty('--header-band', sticks ? `${Math.ceil(el.getBoundingClientRect().height)}px` : '0px');
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    // The header's own size (larger type, a language) and the window's (a turn, a zoom).
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    watch.observe(root);
    return () => watch.disconnect();
  }, []);
  return (
    <header class="app-header" ref={header}>
      <Link class="app-header__brand" href="/" aria-current={route.name === 'home' ? 'page' : undefined}>
        <img src={`${import.meta.env.BASE_URL}icons/icon.svg`} alt="" width={36} height={36} />
        <span>{t('app.name')}</span>
      </Link>
      <span class="app-header__spacer" />
      <SaveIndicator />
      {vault.on && <LockButton />}
      <nav class="app-header__nav" aria-label={t('nav.main')}>
        <Link class="nl-link" href={hrefOf({ name: 'device' })} aria-current={route.name === 'device' ? 'page' : undefined}>
          {t('nav.device')}
        </Link>
        <LangSwitch />
      </nav>
    </header>
  );
}
