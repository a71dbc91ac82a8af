// Why: "a sentence being typed survives a reload". Text fields save to IndexedDB a moment
// after the last keystroke; between keystroke and save, the text is also kept synchronously
// in localStorage under the field's key, and dropped again once the real save succeeded.
// localStorage is shared by every tab of the app, so a draft is kept per tab: when the same
// field is being typed in two tabs, each keystroke in one would otherwise overwrite what the
// other had kept, and a reload or a crash of that other tab lost its text without a word.
// A tab reads its own draft first; a tab without one (a fresh tab after the browser died)
// gets the newest one a tab that is gone left, and takes it over once it keeps or drops its
// own: its text started from that one. The draft of a tab that is still open is never offered
// to another one; which tabs are open, the browser's Web Locks tell (tabs.ts).
import { mirrorDraft } from './durable-drafts';
import { lookAgain, sayOpen, tabId, tabIsOpen } from './tabs';

// With a vault open, drafts go through its store instead (vault-drafts.ts): sealed, never plain.
export const PREFIX = 'deda-tafel:draft:';
let vaultStore: Storage | null = null;
export const useDraftStorage = (s: Storage | null) => void (vaultStore = s);
/** Where draft texts go: the open vault's sealed store, else localStorage (beats stay there: no content). */
const target = () => vaultStore ?? globalThis.localStorage;

/** One draft as stored: the text of each tab that keeps one, with when it was kept. */
interface Stored {
  readonly v: 1;
  readonly tabs: Record<string, { readonly text: string; readonly at: number }>;
}

/** The stored drafts of a key; a plain string is a draft from before drafts were kept per tab. */
function load(key: string): Stored['tabs'] {
  const raw = target()?.getItem(PREFIX + key) ?? null;
  if (raw === null) return {};
  try {
    const v = JSON.parse(raw) as Partial<Stored> | null;
    if (v && typeof v === 'object' && v.v === 1 && v.tabs && typeof v.tabs === 'object') return v.tabs;
  } catch {
    // not ours: a plain draft text
  }
  return { earlier: { text: raw, at: 0 } };
}

function save(key: string, tabs: Stored['tabs']): void {
  const raw = Object.keys(tabs).length === 0 ? null : JSON.stringify({ v: 1, tabs } satisfies Stored);
  if (raw === null) target()?.removeItem(PREFIX + key);
  else target()?.setItem(PREFIX + key, raw);
  // localStorage is not on disk yet when the browser dies; IndexedDB soon is (durable-drafts.ts).
  if (!vaultStore) mirrorDraft(PREFIX + key, raw);
}

/** Another tab's draft this tab read last, by key: which tab, and when that tab kept it. */
const adopted = new Map<string, { readonly tab: string; readonly at: number }>();

/** The tab whose draft this tab reads: its own, else the newest one a tab that is gone left. */
function readerOf(tabs: Stored['tabs']): string | undefined {
  const own = tabId();
  if (tabs[own]) return own;
  return Object.entries(tabs)
    .filter(([tab, { at }]) => !tabIsOpen(tab, at))
    .sort(([, a], [, b]) => b.at - a.at)[0]?.[0];
}

/** Without this tab's entry, and without the one it took its text from if that one is unchanged. */
function takeOver(key: string, tabs: Stored['tabs']): Stored['tabs'] {
  const { [tabId()]: _own, ...rest } = tabs;
  const from = adopted.get(key);
  adopted.delete(key);
  if (from && rest[from.tab]?.at === from.at) delete rest[from.tab];
  return rest;
}

export function readDraft(key: string): string | null {
  try {
    lookAgain();
    const tabs = load(key);
    const from = readerOf(tabs);
    const entry = from === undefined ? undefined : tabs[from];
    if (from !== undefined && entry && from !== tabId()) adopted.set(key, { tab: from, at: entry.at });
    else adopted.delete(key);
    return entry?.text ?? null;
  } catch {
    return null;
  }
}

export function keepDraft(key: string, text: string): void {
  try {
    sayOpen();
    save(key, { ...takeOver(key, load(key)), [tabId()]: { text, at: Date.now() } });
  } catch {
    // A full or blocked localStorage only loses the safety net, not the save itself.
  }
}

/** Drops this tab's draft (and the one it took over); other tabs' drafts stay. */
export function dropDraft(key: string): void {
  try {
    save(key, takeOver(key, load(key)));
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
    for (const k of doomed) {
      ls.removeItem(k);
      if (!vaultStore) mirrorDraft(k, null);
    }
  } catch {
    // nothing to drop
  }
}
