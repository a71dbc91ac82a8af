// Why: the header's lock button, loaded only on a device with a vault (AppHeader); what locking
// does comes when it is pressed (vault-lock.ts), so this part lists nothing else to load.
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';

export function LockButton() {
  const { t } = useT();
  return (
    <Button appearance="subtle" class="app-header__lock" onClick={() => void import('./vault-lock').then((m) => m.lockNow())}>
      {t('device:vault.lock')}
    </Button>
  );
}
