// Why: the Algoritmeregister entry is a fourth way out of the documentation step, for the
// organisation's accountability chain rather than for the group. The section is a heading,
// a line on what it is for and a button; the form itself (and the mapping it runs) is loaded
// only when the button is pressed.
import { useState } from 'preact/hooks';
import type { WorkshopId } from '../../domain/ids';
import { useT } from '../../i18n/use-t';
import { lazyPart } from '../../shell/lazy';
import { Button } from '../../ui/Button';

const RegisterForm = lazyPart<{ workshopId: WorkshopId }>(() => import('./register/RegisterForm').then((m) => m.RegisterForm));

export function RegisterSection({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <section class="doc-choice doc-choice--register" aria-labelledby="doc-register-title" data-choice="register">
      <h3 class="nl-heading nl-heading--level-3 doc-choice__title" id="doc-register-title">
        {t('exchange:register.title')}
      </h3>
      <p class="nl-paragraph">{t('exchange:register.text')}</p>
      <div>
        <Button appearance="secondary" aria-expanded={open} aria-controls="register-form-region" onClick={() => setOpen(!open)}>
          {open ? t('exchange:register.close') : t('exchange:register.open')}
        </Button>
      </div>
      <div id="register-form-region">{open && <RegisterForm workshopId={workshopId} />}</div>
    </section>
  );
}
