// Why: screens read through hooks that follow the database: when a repository writes, every
// screen showing that data updates by itself (also in another tab). This wraps Dexie's
// liveQuery in a Preact hook so that no component imports Dexie. Dexie itself is fetched with
// the first live query (after the first paint), not in the first load: the home screen's first
// list comes without it (first-read.ts).
import { useLayoutEffect, useState } from 'preact/hooks';
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
  // Subscribed as soon as the screen is in the page, not after its first paint: the database works
  // while the browser paints (a board's notes were asked for only a frame after it opened).
  useLayoutEffect(() => {
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

/**
 * One live query per key, answered together as a Map once every key has answered. Each query
 * follows only its own rows, so a change re-runs the queries it concerns and no others: a note
 * added re-counts its own question, not every question of the pack. `keys` null: not known yet.
 */
export function useLiveEach<K, V>(keys: readonly K[] | null, query: (key: K) => Promise<V>, deps: readonly unknown[]): Live<ReadonlyMap<K, V>> {
  const [result, setResult] = useState<Live<ReadonlyMap<K, V>>>({ status: 'loading' });
  useLayoutEffect(() => {
    if (!keys) return;
    const unique = [...new Set(keys)];
    const values = new Map<K, V>();
    let subscriptions: { unsubscribe: () => void }[] = [];
    let gone = false;
    const fail = (error: unknown) => {
      if (!gone) setResult({ status: 'error', problem: classifyStorageError(error) });
    };
    const publish = () => {
      if (!gone && values.size === unique.length) setResult({ status: 'ready', value: new Map(unique.map((k) => [k, values.get(k) as V])) });
    };
    const subscribe = (live: LiveQuery) => {
      if (gone) return;
      subscriptions = unique.map((key) =>
        live(() => query(key)).subscribe({
          next: (value) => {
            values.set(key, value);
            publish();
          },
          error: fail,
        }),
      );
      publish();
    };
    if (liveQuery) subscribe(liveQuery);
    else loadLiveQuery().then(subscribe, fail);
    return () => {
      gone = true;
      for (const s of subscriptions) s.unsubscribe();
    };
    // As useLive: the caller names what the queries depend on.
  }, deps);
  return result;
}
