// Why: a choice (a radio, a select) that is stored the moment it is made shows the stored value,
// which arrives a moment later through a live query. In between, any other re-render (another
// field's save, a neighbour's note) drew the control with the value from before, so the choice
// visibly jumped back until the write came through (and a test's "check" could see it unchanged).
// This keeps what was chosen on screen until the stored value says the same, or the write failed,
// or (after the write) the stored value changed to something else, e.g. from another tab.
import { useEffect, useRef, useState } from 'preact/hooks';

interface Pending<T> {
  readonly value: T;
  /** Set once the write succeeded: the stored value as it was then. */
  readonly after?: { readonly stored: T };
}

/** What a stored choice shows: the choice just made while its write is under way, else the stored value. */
export function useChosen<T>(stored: T, same: (a: T, b: T) => boolean = Object.is): { readonly shown: T; readonly choose: (value: T, write: () => Promise<{ readonly ok: boolean }>) => void } {
  const [pending, setPending] = useState<Pending<T> | null>(null);
  const now = useRef(stored);
  now.current = stored;
  useEffect(() => {
    if (!pending) return;
    if (same(pending.value, stored) || (pending.after && !same(pending.after.stored, stored))) setPending(null);
  }, [stored, pending]);
  const choose = (value: T, write: () => Promise<{ readonly ok: boolean }>) => {
    const mine: Pending<T> = { value };
    setPending(mine);
    const drop = () => setPending((p) => (p === mine ? null : p));
    void write().then(
      // A failed write shows what is stored (the storage problem is told by the save state).
      (r) => (r.ok ? setPending((p) => (p === mine ? { value, after: { stored: now.current } } : p)) : drop()),
      drop,
    );
  };
  return { shown: pending ? pending.value : stored, choose };
}
