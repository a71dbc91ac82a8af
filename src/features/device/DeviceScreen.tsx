// Why: everything about this device rather than a workshop: whether the data is safe here,
// whether the app works offline, the way back for deleted workshops, the language, and erasing
// everything of the app from it.
import { useEffect, useState } from 'preact/hooks';
import './device.css';
import { LangSwitch } from '../../shell/LangSwitch';
import { Link } from '../../shell/Link';
import { lazyScreen } from '../../shell/lazy';
import { hrefOf } from '../../shell/router';
import { useT } from '../../i18n/use-t';
import { useOfflineState } from '../../pwa/offline-state';
import { Alert } from '../../ui/Alert';
import { DeletedSection } from './DeletedSection';
import { DeviceErase } from './DeviceErase';
import { ExchangeSections } from '../exchange/ExchangeSections';
import { StorageSection } from './StorageSection';
import { VaultSection } from './VaultSection';
import { useArrivalFocus } from './use-arrival-focus';

const PacksScreen = lazyScreen(['packs', 'exchange'], () => import('../packs/PacksScreen').then((m) => m.PacksScreen));

/** `packs`: the Vragensets screen, reached from here (and through this chunk, see app/App.tsx). */
export function DeviceScreen({ packs = false }: { packs?: boolean }) {
  if (packs) return <PacksScreen />;
  return <DevicePage />;
}

function DevicePage() {
  const { t } = useT();
  const offline = useOfflineState();
  const [storageKey, setStorageKey] = useState(0);

  useEffect(() => {
    document.title = `${t('device:title')} · ${t('app.name')}`;
  }, [t]);
  useArrivalFocus('deleted', 'deleted');

  return (
    <section aria-labelledby="device-title">
      <h1 class="nl-heading nl-heading--level-1" id="device-title">
        {t('device:title')}
      </h1>
      <p class="nl-paragraph nl-paragraph--lead">{t('device:intro')}</p>

      <StorageSection key={storageKey} />

      <VaultSection />

      <section class="panel" aria-labelledby="offline-title">
        <h2 class="nl-heading nl-heading--level-2" id="offline-title">
          {t('device:offline.title')}
        </h2>
        <Alert type={offline === 'ready' ? 'ok' : 'info'}>
          <span data-offline-state={offline}>{t(`device:offline.${offline}`)}</span>
        </Alert>
      </section>

      <DeletedSection onChange={() => setStorageKey((k) => k + 1)} />

      <ExchangeSections />

      <section class="panel" aria-labelledby="packs-title">
        <h2 class="nl-heading nl-heading--level-2" id="packs-title">
          {t('device:packs.title')}
        </h2>
        <p class="nl-paragraph">{t('device:packs.intro')}</p>
        <Link class="nl-link link-target" href={hrefOf({ name: 'packs' })}>
          {t('device:packs.link')}
        </Link>
      </section>

      <section class="panel" aria-labelledby="lang-title">
        <h2 class="nl-heading nl-heading--level-2" id="lang-title">
          {t('device:language.title')}
        </h2>
        <p class="nl-paragraph">{t('device:language.explain')}</p>
        <LangSwitch />
      </section>

      <DeviceErase />

      <section class="panel" aria-labelledby="about-title">
        <h2 class="nl-heading nl-heading--level-2" id="about-title">
          {t('device:about.title')}
        </h2>
        <p class="nl-paragraph">{t('device:about.version', { version: __APP_VERSION__ })}</p>
        <p class="nl-paragraph">{t('device:about.method')}</p>
        <p class="nl-paragraph">{t('device:about.privacy')}</p>
        <p class="nl-paragraph">
          {t('device:about.statementIntro')}{' '}
          <Link class="nl-link" href={hrefOf({ name: 'statement' })}>
            {t('device:about.statement')}
          </Link>
        </p>
      </section>
    </section>
  );
}
