// Why: there is no save button, so the app says, quietly and truthfully, whether what is on
// the screen is stored. "Saved" only appears after IndexedDB confirmed the write. A screen
// reader hears it too (4.1.3), but only what matters: that saving failed, and that it works
// again; not the "saving… saved" of every keystroke.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { onSaveState, saveState, type SaveState } from '../storage/write';

/** What the live region says after a change from `before` to `now`: only failure and recovery. */
export function saidOnChange(before: SaveState, now: SaveState): 'failed' | 'recovered' | null {
  if (now === 'failed' && before !== 'failed') return 'failed';
  if (now === 'saved' && before === 'failed') return 'recovered';
  return null;
}

export function SaveIndicator() {
  const { t } = useT();
  const [state, setState] = useState<SaveState>(saveState());
  const [said, setSaid] = useState<'failed' | 'recovered' | null>(null);
  // "saving" comes between "failed" and "saved": recovery is judged against the last settled state.
  const settled = useRef<SaveState>(state);
  useEffect(
    () =>
      onSaveState((s) => {
        setState(s);
        if (s === 'saving') return;
        const change = saidOnChange(settled.current, s);
        settled.current = s;
        if (change) setSaid(change);
      }),
    [],
  );
  const label = t(`save.${state}`);
  return (
    <span class={`save-state save-state--${state}`} data-save-state={state}>
      <span aria-hidden="true">{state === 'failed' ? '⚠' : state === 'saving' ? '…' : '✓'}</span>
      <span>{label}</span>
      <span class="visually-hidden" role="status" aria-live="polite" data-save-live="">
        {said === 'failed' ? t('save.failedSaid') : said === 'recovered' ? t('save.recoveredSaid') : ''}
      </span>
    </span>
  );
}
