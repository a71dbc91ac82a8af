// Why: the entry point: language, storage, first render, then (after the first paint) the
// service worker. Nothing else belongs here. The first render does not wait for the database:
// Dexie is fetched and opened alongside (storage/open.ts), the home screen's first list is read
// without it (storage/first-read.ts, a moment is waited for it), and a database that cannot open replaces the screen with
// the explanation as soon as that is known.
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
  const firstFrame = firstList && Promise.all([firstList, persistState()]);
  await Promise.all([initI18n().then(() => setLang(preferredLang())), firstFrame && Promise.race([firstFrame, new Promise((r) => setTimeout(r, FIRST_LIST_WAIT_MS))])]);
  const root = document.getElementById('app');
  if (!root) return;
  render(<App startProblem={noStorage ? 'unavailable' : null} />, root);
  void opening?.then(
    (storage) => {
      if (!storage.ok) render(<App startProblem={storage.problem} />, root);
    },
    () => undefined,
  );
  requestAnimationFrame(() => {
    void import('./pwa/register').then((m) => m.registerServiceWorker());
  });
}

void start();
