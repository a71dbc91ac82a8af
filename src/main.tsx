// Why: the entry point: language, storage, first render, then (after the first paint) the
// service worker. Nothing else belongs here.
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
import { openStorage } from './storage/open';
import { preferredLang } from './storage/preferences';

async function start() {
  watchStaleCode();
  await initI18n();
  const [, storage] = await Promise.all([setLang(preferredLang()), openStorage()]);
  const root = document.getElementById('app');
  if (!root) return;
  const app = <App startProblem={storage.ok ? null : storage.problem} />;
  // A device with a vault starts at the lock screen (lazy); unlocking shows the app at this address.
  if (storage.ok && storage.locked) void import('./features/device/lock-entry').then((m) => m.showLock(app));
  else render(app, root);
  requestAnimationFrame(() => {
    void import('./pwa/register').then((m) => m.registerServiceWorker());
  });
}

void start();
