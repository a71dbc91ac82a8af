// Why: browsers may evict site data (iPadOS Safari after seven days without a visit) unless
// storage is persistent. The app asks for persistence once there is something to lose, and
// the device page shows the state and how much room is used and left.
export type PersistState = 'persistent' | 'best-effort' | 'unsupported';

let known: PersistState | null = null;

export async function persistState(): Promise<PersistState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persisted) return (known = 'unsupported');
  try {
    return (known = (await storage.persisted()) ? 'persistent' : 'best-effort');
  } catch {
    return (known = 'unsupported');
  }
}

/** The last answer of persistState() (null before the first), for a first frame that knows it. */
export function knownPersistState(): PersistState | null {
  return known;
}

/** Asks the browser to keep this app's data. Resolves to the state after asking. */
export async function askPersistence(): Promise<PersistState> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    return (await storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export interface StorageEstimateInfo {
  readonly usage: number;
  readonly quota: number;
}

export async function storageEstimate(): Promise<StorageEstimateInfo | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  try {
    const e = await storage.estimate();
    if (typeof e.usage !== 'number' || typeof e.quota !== 'number') return null;
    return { usage: e.usage, quota: e.quota };
  } catch {
    return null;
  }
}
