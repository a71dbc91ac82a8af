// Why: a form dialog ends the same way everywhere: "Annuleren" first, then the one primary
// action, which submits the form (so Enter in a field does the same as the tap).
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';

export function CancelAndSubmit({ onCancel, submit, busy = false }: { readonly onCancel: () => void; readonly submit: string; readonly busy?: boolean }) {
  const { t } = useT();
  return (
    <>
      <Button appearance="secondary" onClick={onCancel}>
        {t('actions.cancel')}
      </Button>
      <Button appearance="primary" type="submit" busy={busy}>
        {submit}
      </Button>
    </>
  );
}
