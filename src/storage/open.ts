// Why: opening the database is the first thing that can fail on a device (private mode,
// IndexedDB switched off, a disk that is full). The app shell calls this once at start and
// shows one clear screen instead of a blank page when it fails.
import { db } from './db';
import { classifyStorageError, type StorageProblem } from './storage-events';
import { eraseExpiredDeleted } from './workshops-repo';
import { ERASING_KEY, VAULT_KEY } from './vault';
import { restoreDrafts } from './durable-drafts';
import { claimTab } from './tabs';

/** `locked`: this device has a vault; nothing can be read before it is unlocked. */
export async function openStorage(): Promise<{ ok: true; locked: boolean } | { ok: false; problem: StorageProblem }> {
  if (typeof indexedDB === 'undefined') return { ok: false, problem: 'unavailable' };
  // This tab's lock, and which tabs are open, before any screen reads a draft (tabs.ts).
  await claimTab();
  let vault;
  try {
    await db().open();
    // A whole-device erase cut short is finished before anything is read (device-erase.ts).
    if (await db().settings.get(ERASING_KEY)) await import('./device-erase').then((m) => m.finishErase());
    vault = await db().settings.get(VAULT_KEY);
  } catch (error) {
    const problem = classifyStorageError(error);
    return { ok: false, problem: problem === 'unknown' ? 'unavailable' : problem };
  }
  // Housekeeping must never stop the app from starting (nor run on a locked vault).
  if (!vault) {
    eraseExpiredDeleted().catch(() => undefined);
    // Drafts a killed browser lost from localStorage, before any screen reads one.
    await restoreDrafts().catch(() => 0);
  }
  return { ok: true, locked: !!vault };
}
