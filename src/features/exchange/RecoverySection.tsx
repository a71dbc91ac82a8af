// Why: "replace" on import must leave a way back. Versions an import replaced are listed here
// and come back as a workshop of their own; shown only when there is something to show.
import { showNotice } from '../../shell/notices';
import { useT } from '../../i18n/use-t';
import { discardRecovery, listRecovery, restoreRecovery } from '../../storage/import-repo';
import { useLive } from '../../storage/live';
import { Button } from '../../ui/Button';
import { formatMoment } from '../../i18n/format';

export function RecoverySection() {
  const { t, lang } = useT();
  const entries = useLive(() => listRecovery(), []);
  const list = entries.status === 'ready' ? entries.value : [];
  if (list.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="recovery-title" id="recovery">
      <h2 class="nl-heading nl-heading--level-2" id="recovery-title">
        {t('exchange:recovery.title')}
      </h2>
      <p class="nl-paragraph subtle">{t('exchange:recovery.explain')}</p>
      <ul class="plain-list">
        {list.map((e) => (
          <li class="list-row" key={e.id}>
            <div>
              <strong>{e.title}</strong>
              <div class="subtle">{t('exchange:recovery.on', { date: formatMoment(e.createdAt, lang) })}</div>
            </div>
            <div class="row">
              <Button
                aria-label={t('exchange:recovery.restoreLabel', { title: e.title })}
                onClick={async () => {
                  const title = t('exchange:recovery.restoredTitle', { title: e.title });
                  const r = await restoreRecovery(e.id, title);
                  if (r.ok) showNotice({ id: `recovered-${e.id}`, text: t('exchange:recovery.restored', { title }), tone: 'info', dismissible: true, actions: [], timeoutMs: 6000 });
                }}
              >
                {t('exchange:recovery.restore')}
              </Button>
              <Button appearance="subtle" danger aria-label={t('exchange:recovery.discardLabel', { title: e.title })} onClick={() => void discardRecovery(e.id)}>
                {t('exchange:recovery.discard')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
