// Why: every step opens the same way: what this step is about (from the pack, in the reader's
// language) and, one tap away, the facilitator's note on why it is asked.
import { useState } from 'preact/hooks';
import type { LocalizedText } from '../../content/pack-types';
import { useT } from '../../i18n/use-t';
import { Button } from '../../ui/Button';

export function StepIntro({ preHeading, title, intro, hint, id }: { preHeading?: string; title: string; intro?: LocalizedText; hint?: LocalizedText; id: string }) {
  const { t, lang } = useT();
  const [open, setOpen] = useState(false);
  return (
    <header class="step-intro">
      {preHeading && <p class="step-intro__pre">{preHeading}</p>}
      <h2 class="nl-heading nl-heading--level-1 step-title" id={id} tabIndex={-1}>
        {title}
      </h2>
      {intro && <p class="nl-paragraph nl-paragraph--lead">{intro[lang]}</p>}
      {hint && (
        <div class="hint">
          <Button appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
            <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('workshop:hint.facilitator')}
          </Button>
          {open && <p class="hint__text">{hint[lang]}</p>}
        </div>
      )}
    </header>
  );
}
