// Why: "recently deleted" is the way back after a delete, and the place where a facilitator
// erases an organisation's data from the tablet for good once it has been handed over.
import { useState } from 'preact/hooks';
import { showNotice } from '../../shell/notices';
import type { Workshop } from '../../domain/workshop';
import { useT } from '../../i18n/use-t';
import { KEEP_DELETED_DAYS, eraseAllDeleted, eraseWorkshop, restoreWorkshop } from '../../storage/workshops-repo';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { formatMoment } from '../../i18n/format';
import { useDeletedWorkshops } from '../shared/use-workshops';

type Confirm = { kind: 'one'; workshop: Workshop } | { kind: 'all'; count: number } | null;

export function DeletedSection({ onChange }: { onChange: () => void }) {
  const { t, lang } = useT();
  const deleted = useDeletedWorkshops();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const list = deleted.status === 'ready' ? deleted.value : [];

  const erase = async () => {
    if (!confirm) return;
    const c = confirm;
    setConfirm(null);
    const r = c.kind === 'one' ? await eraseWorkshop(c.workshop.id) : await eraseAllDeleted();
    if (r.ok) {
      const count = c.kind === 'one' ? 1 : c.count;
      showNotice({ id: 'erased', text: t('device:deleted.erased', { count }), tone: 'info', dismissible: true, actions: [], timeoutMs: 6000 });
      onChange();
    }
  };

  return (
    <section class="panel" aria-labelledby="deleted" id="deleted-section">
      <h2 class="nl-heading nl-heading--level-2" id="deleted" tabIndex={-1}>
        {t('device:deleted.title')}
      </h2>
      <p class="nl-paragraph subtle">{t('device:deleted.explain', { days: KEEP_DELETED_DAYS })}</p>
      {list.length === 0 ? (
        <p class="nl-paragraph">{t('device:deleted.none')}</p>
      ) : (
        <>
          <ul class="plain-list">
            {list.map((w) => (
              <li class="list-row" key={w.id}>
                <div>
                  <strong>{w.title}</strong>
                  <div class="subtle">{t('device:deleted.on', { date: formatMoment(w.deletedAt, lang) })}</div>
                </div>
                <div class="row">
                  <Button
                    onClick={async () => {
                      const r = await restoreWorkshop(w.id);
                      if (r.ok) showNotice({ id: `restored-${w.id}`, text: t('device:deleted.restored', { title: w.title }), tone: 'info', dismissible: true, actions: [], timeoutMs: 5000 });
                    }}
                    aria-label={t('device:deleted.restoreLabel', { title: w.title })}
                  >
                    {t('device:deleted.restore')}
                  </Button>
                  <Button appearance="subtle" danger onClick={() => setConfirm({ kind: 'one', workshop: w })} aria-label={t('device:deleted.eraseLabel', { title: w.title })}>
                    {t('device:deleted.erase')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          {list.length > 1 && (
            <p class="nl-paragraph">
              <Button danger onClick={() => setConfirm({ kind: 'all', count: list.length })}>
                {t('device:deleted.eraseAll')}
              </Button>
            </p>
          )}
        </>
      )}
      {confirm && (
        <Dialog
          open
          role="alertdialog"
          title={t('device:deleted.confirmTitle')}
          onClose={() => setConfirm(null)}
          actions={
            <>
              <Button onClick={() => setConfirm(null)} autoFocus>
                {t('actions.cancel')}
              </Button>
              <Button appearance="primary" danger onClick={() => void erase()}>
                {t('device:deleted.erase')}
              </Button>
            </>
          }
        >
          <p class="nl-paragraph">
            {confirm.kind === 'one' ? t('device:deleted.confirmOne', { title: confirm.workshop.title }) : t('device:deleted.confirmAll', { count: confirm.count })}
          </p>
          <p class="nl-paragraph">
            <strong>{t('device:deleted.confirmWarning')}</strong>
          </p>
        </Dialog>
      )}
    </section>
  );
}
