// Why: "a sentence being typed survives a reload". Text fields save to IndexedDB a moment
// after the last keystroke; between keystroke and save, the text is also kept synchronously
// in localStorage under the field's key, and dropped again once the real save succeeded.
// With a vault open, drafts go through its store instead (vault-drafts.ts): sealed, never plain.
export const PREFIX = 'deda-tafel:draft:';

let vaultStore: Storage | null = null;
export const useDraftStorage = (s: Storage | null) => void (vaultStore = s);
const target = () => vaultStore ?? globalThis.localStorage;

export function readDraft(key: string): string | null {
  try {
    return target()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function keepDraft(key: string, text: string): void {
  try {
    target()?.setItem(PREFIX + key, text);
  } catch {
    // A full or blocked localStorage only loses the safety net, not the save itself.
  }
}

export function dropDraft(key: string): void {
  try {
    target()?.removeItem(PREFIX + key);
  } catch {
    // nothing to drop
  }
}

/** Drafts of one workshop, to forget when it is erased. */
export function dropDraftsOf(workshopId: string): void {
  try {
    const ls = target();
    if (!ls) return;
    const doomed: string[] = [];
    for (let i = 0; i < ls.length; i += 1) {
      const k = ls.key(i);
      if (k?.startsWith(`${PREFIX}${workshopId}:`)) doomed.push(k);
    }
    for (const k of doomed) ls.removeItem(k);
  } catch {
    // nothing to drop
  }
}
