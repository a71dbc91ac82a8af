// Why: on a device with a vault the app starts here instead of at its shell (main.tsx), so the
// first load carries nothing of the lock screen: its texts, its code and the crypto come now
// (imported from here, so the first load does not even list their files).
import { render, type VNode } from 'preact';
import { loadNamespaces } from '../../i18n/i18n';
import { LangProvider } from '../../i18n/use-t';

/** Shows the lock screen where the app goes; once unlocked, `app` in its place. */
export async function showLock(app: VNode): Promise<void> {
  const root = document.getElementById('app') as HTMLElement;
  const [{ LockScreen }, repo] = await Promise.all([import('./LockScreen'), import('../../storage/vault-repo'), loadNamespaces(['device'])]);
  const vaults = await repo.markLocked();
  // The last vault was being wiped when the app closed: now there is none, and nothing to unlock.
  if (vaults.length === 0) return void render(app, root);
  void import('./vault-lock').then((m) => m.listenWhileLocked());
  render(
    <LangProvider>
      <LockScreen
        vaults={vaults}
        preferred={repo.lastOpened()}
        onOpen={() => {
          render(app, root);
          void import('./vault-lock').then((m) => {
            m.startIdleLock();
            m.announceOpen();
          });
        }}
      />
    </LangProvider>,
    root,
  );
}
