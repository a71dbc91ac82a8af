// Why: the home screen's list is the first thing the app shows, and Dexie (the largest part of
// the code) is not needed to read it. This reads the workshop rows and the action points (for
// the cards' summaries) straight from IndexedDB while Dexie loads after the first paint; the
// home screen then follows Dexie's live queries.
// It reads only a database that is already at this app's schema version (one that must first
// be upgraded waits for Dexie), never writes, and steps aside at once for any other opener.
// A device with no database yet has no workshops: that is answered without creating one.
// A device with a vault is not read here: its rows are sealed and its lock screen comes first.
// First load: keep this module small and free of Dexie.
import type { ActionPoint } from '../domain/action-point';
import { cardSummaries, type PointsSummary } from '../domain/follow-up';
import type { WorkshopId } from '../domain/ids';
import { todayIso, type IsoDate } from '../domain/time';
import { byLastChange, type Workshop } from '../domain/workshop';
import { DB_NAME, LATEST_SCHEMA, nativeVersion } from './db-name';
import { VAULT_KEY } from './vault';

/** The home screen's first frame: its list and every card's summary. */
export interface FirstList {
  /** The workshops on this device (not deleted), newest change first, as `listWorkshops` gives them. */
  readonly workshops: Workshop[];
  /** As `pointsSummaries` gives them. */
  readonly summaries: ReadonlyMap<WorkshopId, PointsSummary>;
}

const NOTHING: FirstList = { workshops: [], summaries: new Map() };

/**
 * The home screen's list and summaries in one read-only transaction; null when this path
 * cannot answer (no IndexedDB, an older or newer schema, an error), and the caller waits for
 * Dexie, which also explains any problem.
 */
export function readWorkshopsDirect(factory: IDBFactory | null = globalThis.indexedDB ?? null, name: string = DB_NAME, today: IsoDate = todayIso()): Promise<FirstList | null> {
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
      resolve(absent ? NOTHING : null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const conn = request.result;
      conn.onversionchange = () => conn.close();
      const done = (value: FirstList | null) => {
        conn.close();
        resolve(value);
      };
      if (conn.version !== nativeVersion(LATEST_SCHEMA) || !['workshops', 'actionPoints', 'settings'].every((s) => conn.objectStoreNames.contains(s))) {
        done(null);
        return;
      }
      try {
        const tx = conn.transaction(['workshops', 'actionPoints', 'settings'], 'readonly');
        const rows = tx.objectStore('workshops').getAll();
        const points = tx.objectStore('actionPoints').getAll();
        // A device with a vault: its rows are sealed, and the lock screen comes first.
        const vaulted = tx.objectStore('settings').count(VAULT_KEY);
        tx.oncomplete = () => {
          if (vaulted.result > 0) {
            done(null);
            return;
          }
          const all = rows.result as Workshop[];
          done({ workshops: all.filter((w) => w.deletedAt === null).sort(byLastChange), summaries: cardSummaries(points.result as ActionPoint[], all, today) });
        };
        tx.onerror = (event) => {
          event.preventDefault();
          done(null);
        };
        tx.onabort = () => done(null);
      } catch {
        done(null);
      }
    };
  });
}

/** The direct read once started; `settled` and `value` once it has answered. */
export interface FirstRead {
  readonly promise: Promise<FirstList | null>;
  settled: boolean;
  value: FirstList | null;
}

let first: FirstRead | null = null;

/**
 * Starts the direct read (main.tsx calls this before anything else, so it runs alongside the
 * rest of the start) and gives its answer, for main.tsx to wait a moment for it.
 */
export function startFirstRead(): Promise<FirstList | null> {
  if (!first) {
    const read: FirstRead = { promise: readWorkshopsDirect(), settled: false, value: null };
    void read.promise.then((value) => {
      read.settled = true;
      read.value = value;
    });
    first = read;
  }
  return first.promise;
}

/**
 * The direct read, to the first caller only: later screens follow the live query, and an
 * answer from before a write (made since) must never be shown again.
 */
export function takeFirstRead(): FirstRead | null {
  const taken = first;
  first = null;
  return taken;
}
