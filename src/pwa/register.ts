// Why: the service worker makes the app start without a network. Updates are never applied
// behind the user's back: a waiting version is announced, and only when the user chooses
// "update" is everything saved, the new version activated and the page reloaded at the same
// address. Update checks run now and then, and stay silent when there is no network.
// Loaded after the first render, so it never delays the start.
import { Workbox } from 'workbox-window';
import { showNotice } from '../shell/notices';
import { i18n } from '../i18n/i18n';
import { markNoticeSeen, noticeSeen } from '../storage/preferences';
import { flushAll } from '../storage/write';
import { setOfflineState } from './offline-state';

const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) {
    setOfflineState('unsupported');
    return;
  }
  if (!import.meta.env.PROD) {
    setOfflineState('dev');
    return;
  }
  const wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL, type: 'classic' });

  const announceUpdate = () => {
    showNotice({
      id: 'update',
      text: i18n.t('pwa:updateAvailable'),
      tone: 'info',
      dismissible: false,
      actions: [
        { label: i18n.t('pwa:update'), primary: true, run: () => void applyUpdate(wb) },
        { label: i18n.t('pwa:later'), run: () => undefined },
      ],
    });
  };

  wb.addEventListener('waiting', announceUpdate);
  wb.addEventListener('activated', (event) => {
    if (event.isUpdate) return;
    setOfflineState('ready');
    if (!noticeSeen('offline-ready')) {
      markNoticeSeen('offline-ready');
      showNotice({ id: 'offline-ready', text: i18n.t('pwa:offlineReady'), tone: 'info', dismissible: true, actions: [], timeoutMs: 8000 });
    }
  });

  wb.register()
    .then((registration) => {
      if (registration?.active) setOfflineState('ready');
      // A page already controlled on its first start (reinstalled, or cleared preferences)
      // has nothing new to announce.
      if (navigator.serviceWorker.controller) markNoticeSeen('offline-ready');
    })
    .catch(() => setOfflineState('unsupported'));

  const check = () => {
    if (!navigator.onLine) return;
    wb.update().catch(() => undefined);
  };
  setInterval(check, CHECK_EVERY_MS);
  addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}

async function applyUpdate(wb: Workbox): Promise<void> {
  showNotice({ id: 'update', text: i18n.t('pwa:updating'), tone: 'info', dismissible: false, actions: [] });
  // Everything typed is stored before the new version takes over.
  await flushAll();
  const registration = await navigator.serviceWorker.getRegistration(import.meta.env.BASE_URL);
  if (!registration?.waiting) {
    // Nothing waits any more: another tab already applied the update (this page is already
    // controlled by the new version, without having reloaded). A reload is all that is left.
    location.reload();
    return;
  }
  wb.addEventListener('controlling', () => location.reload());
  wb.messageSkipWaiting();
}
