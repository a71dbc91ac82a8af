// Why: a draft in localStorage survives a reload but not a browser that is killed: browsers
// write localStorage to disk lazily (Chromium some seconds later), so text typed a second
// before a crash is gone. IndexedDB is on disk once its transaction completes. So every draft
// is also written to IndexedDB (the settings table, under `durable-draft:<localStorage key>`)
// a moment after it changes, and at start a draft IndexedDB has and localStorage lost is put
// back. A device with a vault keeps its drafts sealed its own way (vault-drafts.ts).
import { db } from './db';

export const DURABLE = 'durable-draft:';
/** How long after a change the draft reaches IndexedDB (well inside a second). */
export const MIRROR_MS = 200;

/** The drafts changed since the last write: their localStorage key and text, null when dropped. */
const dirty = new Map<string, string | null>();
let timer: ReturnType<typeof setTimeout> | null = null;

/** Notes a changed draft, to be written to IndexedDB shortly. */
export function mirrorDraft(storageKey: string, raw: string | null): void {
  dirty.set(storageKey, raw);
  timer ??= setTimeout(() => void flushDrafts(), MIRROR_MS);
}

/** Writes the drafts changed since the last time, in one transaction. */
export async function flushDrafts(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const batch = [...dirty];
  dirty.clear();
  if (batch.length === 0) return;
  try {
    const settings = db().settings;
    await db().transaction('rw', settings, async () => {
      for (const [key, raw] of batch) {
        if (raw === null) await settings.delete(DURABLE + key);
        else await settings.put({ key: DURABLE + key, value: raw });
      }
    });
  } catch {
    // The localStorage draft is still there: only the net under the net is missing.
  }
}

/** Puts back every draft localStorage lost (after a crash); how many. Called once at start. */
export async function restoreDrafts(storage: Storage | undefined = globalThis.localStorage): Promise<number> {
  if (!storage) return 0;
  const rows = await db().settings.where('key').startsWith(DURABLE).toArray();
  let restored = 0;
  for (const row of rows) {
    const key = row.key.slice(DURABLE.length);
    if (typeof row.value !== 'string' || storage.getItem(key) !== null) continue;
    try {
      storage.setItem(key, row.value);
      restored += 1;
    } catch {
      // a full localStorage: the row stays for the next start
    }
  }
  return restored;
}
