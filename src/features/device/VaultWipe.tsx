// Why: "Deze organisatie van dit apparaat verwijderen" (docs/vaults.md, Wipe). The facilitator
// is offered a backup first, told in plain numbers what will be gone (workshops, photos,
// snapshots, drafts), and types the organisation's name to confirm; then the vault's key goes
// first and its rows after it. The page reloads: the open vault is gone, another one (if any)
// waits behind the lock screen.
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { backupNow } from '../exchange/backup-now';
import { TypedConfirm } from '../shared/TypedConfirm';
import { vaultContents, wipeVault, type VaultContents, type VaultName } from '../../storage/vault-repo';

type Backup = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; count: number } | { kind: 'failed' };

export function VaultWipe({ vault, others }: { vault: VaultName; others: number }) {
  const { t } = useT();
  const [contents, setContents] = useState<VaultContents | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [backup, setBackup] = useState<Backup>({ kind: 'idle' });
  const label = vault.name || t('device:vault.wipe.word');

  const makeBackup = async () => {
    setBackup({ kind: 'busy' });
    const made = await backupNow(t('device:vault.wipe.backupFile', { name: vault.name || t('app.name') }));
    setBackup(made.ok ? { kind: 'done', count: made.count } : { kind: 'failed' });
  };

  const wipe = async () => {
    setBusy(true);
    const r = await wipeVault(vault.id);
    if (!r.ok) {
      setBusy(false);
      setFailed(true);
      return;
    }
    // Tell the other tabs: their vault may be the one that is gone.
    await import('./vault-lock').then((m) => m.tellOtherTabs());
    location.reload();
  };

  return (
    <div class="stack vault-wipe">
      <h3 class="nl-heading nl-heading--level-3" id="vault-wipe-title">
        {t('device:vault.wipe.title')}
      </h3>
      {contents === null ? (
        <p class="nl-paragraph">
          <Button danger onClick={() => void vaultContents(vault.id).then(setContents)}>
            {t('device:vault.wipe.start')}
          </Button>
        </p>
      ) : (
        <>
          <p class="nl-paragraph">{t('device:vault.wipe.backupFirst')}</p>
          <p class="nl-paragraph">
            <Button busy={backup.kind === 'busy'} disabled={backup.kind === 'busy'} onClick={() => void makeBackup()}>
              {t('device:vault.wipe.backup')}
            </Button>
          </p>
          <div aria-live="polite">
            {backup.kind === 'done' && <Alert type="ok">{t('device:vault.wipe.backupDone', { count: backup.count })}</Alert>}
            {backup.kind === 'failed' && <Alert type="error">{t('device:vault.wipe.backupFailed')}</Alert>}
          </div>
          <Alert type="warning">
            <p class="nl-paragraph">{t('device:vault.wipe.gone', { name: label })}</p>
            <ul data-wipe-contents>
              <li>{t('device:vault.wipe.workshops', { count: contents.workshops })}</li>
              <li>{t('device:vault.wipe.photos', { count: contents.photos })}</li>
              <li>{t('device:vault.wipe.snapshots', { count: contents.snapshots })}</li>
              <li>{t('device:vault.wipe.drafts', { count: contents.drafts })}</li>
            </ul>
            <p class="nl-paragraph">{t(others > 0 ? 'device:vault.wipe.othersStay' : 'device:vault.wipe.last')}</p>
          </Alert>
          <TypedConfirm
            word={label}
            label={t('device:vault.wipe.typeLabel', { word: label })}
            confirm={t('device:vault.wipe.confirm', { name: label })}
            busy={busy}
            failure={failed ? t('device:vault.wipe.failed') : null}
            onCancel={() => setContents(null)}
            onConfirm={() => void wipe()}
          />
        </>
      )}
    </div>
  );
}
