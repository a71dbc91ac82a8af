// Why: a draft in localStorage survives a reload but not a browser that is killed: browsers
// write localStorage to disk lazily (Chromium some seconds later), so text typed a second
// before a crash is gone. IndexedDB is on disk once its transaction completes. So every change
// of a draft (kept or dropped) is also written to IndexedDB (the settings table, under
// `durable-draft:<localStorage key>`) a moment later, with a sequence number that localStorage
// keeps too. At start, IndexedDB's copy wins only where it is newer than what localStorage
// holds (localStorage lost its last writes: a crash), never after a plain reload, so a draft
// dropped a moment before a reload does not come back. A device with a vault keeps its drafts
// sealed its own way (vault-drafts.ts).
import { db } from './db';

export const DURABLE = 'durable-draft:';
/** The sequence number of the last draft change, in localStorage next to the drafts. */
export const SEQ_KEY = 'deda-tafel:drafts-seq';
/** How long after a change the draft reaches IndexedDB (well inside a second). */
export const MIRROR_MS = 200;
/** Copies this much older than localStorage's last change are surely on its disk too: cleared. */
const STALE_MS = 60_000;

interface Row {
  /** The localStorage value, null when the draft was dropped. */
  readonly raw: string | null;
  readonly seq: number;
}

/** The drafts changed since the last write, by localStorage key. */
const dirty = new Map<string, Row>();
let timer: ReturnType<typeof setTimeout> | null = null;

/** Numbers every draft change and notes it, to be written to IndexedDB shortly. */
export function mirrorDraft(storageKey: string, raw: string | null, storage: Storage | undefined = globalThis.localStorage): void {
  const seq = Math.max(Date.now(), Number(storage?.getItem(SEQ_KEY) ?? 0) + 1);
  try {
    storage?.setItem(SEQ_KEY, String(seq));
  } catch {
    // a full localStorage: the copy on disk is all there is
  }
  dirty.set(storageKey, { raw, seq });
  timer ??= setTimeout(() => void flushDrafts(), MIRROR_MS);
}

/** Writes the draft changes noted since the last time, in one transaction. */
export async function flushDrafts(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = null;
  const batch = [...dirty];
  dirty.clear();
  if (batch.length === 0) return;
  try {
    const settings = db().settings;
    await db().transaction('rw', settings, async () => {
      for (const [key, row] of batch) await settings.put({ key: DURABLE + key, value: row });
    });
  } catch {
    // The localStorage draft is still there: only the net under the net is missing.
  }
}

function isRow(v: unknown): v is Row {
  const r = v as Row | null;
  return typeof r === 'object' && r !== null && typeof r.seq === 'number' && (r.raw === null || typeof r.raw === 'string');
}

/** Puts back the draft changes localStorage lost (after a crash); how many. Called once at start. */
export async function restoreDrafts(storage: Storage | undefined = globalThis.localStorage): Promise<number> {
  if (!storage) return 0;
  const seen = Number(storage.getItem(SEQ_KEY) ?? 0);
  const rows = await db().settings.where('key').startsWith(DURABLE).toArray();
  let restored = 0;
  let newest = seen;
  const stale: string[] = [];
  for (const { key, value } of rows) {
    if (!isRow(value)) continue;
    if (value.seq <= seen) {
      if (value.seq < seen - STALE_MS) stale.push(key);
      continue;
    }
    const target = key.slice(DURABLE.length);
    try {
      if (value.raw === null) storage.removeItem(target);
      else storage.setItem(target, value.raw);
      newest = Math.max(newest, value.seq);
      restored += 1;
    } catch {
      // a full localStorage: the row stays for the next start
    }
  }
  if (newest > seen) storage.setItem(SEQ_KEY, String(newest));
  if (stale.length > 0) await db().transaction('rw', db().settings, () => db().settings.bulkDelete(stale));
  return restored;
}
