// Why: the app must never claim to have saved what it did not. Every repository write goes
// through `write`, which counts writes in flight (for the "saving / saved" indicator), turns
// a failure into a StorageProblem and announces it, and returns a result the caller must look at.
import { classifyStorageError, emitStorageEvent, type StorageProblem } from './storage-events';

export type WriteResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: StorageProblem };

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

let inFlight = 0;
let state: SaveState = 'idle';
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

export async function write<T>(fn: () => Promise<T>): Promise<WriteResult<T>> {
  inFlight += 1;
  setState('saving');
  try {
    const value = await fn();
    inFlight -= 1;
    if (inFlight === 0) setState('saved');
    emitStorageEvent({ kind: 'write-ok' });
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
