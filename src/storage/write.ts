// Why: the app must never claim to have saved what it did not. Every repository write goes
// through `write`, which counts writes in flight (for the "saving / saved" indicator), turns
// a failure into a StorageProblem and announces it, and returns a result the caller must look at.
// A text field whose save failed stays "not saved" (`markUnsaved`) until it is saved: a later
// success elsewhere does not turn the indicator to saved, and it is tried again.
import { classifyStorageError, emitStorageEvent, type StorageProblem } from './storage-events';
import { loadStamping } from './stamping';

export type WriteResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: StorageProblem };

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

let inFlight = 0;
let state: SaveState = 'idle';
/** Fields whose last save failed and that have not been saved since, with how to try again. */
const unsaved = new Map<string, () => Promise<unknown>>();
/** While something is unsaved, it is tried again this often (a full disk may get room). */
export const RETRY_MS = 5_000;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retrying = false;
const watchers = new Set<(s: SaveState) => void>();

function setState(next: SaveState): void {
  state = next;
  for (const w of watchers) w(next);
}

export function saveState(): SaveState {
  return state;
}

export function onSaveState(watcher: (s: SaveState) => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

/** Resolves once no write is in flight: used before an update reload. */
export async function settled(): Promise<void> {
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
}

/** How many fields are waiting to be saved again after a failure. */
export function unsavedCount(): number {
  return unsaved.size;
}

/** A field's save failed: it counts as not saved, and `retry` is tried again until it works. */
export function markUnsaved(key: string, retry: () => Promise<unknown>): void {
  unsaved.set(key, retry);
  setState('failed');
  scheduleRetry();
}

/** The field is stored (or gone: its text was saved another way, or the field was closed). */
export function markSaved(key: string): void {
  if (!unsaved.delete(key)) return;
  if (unsaved.size === 0) {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    if (inFlight === 0) setState('saved');
  }
}

function scheduleRetry(): void {
  if (retryTimer || unsaved.size === 0) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    void retryUnsaved();
  }, RETRY_MS);
}

/** Tries every unsaved field once more; each one marks itself saved or unsaved again. */
export async function retryUnsaved(): Promise<void> {
  if (retrying) return;
  retrying = true;
  try {
    await Promise.all([...unsaved.values()].map((retry) => retry().catch(() => undefined)));
  } finally {
    retrying = false;
    scheduleRetry();
  }
}

export async function write<T>(fn: () => Promise<T>): Promise<WriteResult<T>> {
  inFlight += 1;
  setState('saving');
  try {
    // Every local change is stamped for merging (stamping.ts); that code comes with the first write.
    await loadStamping();
    const value = await fn();
    inFlight -= 1;
    if (inFlight === 0) setState(unsaved.size > 0 ? 'failed' : 'saved');
    emitStorageEvent({ kind: 'write-ok' });
    // Storage works again: what failed before gets its chance now, not in a few seconds.
    if (unsaved.size > 0 && !retrying) void retryUnsaved();
    return { ok: true, value };
  } catch (error) {
    inFlight -= 1;
    const problem = classifyStorageError(error);
    setState('failed');
    emitStorageEvent({ kind: 'write-failed', problem });
    if (!import.meta.env?.VITEST) console.error('DEDA Tafel: write failed', error);
    return { ok: false, problem };
  }
}

/**
 * Work that comes before a write and belongs to it (scaling a photo before it is stored):
 * the indicator says "saving" from the start, never "everything is on this device" while the
 * thing is not stored yet. Errors are the caller's; the write inside reports its own.
 */
export async function beforeWrite<T>(fn: () => Promise<T>): Promise<T> {
  inFlight += 1;
  setState('saving');
  try {
    return await fn();
  } finally {
    inFlight -= 1;
    if (inFlight === 0 && state === 'saving') setState(unsaved.size > 0 ? 'failed' : 'saved');
  }
}

/** Text fields that save after a pause register here, so an update or tab close can save them now. */
const flushers = new Set<() => Promise<unknown> | void>();

export function registerFlusher(flush: () => Promise<unknown> | void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Saves everything that is waiting for its pause, then waits for every write in flight. */
export async function flushAll(): Promise<void> {
  await Promise.all([...flushers].map((f) => f()));
  await settled();
}
