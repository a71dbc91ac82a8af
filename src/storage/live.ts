// Why: screens read through hooks that follow the database: when a repository writes, every
// screen showing that data updates by itself (also in another tab). This wraps Dexie's
// liveQuery in a Preact hook so that no component imports Dexie.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { classifyStorageError, type StorageProblem } from './storage-events';

export type Live<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly problem: StorageProblem };

/** `query` null: what the query needs is not known yet, and the result stays "loading". */
export function useLive<T>(query: (() => Promise<T>) | null, deps: readonly unknown[]): Live<T> {
  const [result, setResult] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    if (!query) return;
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ status: 'ready', value }),
      error: (error: unknown) => setResult({ status: 'error', problem: classifyStorageError(error) }),
    });
    return () => subscription.unsubscribe();
    // The caller names what the query depends on; the closure itself is new every render.
  }, deps);
  return result;
}
