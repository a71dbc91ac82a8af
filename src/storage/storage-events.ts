// Why: storage problems happen far from the screen that can explain them (a write deep in a
// repository fails because the disk is full). Storage announces them here; the app shell
// listens and shows one clear message. No Dexie types leak out.
export type StorageEvent =
  | { readonly kind: 'stale-tab' }
  | { readonly kind: 'blocked' }
  | { readonly kind: 'write-failed'; readonly problem: StorageProblem }
  | { readonly kind: 'write-ok' };

export type StorageProblem = 'quota' | 'unavailable' | 'closed' | 'unknown';

type Listener = (event: StorageEvent) => void;
const listeners = new Set<Listener>();

export function onStorageEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitStorageEvent(event: StorageEvent): void {
  for (const listener of listeners) listener(event);
}

/** Looks through an error and the errors it wraps for a cause a person can act on. */
export function classifyStorageError(error: unknown): StorageProblem {
  const seen = new Set<unknown>();
  let e: unknown = error;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return 'quota';
    if (name === 'DatabaseClosedError') return 'closed';
    if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError' || name === 'OpenFailedError' || name === 'DataCloneError' || name === 'UnknownError') {
      const inner = (e as { inner?: unknown }).inner;
      if (inner && classifyStorageError(inner) === 'quota') return 'quota';
      return 'unavailable';
    }
    e = (e as { inner?: unknown; cause?: unknown }).inner ?? (e as { cause?: unknown }).cause;
  }
  return 'unknown';
}
