// Why: after an update, a tab still running the previous version asks for code files that no
// longer exist (every version's files have names of their own). That is not a crash: the
// honest answer is "a newer version is here, what you typed is kept, reload". Vite announces
// every failed dynamic import on the window (`vite:preloadError`); screens that fail to load
// are recognised by their error too.
import { useEffect, useState } from 'preact/hooks';

const CHUNK_FAILURES = [/dynamically imported module/i, /Importing a module script failed/i, /Unable to preload CSS/i, /Failed to load module script/i];

export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return CHUNK_FAILURES.some((p) => p.test(message));
}

let stale = false;
const watchers = new Set<() => void>();

export function reportStaleCode(): void {
  if (stale) return;
  stale = true;
  for (const w of watchers) w();
}

export function isStaleCode(): boolean {
  return stale;
}

/** Listens for Vite's report of a failed dynamic import; call once at start. */
export function watchStaleCode(): void {
  addEventListener('vite:preloadError', () => reportStaleCode());
}

export function useStaleCode(): boolean {
  const [value, setValue] = useState(stale);
  useEffect(() => {
    const w = () => setValue(true);
    watchers.add(w);
    if (stale) setValue(true);
    return () => void watchers.delete(w);
  }, []);
  return value;
}
