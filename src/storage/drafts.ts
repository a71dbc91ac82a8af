// Why: "a sentence being typed survives a reload". Text fields save to IndexedDB a moment
// after the last keystroke; between keystroke and save, the text is also kept synchronously
// in localStorage under the field's key, and dropped again once the real save succeeded.
// localStorage is shared by every tab of the app, so a draft is kept per tab: when the same
// field is being typed in two tabs, each keystroke in one would otherwise overwrite what the
// other had kept, and a reload or a crash of that other tab lost its text without a word.
// Each tab writes only its own entry (`<field key>~<tab id>`), never one entry holding every
// tab's text: localStorage is not read the same at the same moment in two tabs (Chromium gives
// each tab a copy that another tab's writes reach some milliseconds later), so a tab that read
// the shared entry, added its text and wrote it back could drop what the other tab had just
// written. A tab reads its own draft first; a tab without one (a fresh tab after the browser
// died) gets the newest one a tab that is gone left, and takes it over once it keeps or drops
// its own: its text started from that one. The draft of a tab that is still open is never
// offered to another one; which tabs are open, the browser's Web Locks tell (tabs.ts).
import { mirrorDraft } from './durable-drafts';
import { lookAgain, sayOpen, tabId, tabIsOpen } from './tabs';

// With a vault open, drafts go through its store instead (vault-drafts.ts): sealed, never plain.
export const PREFIX = 'deda-tafel:draft:';
/** Between a field's key and the tab id in a draft's storage key (field keys hold no `~`). */
const TAB_SEP = '~';
let vaultStore: Storage | null = null;
export const useDraftStorage = (s: Storage | null) => void (vaultStore = s);
/** Where draft texts go: the open vault's sealed store, else localStorage (beats stay there: no content). */
const target = () => vaultStore ?? globalThis.localStorage;

/** The storage key of one tab's draft of a field. */
export const draftStorageKey = (key: string, tab: string): string => `${PREFIX}${key}${TAB_SEP}${tab}`;

/** One tab's draft as stored under its own key. */
interface Entry {
  readonly text: string;
  readonly at: number;
}
/** A draft entry of the version before: every tab's text under the field's key. */
interface Shared {
  readonly v: 1;
  readonly tabs: Record<string, Entry>;
}
/** Where a tab's draft of a field was read from: its own key, or the shared entry of the version before. */
type Source = { readonly kind: 'own'; readonly storageKey: string } | { readonly kind: 'shared' };
type Found = Entry & { readonly tab: string; readonly source: Source };

function parseEntry(raw: string): Entry | null {
  try {
    const v = JSON.parse(raw) as Partial<Entry> | null;
    if (v && typeof v === 'object' && typeof v.text === 'string' && typeof v.at === 'number') return { text: v.text, at: v.at };
  } catch {
    // not a draft of ours
  }
  return null;
}

/** The entry under the field's own key (the version before): per tab, or a plain text older still. */
function loadShared(key: string): Record<string, Entry> {
  const raw = target()?.getItem(PREFIX + key) ?? null;
  if (raw === null) return {};
  try {
    const v = JSON.parse(raw) as Partial<Shared> | null;
    if (v && typeof v === 'object' && v.v === 1 && v.tabs && typeof v.tabs === 'object') return v.tabs;
  } catch {
    // not ours: a plain draft text
  }
  return { earlier: { text: raw, at: 0 } };
}

function saveShared(key: string, tabs: Record<string, Entry>): void {
  const raw = Object.keys(tabs).length === 0 ? null : JSON.stringify({ v: 1, tabs } satisfies Shared);
  write(PREFIX + key, raw);
}

/** Every tab's draft of a field: each under its own key, and those of the shared entry of the version before. */
function load(key: string): Found[] {
  const store = target();
  if (!store) return [];
  const start = PREFIX + key + TAB_SEP;
  const found: Found[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const k = store.key(i);
    if (!k?.startsWith(start)) continue;
    const entry = parseEntry(store.getItem(k) ?? '');
    if (entry) found.push({ ...entry, tab: k.slice(start.length), source: { kind: 'own', storageKey: k } });
  }
  for (const [tab, entry] of Object.entries(loadShared(key))) {
    if (!found.some((f) => f.tab === tab)) found.push({ ...entry, tab, source: { kind: 'shared' } });
  }
  return found;
}

function write(storageKey: string, raw: string | null): void {
  if (raw === null) target()?.removeItem(storageKey);
  else target()?.setItem(storageKey, raw);
  // localStorage is not on disk yet when the browser dies; IndexedDB soon is (durable-drafts.ts).
  if (!vaultStore) mirrorDraft(storageKey, raw);
}

/** Removes one tab's draft of a field wherever it is stored. */
function remove(key: string, found: Found): void {
  if (found.source.kind === 'own') return write(found.source.storageKey, null);
  const { [found.tab]: _gone, ...rest } = loadShared(key);
  saveShared(key, rest);
}

/** Another tab's draft this tab read last, by key: which tab, and when that tab kept it. */
const adopted = new Map<string, { readonly tab: string; readonly at: number }>();

/** The draft this tab reads: its own, else the newest one a tab that is gone left. */
function readerOf(found: readonly Found[]): Found | undefined {
  const own = tabId();
  return found.find((f) => f.tab === own) ?? found.filter((f) => !tabIsOpen(f.tab, f.at)).sort((a, b) => b.at - a.at)[0];
}

/** Drops the draft this tab took its text from, if that one is unchanged, and this tab's entry of the version before. */
function takeOver(key: string): void {
  const from = adopted.get(key);
  adopted.delete(key);
  const own = tabId();
  for (const f of load(key)) {
    const taken = from !== undefined && f.tab === from.tab && f.at === from.at;
    if (taken || (f.tab === own && f.source.kind === 'shared')) remove(key, f);
  }
}

export function readDraft(key: string): string | null {
  try {
    lookAgain();
    const entry = readerOf(load(key));
    if (entry && entry.tab !== tabId()) adopted.set(key, { tab: entry.tab, at: entry.at });
    else adopted.delete(key);
    return entry?.text ?? null;
  } catch {
    return null;
  }
}

export function keepDraft(key: string, text: string): void {
  try {
    sayOpen();
    if (adopted.has(key)) takeOver(key);
    write(draftStorageKey(key, tabId()), JSON.stringify({ text, at: Date.now() } satisfies Entry));
  } catch {
    // A full or blocked localStorage only loses the safety net, not the save itself.
  }
}

/** Drops this tab's draft (and the one it took over); other tabs' drafts stay. */
export function dropDraft(key: string): void {
  try {
    takeOver(key);
    write(draftStorageKey(key, tabId()), null);
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
