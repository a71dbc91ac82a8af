// Why: in a private window everything is thrown away when the window closes. Where the browser
// lets that be known (storage/private-window.ts) the home screen says it plainly, above the
// way to make a workshop, before anything is made: afterwards would be too late.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../i18n/use-t';
import { detectPrivateWindow } from '../../storage/private-window';
import { Alert } from '../../ui/Alert';

export function PrivateWindowNotice() {
  const { t } = useT();
  const [privateWindow, setPrivateWindow] = useState(false);
  useEffect(() => {
    let live = true;
    void detectPrivateWindow().then((sign) => live && setPrivateWindow(sign !== null));
    return () => void (live = false);
  }, []);
  if (!privateWindow) return null;
  return (
    <div class="private-window" data-advice="private-window">
      <Alert type="warning" live>
        <strong>{t('home:privateWindow.title')}</strong> {t('home:privateWindow.body')}
      </Alert>
    </div>
  );
}
