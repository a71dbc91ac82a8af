// Why: the entry point: language, storage, first render, then (after the first paint) the
// service worker. Nothing else belongs here. The home screen's first render does not wait for
// the database: Dexie is fetched and opened alongside (storage/open.ts), the first list is read
// without it (storage/first-read.ts, a moment is waited for it), and a database that cannot
// open replaces the screen with the explanation as soon as that is known. Every other start
// (another screen, a list not read in time, a device with a vault) waits for the database, so
// that a vault's lock screen comes before anything of a workshop.
import { render } from 'preact';
import '@utrecht/button-css/dist/index.min.css';
import '@utrecht/alert-css/dist/index.min.css';
import '@nl-design-system-candidate/heading-css/heading.css';
import '@nl-design-system-candidate/paragraph-css/paragraph.css';
import '@nl-design-system-candidate/link-css/link.css';
import '@nl-design-system-candidate/skip-link-css/skip-link.css';
import './ui/fonts.css';
import './ui/theme.css';
import './ui/base.css';
import { App } from './app/App';
import { watchStaleCode } from './shell/stale-code';
import { initI18n, setLang } from './i18n/i18n';
import { startFirstRead } from './storage/first-read';
import { preferredLang } from './storage/preferences';
import { persistState } from './storage/device-storage';
import { parseRoute } from './shell/router';

/** How long the first frame waits for the home list at most (a slow disk must not hold it). */
const FIRST_LIST_WAIT_MS = 300;

async function start() {
  watchStaleCode();
  const noStorage = typeof indexedDB === 'undefined';
  const firstList = !noStorage && parseRoute(location.pathname).name === 'home' ? startFirstRead() : null;
  const opening = noStorage ? null : import('./storage/open').then((m) => m.openStorage());
  // The home screen's first frame waits a moment for its list (one read, no Dexie), so that the
  // list, its count and its links do not arrive a frame later and move what is on screen.
  // So does whether the browser keeps the data (the home screen's advice when it does not).
  let listed = false;
  void firstList?.then((l) => void (listed = l !== null));
  const firstFrame = firstList && Promise.all([firstList, persistState()]);
  await Promise.all([initI18n().then(() => setLang(preferredLang())), firstFrame && Promise.race([firstFrame, new Promise((r) => setTimeout(r, FIRST_LIST_WAIT_MS))])]);
  const root = document.getElementById('app');
  if (!root) return;
  if (noStorage) {
    render(<App startProblem="unavailable" />, root);
  } else if (listed) {
    // The direct read answered with the list, so there is no vault (first-read.ts steps aside
    // for one): show it now, and replace it with the explanation should Dexie fail to open.
    render(<App startProblem={null} />, root);
    void opening?.then(
      (storage) => {
        if (!storage.ok) render(<App startProblem={storage.problem} />, root);
      },
      () => undefined,
    );
  } else {
    // Anything else waits for the database: a device with a vault starts at the lock screen
    // (lazy), and nothing of a workshop is shown before it is unlocked.
    const storage = await opening!.catch(() => ({ ok: false as const, problem: 'unavailable' as const }));
    const app = <App startProblem={storage.ok ? null : storage.problem} />;
    if (storage.ok && storage.locked) void import('./features/device/lock-entry').then((m) => m.showLock(app));
    else render(app, root);
  }
  requestAnimationFrame(() => {
    void import('./pwa/register').then((m) => m.registerServiceWorker());
  });
}

void start();
