// Why: "Alles van dit apparaat wissen" (issue 13, docs/vaults.md, Whole-device erase): a tablet
// that goes to someone else leaves with nothing of any organisation. The facilitator is offered a
// backup first, told plainly what will be gone (every organisation with its key, the workshops,
// photos, snapshots and drafts, and the device's own records), and types a word to confirm. Then
// every key goes first, the rest after it (storage/device-erase.ts), and the app starts again as
// on a new device. Works the same on a device without vaults.
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { hrefOf } from '../../shell/router';
import type { DeviceContents } from '../../storage/device-erase';
import { vault } from '../../storage/vault';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { backupNow } from '../exchange/backup-now';
import { TypedConfirm } from '../shared/TypedConfirm';

type Backup = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; count: number } | { kind: 'failed' };

const eraseCode = () => import('../../storage/device-erase');

export function DeviceErase() {
  const { t } = useT();
  const [contents, setContents] = useState<DeviceContents | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [backup, setBackup] = useState<Backup>({ kind: 'idle' });
  const word = t('device:erase.word');

  const makeBackup = async () => {
    setBackup({ kind: 'busy' });
    const made = await backupNow(t('device:erase.backupFile', { name: t('app.name') }));
    setBackup(made.ok ? { kind: 'done', count: made.count } : { kind: 'failed' });
  };

  const erase = async () => {
    setBusy(true);
    setFailed(false);
    try {
      // With a vault open: what is being typed is written first, the key forgotten (vault-repo's lock).
      if (vault.on) await import('../../storage/vault-repo').then((m) => m.lock());
      await (await eraseCode()).eraseDevice();
      // Other tabs of the app lock (and so reload): their vault is gone.
      if (vault.on) await import('./vault-lock').then((m) => m.tellOtherTabs());
    } catch {
      setBusy(false);
      setFailed(true);
      return;
    }
    location.replace(hrefOf({ name: 'home' }));
  };

  return (
    <section class="panel stack" aria-labelledby="erase-title" data-device-erase>
      <h2 class="nl-heading nl-heading--level-2" id="erase-title">
        {t('device:erase.title')}
      </h2>
      <p class="nl-paragraph">{t('device:erase.intro')}</p>
      {contents === null ? (
        <p class="nl-paragraph">
          <Button danger onClick={() => void eraseCode().then((m) => m.deviceContents().then(setContents))}>
            {t('device:erase.start')}
          </Button>
        </p>
      ) : (
        <>
          <p class="nl-paragraph">{t('device:erase.backupFirst')}</p>
          {contents.organisations > 1 && <p class="nl-paragraph">{t('device:erase.backupOpenOnly')}</p>}
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
            <p class="nl-paragraph">{t('device:erase.gone')}</p>
            <ul data-erase-contents>
              {contents.organisations > 0 && <li>{t('device:erase.organisations', { count: contents.organisations })}</li>}
              <li>{t('device:erase.workshops', { count: contents.workshops })}</li>
              <li>{t('device:vault.wipe.photos', { count: contents.photos })}</li>
              <li>{t('device:vault.wipe.snapshots', { count: contents.snapshots })}</li>
              <li>{t('device:vault.wipe.drafts', { count: contents.drafts })}</li>
              <li>{t('device:erase.rest')}</li>
            </ul>
            <p class="nl-paragraph">{t('device:erase.fresh')}</p>
          </Alert>
          <TypedConfirm
            word={word}
            label={t('device:erase.typeLabel', { word })}
            confirm={busy ? t('device:erase.busy') : t('device:erase.confirm')}
            busy={busy}
            failure={failed ? t('device:erase.failed') : null}
            onCancel={() => setContents(null)}
            onConfirm={() => void erase()}
          />
        </>
      )}
    </section>
  );
}
