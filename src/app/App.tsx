// Why: the app shell: header, the screen for the current address, notices, and the guards
// that turn storage problems and crashes into clear messages.
import { useEffect, useRef } from 'preact/hooks';
import { HomeScreen } from '../features/home/HomeScreen';
import { LangProvider, useT } from '../i18n/use-t';
import type { StorageProblem } from '../storage/storage-events';
import { AppHeader } from './AppHeader';
import { ErrorBoundary } from './ErrorBoundary';
import { lazyScreen } from '../shell/lazy';
import { Link } from '../shell/Link';
import { NoticeArea } from './NoticeArea';
import { arriveOn } from '../shell/notices';
import { Announcer } from '../shell/announce';
import { hrefOf, useRoute, type Route } from '../shell/router';
import { StorageGuard } from './StorageGuard';

// The Vragensets screen comes through the device page's chunk (it is reached from there), so the first load names one lazy screen less.
const DeviceScreen = lazyScreen<{ packs?: boolean }>(['device'], () => import('../features/device/DeviceScreen').then((m) => m.DeviceScreen));
const WorkshopScreen = lazyScreen(['workshop', 'decision'], () => import('../features/workshop/WorkshopScreen').then((m) => m.WorkshopScreen));
const FollowUpScreen = lazyScreen(['workshop', 'decision'], () => import('../features/follow-up/FollowUpScreen').then((m) => m.FollowUpScreen));
const StatementScreen = lazyScreen(['statement'], () => import('../features/statement/StatementScreen').then((m) => m.StatementScreen));
const ContributeScreen = lazyScreen(['workshop'], () => import('../features/contribute/ContributeEntry').then((m) => m.ContributeEntry));
// One chunk for the import screen and the read-only examples it opens (the first load stays small).
const ImportScreen = lazyScreen<{ example: string | null }>(['exchange', 'decision'], () => import('../features/exchange/ImportScreen').then((m) => m.ImportOrExample));

function Screen({ route }: { route: Route }) {
  const { t } = useT();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'device':
      return <DeviceScreen />;
    case 'packs':
      return <DeviceScreen packs />;
    case 'import':
      return <ImportScreen example={null} />;
    case 'follow-up':
      return <FollowUpScreen />;
    case 'statement':
      return <StatementScreen />;
    case 'contribute':
      return <ContributeScreen />;
    case 'workshop':
      return <WorkshopScreen id={route.id} section={route.section} />;
    case 'example':
      return <ImportScreen example={route.id} />;
    case 'not-found':
      return (
        <section>
          <h1 class="nl-heading nl-heading--level-1">{t('notFound.title')}</h1>
          <p class="nl-paragraph">{t('notFound.body', { path: route.path })}</p>
          <Link class="nl-link link-target" href="/">
            {t('notFound.home')}
          </Link>
        </section>
      );
  }
}

function Shell() {
  const { t } = useT();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After an in-app navigation, put focus at the start of the new screen so that keyboard
  // and screen-reader users land on it (not on the first load: the browser handles that).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
    window.scrollTo(0, 0);
  }, [route.name, route.name === 'workshop' ? route.id : null]);
  // A notice about the screen that was left (a confirmation, an undo with another way back)
  // does not follow the user to the next step.
  const path = hrefOf(route);
  useEffect(() => arriveOn(location.pathname), [path]);
  return (
    <>
      <a class="nl-skip-link nl-skip-link--visible-on-focus" href="#main">
        {t('nav.skip')}
      </a>
      <AppHeader route={route} />
      <main id="main" class="app-main" tabIndex={-1} ref={main}>
        <ErrorBoundary>
          <Screen route={route} />
        </ErrorBoundary>
      </main>
      <NoticeArea />
      <Announcer />
    </>
  );
}

export function App({ startProblem }: { startProblem: StorageProblem | null }) {
  return (
    <LangProvider>
      <StorageGuard startProblem={startProblem}>
        <Shell />
      </StorageGuard>
    </LangProvider>
  );
}
