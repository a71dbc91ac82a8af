// Why: the entry point: language, storage, first render, then (after the first paint) the
// service worker. Nothing else belongs here. The first render does not wait for the database:
// Dexie is fetched and opened alongside (storage/open.ts), the home screen's first list is read
// without it (storage/first-read.ts), and a database that cannot open replaces the screen with
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
import { parseRoute } from './shell/router';

async function start() {
  watchStaleCode();
  const noStorage = typeof indexedDB === 'undefined';
  if (!noStorage && parseRoute(location.pathname).name === 'home') startFirstRead();
  const opening = noStorage ? null : import('./storage/open').then((m) => m.openStorage());
  await initI18n();
  await setLang(preferredLang());
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
