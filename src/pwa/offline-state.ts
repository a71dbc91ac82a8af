// Why: the device page and the one-time notice need to know whether the app can start
// without a network on this device. The service worker code sets it; screens read it.
import { useEffect, useState } from 'preact/hooks';

export type OfflineState = 'unsupported' | 'pending' | 'ready' | 'dev';

let state: OfflineState =
  typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? (navigator.serviceWorker.controller ? 'ready' : 'pending') : 'unsupported';
const watchers = new Set<(s: OfflineState) => void>();

export function setOfflineState(next: OfflineState): void {
  state = next;
  for (const w of watchers) w(next);
}

export function useOfflineState(): OfflineState {
  const [s, setS] = useState(state);
  useEffect(() => {
    watchers.add(setS);
    setS(state);
    return () => void watchers.delete(setS);
  }, []);
  return s;
}
