// Why: when the browser would not promise to keep the workshops, the facilitator needs to know,
// but not in the middle of a running session where it alarms the room. The home screen says
// it in one line with the way to the device page (which explains what to do), until the
// facilitator has read it; the device page keeps saying it for as long as it is true.
// In the first load (small), so that it is drawn with the list rather than moving it later.
import { useEffect, useState } from 'preact/hooks';
import { Link } from '../../shell/Link';
import { hrefOf } from '../../shell/router';
import { useT } from '../../i18n/use-t';
import { knownPersistState, persistState, type PersistState } from '../../storage/device-storage';
import { markNoticeSeen, noticeSeen } from '../../storage/preferences';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';

/** Only once the app has asked (after the first workshop) and the answer was "no". */
const wanted = (s: PersistState | null) => s === 'best-effort' && noticeSeen('persist-asked') && !noticeSeen('persist-advice');

export function PersistAdvice() {
  const { t } = useT();
  // main.tsx asks before the first frame, so the advice is there from the start and does not
  // push the list down a moment later.
  const [show, setShow] = useState(() => wanted(knownPersistState()));
  useEffect(() => {
    if (!noticeSeen('persist-asked') || noticeSeen('persist-advice')) return;
    let live = true;
    void persistState().then((s) => live && setShow(wanted(s)));
    return () => void (live = false);
  }, []);
  if (!show) return null;
  return (
    <div class="persist-advice" data-advice="persist">
      <Alert type="warning">
        <p class="nl-paragraph">{t('home:persist.denied')}</p>
        <p class="row">
          <Link class="utrecht-button utrecht-button--secondary-action" href={hrefOf({ name: 'device' })}>
            {t('home:persist.more')}
          </Link>
          <Button
            appearance="subtle"
            onClick={() => {
              markNoticeSeen('persist-advice');
              setShow(false);
            }}
          >
            {t('home:persist.understood')}
          </Button>
        </p>
      </Alert>
    </div>
  );
}
