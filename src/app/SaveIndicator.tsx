// Why: there is no save button, so the app says, quietly and truthfully, whether what is on
// the screen is stored. "Saved" only appears after IndexedDB confirmed the write.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { onSaveState, saveState, type SaveState } from '../storage/write';

export function SaveIndicator() {
  const { t } = useT();
  const [state, setState] = useState<SaveState>(saveState());
  useEffect(() => onSaveState(setState), []);
  const label = t(`save.${state}`);
  return (
    <span class={`save-state save-state--${state}`} data-save-state={state}>
      <span aria-hidden="true">{state === 'failed' ? '⚠' : state === 'saving' ? '…' : '✓'}</span>
      <span>{label}</span>
    </span>
  );
}
