// Why: screens read through hooks that follow the database: when a repository writes, every
// screen showing that data updates by itself (also in another tab). This wraps Dexie's
// liveQuery in a Preact hook so that no component imports Dexie. Dexie itself is fetched with
// the first live query (after the first paint), not in the first load: the home screen's first
// list comes without it (first-read.ts).
import { useEffect, useState } from 'preact/hooks';
import { classifyStorageError, type StorageProblem } from './storage-events';

export type Live<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  | { readonly status: 'error'; readonly problem: StorageProblem };

type LiveQuery = typeof import('dexie').liveQuery;
let liveQuery: LiveQuery | null = null;
let loading: Promise<LiveQuery> | null = null;

function loadLiveQuery(): Promise<LiveQuery> {
  loading ??= import('dexie').then((m) => (liveQuery = m.liveQuery));
  return loading;
}

/** `query` null: what the query needs is not known yet, and the result stays "loading". */
export function useLive<T>(query: (() => Promise<T>) | null, deps: readonly unknown[]): Live<T> {
  const [result, setResult] = useState<Live<T>>({ status: 'loading' });
  useEffect(() => {
    if (!query) return;
    let subscription: { unsubscribe: () => void } | null = null;
    let gone = false;
    const subscribe = (live: LiveQuery) => {
      if (gone) return;
      subscription = live(query).subscribe({
        next: (value) => setResult({ status: 'ready', value }),
        error: (error: unknown) => setResult({ status: 'error', problem: classifyStorageError(error) }),
      });
    };
    // Once Dexie is here (every query after the first), subscribe at once, as before.
    if (liveQuery) subscribe(liveQuery);
    else
      loadLiveQuery().then(subscribe, (error: unknown) => {
        if (!gone) setResult({ status: 'error', problem: classifyStorageError(error) });
      });
    return () => {
      gone = true;
      subscription?.unsubscribe();
    };
    // The caller names what the query depends on; the closure itself is new every render.
  }, deps);
  return result;
}
