// Why: "a sentence being typed survives a reload". Text fields save to IndexedDB a moment
// after the last keystroke; between keystroke and save, the text is also kept synchronously
// in localStorage under the field's key, and dropped again once the real save succeeded.
// With a vault on, the vault's store (vault-drafts.ts) takes over: drafts are kept in memory
// and written to localStorage only encrypted.
export const PREFIX = 'deda-tafel:draft:';

/** Where drafts go while a vault is on. */
export interface DraftStore {
  read(key: string): string | null;
  keep(key: string, text: string): void;
  drop(key: string): void;
}
let store: DraftStore | null = null;

export function useDraftStore(next: DraftStore | null): void {
  store = next;
}

export function readDraft(key: string): string | null {
  if (store) return store.read(key);
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function keepDraft(key: string, text: string): void {
  if (store) return store.keep(key, text);
  try {
    globalThis.localStorage?.setItem(PREFIX + key, text);
  } catch {
    // A full or blocked localStorage only loses the safety net, not the save itself.
  }
}

export function dropDraft(key: string): void {
  if (store) return store.drop(key);
  try {
    globalThis.localStorage?.removeItem(PREFIX + key);
  } catch {
    // nothing to drop
  }
}

/** Drafts of one workshop, to forget when it is erased. */
export function dropDraftsOf(workshopId: string): void {
  try {
    const ls = globalThis.localStorage;
    if (!ls) return;
    const doomed: string[] = [];
    for (let i = 0; i < ls.length; i += 1) {
      const k = ls.key(i);
      if (k?.startsWith(`${PREFIX}${workshopId}:`)) doomed.push(k);
    }
    for (const k of doomed) {
      if (store) store.drop(k.slice(PREFIX.length));
      ls.removeItem(k);
    }
  } catch {
    // nothing to drop
  }
}
