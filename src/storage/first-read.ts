// Why: the home screen's list is the first thing the app shows, and Dexie (the largest part of
// the code) is not needed to read it. This reads the workshop rows straight from IndexedDB
// while Dexie loads after the first paint; the home screen then follows Dexie's live query.
// It reads only a database that is already at this app's schema version (one that must first
// be upgraded waits for Dexie), never writes, and steps aside at once for any other opener.
// A device with no database yet has no workshops: that is answered without creating one.
// First load: keep this module small and free of Dexie.
import { byLastChange, type Workshop } from '../domain/workshop';
import { DB_NAME, LATEST_SCHEMA, nativeVersion } from './db-name';

/**
 * The workshops on this device (not deleted), newest change first, as `listWorkshops` gives
 * them; null when this path cannot answer (no IndexedDB, an older or newer schema, an error),
 * and the caller waits for Dexie, which also explains any problem.
 */
export function readWorkshopsDirect(factory: IDBFactory | null = globalThis.indexedDB ?? null, name: string = DB_NAME): Promise<Workshop[] | null> {
  if (!factory) return Promise.resolve(null);
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name);
    } catch {
      resolve(null);
      return;
    }
    let absent = false;
    request.onupgradeneeded = () => {
      // Opening without a version creates a database that is not there. There is none, so no
      // workshops; aborting the creation leaves nothing behind for Dexie to stumble on.
      absent = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      resolve(absent ? [] : null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const conn = request.result;
      conn.onversionchange = () => conn.close();
      const done = (value: Workshop[] | null) => {
        conn.close();
        resolve(value);
      };
      if (conn.version !== nativeVersion(LATEST_SCHEMA) || !conn.objectStoreNames.contains('workshops')) {
        done(null);
        return;
      }
      try {
        const get = conn.transaction('workshops', 'readonly').objectStore('workshops').getAll();
        get.onsuccess = () => done((get.result as Workshop[]).filter((w) => w.deletedAt === null).sort(byLastChange));
        get.onerror = (event) => {
          event.preventDefault();
          done(null);
        };
      } catch {
        done(null);
      }
    };
  });
}

let first: Promise<Workshop[] | null> | null = null;

/** Starts the direct read (main.tsx calls this before anything else, so it runs alongside). */
export function startFirstRead(): void {
  first ??= readWorkshopsDirect();
}

/**
 * The direct read, to the first caller only: later screens follow the live query, and an
 * answer from before a write (made since) must never be shown again.
 */
export function takeFirstRead(): Promise<Workshop[] | null> | null {
  const taken = first;
  first = null;
  return taken;
}
