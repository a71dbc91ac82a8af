// Why: a refused file is explained where the person looks, announced to screen readers, with
// the one precise reason and the reassurance that nothing changed on the device.
import { useEffect, useRef } from 'preact/hooks';
import type { Refusal } from '../../exchange/refusal';
import { useT } from '../../i18n/use-t';
import { refusalText, tx } from './tx';

export function RefusalAlert({ refusal, name, index }: { refusal: Refusal; name: string; index?: number }) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [refusal]);
  return (
    <div ref={ref} tabIndex={-1} class="utrecht-alert utrecht-alert--error" role="alert" data-refusal={refusal.kind === 'signature' || refusal.kind === 'encrypted' ? `${refusal.kind}/${refusal.failure}` : refusal.kind}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <h2 class="nl-heading nl-heading--level-3">{t('exchange:refusal.title')}</h2>
          <p class="nl-paragraph">
            <strong>{name}</strong>
          </p>
          <p class="nl-paragraph">{refusalText(refusal)}</p>
          {index !== undefined && <p class="nl-paragraph">{tx('import.backupIndex', { number: index + 1 })}</p>}
          <p class="nl-paragraph">{t('exchange:refusal.nothingWritten')}</p>
        </div>
      </div>
    </div>
  );
}
