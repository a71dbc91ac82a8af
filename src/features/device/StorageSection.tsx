// Why: tells the facilitator whether the browser may throw the workshops away, how much room
// there is, and what to do about it (install, export), in words that need no IT support.
import { useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { formatBytes } from '../../i18n/format';
import { useDeviceStorage } from './use-device-storage';

export function StorageSection() {
  const { t, lang } = useT();
  const { persist, estimate, ask } = useDeviceStorage();
  const [denied, setDenied] = useState(false);
  return (
    <section class="panel" aria-labelledby="storage-title">
      <h2 class="nl-heading nl-heading--level-2" id="storage-title">
        {t('device:storage.title')}
      </h2>
      {persist === 'persistent' && <Alert type="ok">{t('device:storage.persistent')}</Alert>}
      {persist === 'best-effort' && <Alert type="warning">{t('device:storage.bestEffort')}</Alert>}
      {persist === 'unsupported' && <Alert type="warning">{t('device:storage.unsupported')}</Alert>}
      {persist === 'best-effort' && (
        <p class="nl-paragraph">
          <Button
            onClick={async () => {
              const p = await ask();
              setDenied(p !== 'persistent');
            }}
          >
            {t('device:storage.ask')}
          </Button>
        </p>
      )}
      {denied && (
        <p class="nl-paragraph" role="status">
          {t('device:storage.askDenied')}
        </p>
      )}
      {estimate && (
        <div class="stack">
          <label class="storage-usage-label" for="storage-meter">{t('device:storage.usageLabel')}</label>
          <meter id="storage-meter" class="meter" min={0} max={estimate.quota} value={estimate.usage}>
            {formatBytes(estimate.usage, lang)}
          </meter>
          <p class="nl-paragraph">{t('device:storage.usage', { used: formatBytes(estimate.usage, lang), quota: formatBytes(estimate.quota, lang) })}</p>
        </div>
      )}
      {estimate === null && <p class="nl-paragraph subtle">{t('device:storage.usageUnknown')}</p>}
      {persist !== 'persistent' && (
        <>
          <h3 class="nl-heading nl-heading--level-3">{t('device:storage.adviceTitle')}</h3>
          <ul>
            <li>{t('device:storage.adviceInstall')}</li>
            <li>{t('device:storage.adviceExport')}</li>
          </ul>
        </>
      )}
    </section>
  );
}
