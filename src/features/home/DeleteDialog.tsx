// Why: deleting says exactly what will happen (where the workshop goes, for how long it can
// be restored, that exports are not affected) before it happens.
import type { Workshop } from '../../domain/workshop';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';

export function DeleteDialog({ workshop, onCancel, onConfirm }: { workshop: Workshop; onCancel: () => void; onConfirm: () => void }) {
  const { t } = useT();
  return (
    <Dialog
      open
      role="alertdialog"
      title={t('home:delete.title')}
      onClose={onCancel}
      actions={
        <>
          <Button onClick={onCancel} autoFocus>
            {t('actions.cancel')}
          </Button>
          <Button appearance="primary" danger onClick={onConfirm}>
            {t('home:delete.confirm')}
          </Button>
        </>
      }
    >
      <p class="nl-paragraph">{t('home:delete.body', { title: workshop.title })}</p>
      <p class="nl-paragraph">{t('home:delete.exports')}</p>
    </Dialog>
  );
}
