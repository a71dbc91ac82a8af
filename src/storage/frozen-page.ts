// Why: WebKit (the engine of every browser on an iPad) keeps a page that is left in its
// back/forward cache, frozen (`pagehide` with `persisted`). A database transaction that page
// had begun and not finished stays open there, holding its tables for as long as the page is
// kept: every later transaction on those tables, in the page that comes next, in another tab
// and after a reload, waits for it for ever. The save indicator stayed at "Opslaan…" and
// the notes written meanwhile were gone (tests/webkit/left-page.spec.mjs). Closing the
// connection does not let go of the tables; aborting the transaction does. So every
// transaction is known from its start to its end, the ones still running when the page is
// frozen are aborted, and none is begun until the page is shown again. An aborted write was
// not stored, and nothing typed is lost: texts stay in their drafts until they are stored.
// A page that comes back from the cache after that is loaded again, so that no screen shows
// the failure of a read or write the freeze broke off; the drafts bring back what was typed.
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

/** The page's transactions that have not ended yet. */
const running = new Set<IDBTransaction>();
let frozen = false;
/** Whether a freeze broke off a transaction, so the page must load again when it is shown. */
let brokeOff = false;

/** An error like the browser's own for a transaction it ended. */
function frozenError(): Error {
  const e = new Error('the page is in the back/forward cache');
  e.name = 'AbortError';
  return e;
}

/** The middleware, level 1, right above IndexedDB: what it is handed is the native transaction. */
export const frozenPageMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'deda-frozen-page',
  level: 1,
  create: (down) => ({
    ...down,
    transaction(stores, mode, options): DBCoreTransaction {
      if (frozen) throw frozenError();
      const trans = down.transaction(stores, mode, options);
      const idb = trans as unknown as IDBTransaction;
      if (typeof idb.addEventListener === 'function') {
        running.add(idb);
        const end = () => running.delete(idb);
        idb.addEventListener('complete', end);
        idb.addEventListener('abort', end);
      }
      return trans;
    },
  }),
};

/** The page is being frozen: let go of every table it holds. */
export function freeze(): void {
  frozen = true;
  for (const t of running) {
    try {
      t.abort();
      brokeOff = true;
    } catch {
      // finished meanwhile (its complete event is still on its way)
    }
  }
  running.clear();
}

/** The page is shown again; true when a freeze broke off a transaction (the page must load again). */
export function thaw(): boolean {
  frozen = false;
  const reload = brokeOff;
  brokeOff = false;
  return reload;
}

/** How many transactions are running now (for tests). */
export function runningCount(): number {
  return running.size;
}

let watching = false;

/** Follows the page's life: frozen on a `pagehide` that keeps the page, shown again on `pageshow`. */
export function watchFreezes(target: Pick<Window, 'addEventListener'> | undefined = globalThis.window, reload: () => void = () => location.reload()): void {
  if (watching || !target) return;
  watching = true;
  target.addEventListener('pagehide', (e) => {
    if ((e as PageTransitionEvent).persisted) freeze();
  });
  target.addEventListener('pageshow', (e) => {
    if (!(e as PageTransitionEvent).persisted) return;
    if (thaw()) reload();
  });
}
