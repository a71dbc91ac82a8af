// Why: the device page shows this device's signing key as a fingerprint in short groups, so
// two people can compare it over the phone, with the signer's name and a way to make a new key.
import { useEffect, useState } from 'preact/hooks';
import { showNotice } from '../../shell/notices';
import { fingerprint } from '../../exchange/signing-key';
import { useT } from '../../i18n/use-t';
import { ensureDeviceKey, makeNewDeviceKey, readDeviceKey, readSignerName, saveSignerName } from '../../storage/keys-repo';
import { useLive } from '../../storage/live';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { formatMoment } from '../../i18n/format';

export function DeviceKeySection() {
  const { t, lang } = useT();
  const key = useLive(() => readDeviceKey(), []);
  const [confirm, setConfirm] = useState(false);
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    void readSignerName().then((n) => setName((s) => s ?? n));
  }, []);
  const k = key.status === 'ready' ? key.value : null;

  return (
    <section class="panel" aria-labelledby="key-title" id="device-key">
      <h2 class="nl-heading nl-heading--level-2" id="key-title">
        {t('exchange:device.title')}
      </h2>
      <p class="nl-paragraph">{t('exchange:device.explain')}</p>
      {key.status === 'ready' && !k && (
        <>
          <p class="nl-paragraph" data-device-key="none">
            {t('exchange:device.none')}
          </p>
          <Button onClick={() => void ensureDeviceKey()}>{t('exchange:device.create')}</Button>
        </>
      )}
      {k && (
        <>
          <dl class="facts">
            <dt>{t('exchange:device.fingerprint')}</dt>
            <dd class="fingerprint" data-device-fingerprint>
              {fingerprint(k.key.kid)}
            </dd>
          </dl>
          <p class="nl-paragraph subtle">{t('exchange:device.fingerprintHint')}</p>
          <p class="nl-paragraph subtle">{t('exchange:device.createdAt', { date: formatMoment(k.key.createdAt, lang) })}</p>
          {k.kind === 'session-only' && <Alert type="warning">{t('exchange:device.sessionOnly')}</Alert>}
          <form
            class="stack"
            onSubmit={async (e) => {
              e.preventDefault();
              const r = await saveSignerName(name ?? '');
              if (r.ok) showNotice({ id: 'signer', text: t('exchange:device.signerSaved'), tone: 'info', dismissible: true, actions: [], timeoutMs: 4000 });
            }}
          >
            <TextField label={t('exchange:export.signerName')} description={t('exchange:export.signerHint')} value={name ?? ''} onInput={setName} maxLength={120} autoComplete="name" />
            <div class="row">
              <Button type="submit">{t('exchange:device.saveName')}</Button>
              <Button appearance="subtle" onClick={() => setConfirm(true)}>
                {t('exchange:device.renew')}
              </Button>
            </div>
          </form>
        </>
      )}
      <Dialog
        open={confirm}
        title={t('exchange:device.renewTitle')}
        onClose={() => setConfirm(false)}
        actions={
          <>
            <Button onClick={() => setConfirm(false)}>{t('actions.cancel')}</Button>
            <Button
              appearance="primary"
              onClick={async () => {
                setConfirm(false);
                const r = await makeNewDeviceKey();
                if (r.ok) showNotice({ id: 'key', text: t('exchange:device.renewed'), tone: 'info', dismissible: true, actions: [], timeoutMs: 5000 });
              }}
            >
              {t('exchange:device.renew')}
            </Button>
          </>
        }
      >
        <p class="nl-paragraph">{t('exchange:device.renewBody')}</p>
      </Dialog>
    </section>
  );
}
