// Why: the anonymised copy is a way out of the documentation step for teaching and research,
// next to the bundle but never one. The section is a heading, a line and a button; the choices
// and the preview (and the rule they run) load only when the button is pressed.
import { useState } from 'preact/hooks';
import type { WorkshopId } from '../../domain/ids';
import { useT } from '../../i18n/use-t';
import { lazyPart } from '../../shell/lazy';
import { Button } from '../../ui/Button';

const AnonPanel = lazyPart<{ workshopId: WorkshopId }>(() => import('./anon/AnonPanel').then((m) => m.AnonPanel));

export function AnonSection({ workshopId }: { workshopId: WorkshopId }) {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <section class="doc-choice doc-choice--anon" aria-labelledby="doc-anon-title" data-choice="anonymised">
      <h3 class="nl-heading nl-heading--level-3 doc-choice__title" id="doc-anon-title">
        {t('exchange:anon.title')}
      </h3>
      <p class="nl-paragraph">{t('exchange:anon.text')}</p>
      <div>
        <Button appearance="secondary" aria-expanded={open} aria-controls="anon-region" onClick={() => setOpen(!open)}>
          {open ? t('exchange:anon.close') : t('exchange:anon.open')}
        </Button>
      </div>
      <div id="anon-region">{open && <AnonPanel workshopId={workshopId} />}</div>
    </section>
  );
}
