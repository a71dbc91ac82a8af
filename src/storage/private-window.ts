// Why: in a private (incognito) window the browser throws away everything the app stores as
// soon as the window closes: a whole workshop gone without a word. Browsers do not say "this
// is private", but some let it be known, and then the app says so plainly before the first
// workshop is made. Read once, on the home screen; the rule is pure and tested apart.
//
// What each engine lets be known (checked in 2026):
// - Firefox turns service workers off in private windows, so a secure page without
//   `navigator.serviceWorker` in Firefox is a private window.
// - WebKit (Safari 17 and later) refuses the origin private file system in a private window
//   with "unknown transient reason".
// - Older Chromium gave an incognito window a quota held in memory: far below twice the
//   JavaScript heap limit (and below ~120 MiB in the oldest). Chromium 156 reports the same
//   quota, persistence and APIs in incognito as in a normal profile (measured here: 10 GiB,
//   not persisted, service worker and file system present in both), so it cannot be told
//   apart any more; the app then says nothing rather than guess.

/** What the browser shows of itself; null where it does not say. */
export interface WindowFacts {
  readonly userAgent: string;
  readonly secure: boolean;
  readonly serviceWorker: boolean;
  /** `navigator.storage.estimate().quota` in bytes. */
  readonly quota: number | null;
  /** `navigator.storage.persisted()`. */
  readonly persisted: boolean | null;
  /** Chromium's `performance.memory.jsHeapSizeLimit` in bytes. */
  readonly heapLimit: number | null;
  /** How `navigator.storage.getDirectory()` answered: its refusal's message when it refused. */
  readonly fileSystem: { readonly kind: 'ok' } | { readonly kind: 'absent' } | { readonly kind: 'refused'; readonly message: string };
}

export type PrivateSign = 'no-service-worker' | 'file-system-transient' | 'quota-in-memory';

const MIB = 1024 * 1024;
/** Below this, storage is too small to be anything but held in memory (Chromium before 2020). */
const TINY_QUOTA = 120 * MIB;

/** The sign that this is a private window, or null when the browser shows none. */
export function privateWindowSign(f: WindowFacts): PrivateSign | null {
  if (f.secure && !f.serviceWorker && /\bFirefox\//.test(f.userAgent)) return 'no-service-worker';
  if (f.fileSystem.kind === 'refused' && /unknown transient reason/i.test(f.fileSystem.message)) return 'file-system-transient';
  // A persisted store is kept on disk, whatever its size.
  if (f.persisted !== true && f.quota !== null && f.quota > 0) {
    if (f.quota < TINY_QUOTA) return 'quota-in-memory';
    if (f.heapLimit !== null && f.heapLimit > 0 && f.quota < 2 * f.heapLimit) return 'quota-in-memory';
  }
  return null;
}

async function windowFacts(): Promise<WindowFacts> {
  const nav = globalThis.navigator;
  const storage = nav?.storage;
  let quota: number | null = null;
  let persisted: boolean | null = null;
  let fileSystem: WindowFacts['fileSystem'] = { kind: 'absent' };
  try {
    const e = await storage?.estimate?.();
    quota = typeof e?.quota === 'number' ? e.quota : null;
  } catch {
    quota = null;
  }
  try {
    persisted = storage?.persisted ? await storage.persisted() : null;
  } catch {
    persisted = null;
  }
  if (storage?.getDirectory) {
    try {
      await storage.getDirectory();
      fileSystem = { kind: 'ok' };
    } catch (e) {
      fileSystem = { kind: 'refused', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  }
  const memory = (globalThis.performance as (Performance & { memory?: { jsHeapSizeLimit?: number } }) | undefined)?.memory;
  return {
    userAgent: nav?.userAgent ?? '',
    secure: globalThis.isSecureContext === true,
    serviceWorker: nav !== undefined && 'serviceWorker' in nav,
    quota,
    persisted,
    heapLimit: typeof memory?.jsHeapSizeLimit === 'number' ? memory.jsHeapSizeLimit : null,
    fileSystem,
  };
}

/** Whether this window shows a sign of being private. Never throws. */
export async function detectPrivateWindow(): Promise<PrivateSign | null> {
  try {
    return privateWindowSign(await windowFacts());
  } catch {
    return null;
  }
}
