// Why: a form that saves on a button (a new action point, an edit of one) must not lose what
// was typed to a reload, a crash or a closed tab before the button was pressed. This keeps the
// form's value as a draft (see storage/drafts.ts) from the first change until it is dropped
// (saved or cancelled), and gives it back when the form opens again.
import { useCallback, useState } from 'preact/hooks';
import { dropDraft, keepDraft, readDraft } from '../../storage/drafts';

export function readKept<T>(key: string, valid: (v: unknown) => v is T): T | null {
  try {
    const v: unknown = JSON.parse(readDraft(key) ?? 'null');
    return valid(v) ? v : null;
  } catch {
    return null;
  }
}

export function useKeptDraft<T>(key: string, initial: () => T, valid: (v: unknown) => v is T): { readonly value: T; readonly set: (v: T) => void; readonly drop: () => void } {
  const [value, setValue] = useState<T>(() => readKept(key, valid) ?? initial());
  const set = useCallback(
    (v: T) => {
      setValue(v);
      keepDraft(key, JSON.stringify(v));
    },
    [key],
  );
  const drop = useCallback(() => dropDraft(key), [key]);
  return { value, set, drop };
}
