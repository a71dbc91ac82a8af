// Why: a draft is kept per tab (drafts.ts), and the draft of a tab that is still open must never
// be offered to another tab, while the draft of a tab that died must be offered at once to the
// next one: after a crash the fresh tab is the only place that text can come back. The browser
// knows which tabs are open: each tab holds a Web Lock named after its id for as long as it
// lives, and the browser lets go of it when the tab closes, crashes or is killed. A timed "I am
// open" note in localStorage cannot tell this: after a crash its last note may have reached the
// disk and look recent for seconds. That note (the beat) is kept only for browsers without Web
// Locks (Safari before 15.4), and read from tabs still running the version of the app before
// this one. "Duplicate tab" copies sessionStorage, and with it the tab id: the lock shows it
// (another page holds it), and the copy takes an id of its own.

/** This tab's id, in sessionStorage: it survives a reload of the tab and is its own. */
const TAB_KEY = 'deda-tafel:tab';
/** The Web Lock a tab holds for its lifetime. */
export const LOCK_PREFIX = 'deda-tafel:tab:';
/** Without Web Locks: when a tab last said it is open. */
const ALIVE = 'deda-tafel:tab-alive:';
const BEAT_MS = 3000;
export const GONE_MS = 10_000;
/** How long a tab at start waits for its id's lock to be let go (the page before a reload leaving). */
const RELEASE_MS = 500;
/** The start never waits longer than this for the locks (a browser whose Web Locks do not answer). */
const CLAIM_MS = 2000;
/**
 * Written to sessionStorage as a page of this tab goes (reload, another address): the next page
 * in this tab is this tab, however late the page before lets go of its lock (a busy tablet can
 * take more than RELEASE_MS). A duplicated tab copies sessionStorage from a page that has not
 * gone, so it never finds this.
 */
const LEAVING_KEY = 'deda-tafel:tab-leaving';

type Locks = Pick<LockManager, 'request' | 'query'>;

/** What a tab learnt at its last look at the held locks: whose they are, and when it looked. */
export interface Seen {
  readonly held: ReadonlySet<string>;
  readonly since: number;
}

/** The tab ids of the held tab locks, out of the names `navigator.locks.query()` lists. */
export function heldTabs(names: Iterable<string | undefined>): Set<string> {
  const tabs = new Set<string>();
  for (const name of names) if (name?.startsWith(LOCK_PREFIX) && name.length > LOCK_PREFIX.length) tabs.add(name.slice(LOCK_PREFIX.length));
  return tabs;
}

/**
 * Whether a tab that kept a draft at `keptAt` is open. With Web Locks (`seen`): its lock was held
 * at the last look, or it kept that draft after the look began (it was open then; the next look
 * will tell). A tab that beats is open while its beat (`beatAt`) is less than GONE_MS old: a
 * browser without Web Locks, or, beside a tab with them, a tab still running the version of the
 * app from before them. A tab that holds a lock never beats, so its beat cannot outlive it.
 */
export function isOpen(tab: string, keptAt: number, seen: Seen | null, beatAt: number, now: number): boolean {
  const beating = beatAt > 0 && now - beatAt < GONE_MS;
  return beating || (seen !== null && (seen.held.has(tab) || keptAt >= seen.since));
}

/** Before the first look every tab counts as open: nothing is offered that might be typed on. */
const NOT_LOOKED: Seen = { held: new Set(), since: 0 };

/** `locks`: this tab holds its lock; `beats`: no Web Locks here; null: not claimed yet. */
let mode: { readonly kind: 'locks'; readonly seen: Seen } | { readonly kind: 'beats' } | null = null;
let claiming: Promise<void> | null = null;
let looking = false;
let beating = false;

const locks = (): Locks | undefined => (globalThis as { navigator?: { locks?: Locks } }).navigator?.locks;
const session = (): Storage | undefined => (globalThis as { sessionStorage?: Storage }).sessionStorage;
const newId = () => Math.random().toString(36).slice(2, 10);

/** The id this tab took at start, when it is not the one in sessionStorage (a duplicated tab). */
let own: string | null = null;

/** This tab's id (made on first use). */
export function tabId(): string {
  if (own) return own;
  try {
    const ss = session();
    if (!ss) return 'tab';
    let id = ss.getItem(TAB_KEY);
    if (!id) {
      id = newId();
      ss.setItem(TAB_KEY, id);
    }
    return id;
  } catch {
    return 'tab';
  }
}

/** Asks for a lock, kept for as long as this page lives once granted; whether it was. */
function grant(lm: Locks, name: string, options: LockOptions): Promise<boolean> {
  return new Promise((resolve) => {
    lm.request(name, options, (lock) => {
      resolve(lock !== null);
      return lock ? new Promise<never>(() => undefined) : undefined;
    }).catch(() => resolve(false));
  });
}

/** Takes this tab's lock; false when another page holds it and does not let go within `waitMs`. */
async function hold(lm: Locks, tab: string, waitMs: number): Promise<boolean> {
  if (await grant(lm, LOCK_PREFIX + tab, { ifAvailable: true })) return true;
  if (waitMs <= 0) return false;
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), waitMs);
  const late = await grant(lm, LOCK_PREFIX + tab, { signal: stop.signal });
  clearTimeout(timer);
  return late;
}

async function look(lm: Locks): Promise<Seen> {
  const since = Date.now();
  const { held = [] } = await lm.query();
  return { held: heldTabs(held.map((l) => l.name)), since };
}

/**
 * Called once at start, before any screen reads a draft: takes this tab's lock (a new id when a
 * duplicated tab finds its copied id held by the original) and looks which tabs are open.
 */
export function claimTab(): Promise<void> {
  claiming ??= new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CLAIM_MS);
    void claim().finally(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  return claiming;
}

async function claim(): Promise<void> {
  const lm = locks();
  const ss = session();
  if (!lm) {
    mode = { kind: 'beats' };
    return;
  }
  try {
    let id = tabId();
    const continuing = ss?.getItem(LEAVING_KEY) === id;
    ss?.removeItem(LEAVING_KEY);
    if (continuing) {
      // The page before in this tab is going: the lock is ours as soon as it has gone.
      if (!(await hold(lm, id, RELEASE_MS))) void grant(lm, LOCK_PREFIX + id, {});
    } else if (!(await hold(lm, id, RELEASE_MS))) {
      // A duplicated tab: the id (and every draft under it) is the other tab's.
      id = newId();
      if (!(await hold(lm, id, 0))) throw new Error('no tab lock');
      own = id;
      ss?.setItem(TAB_KEY, id);
    }
    globalThis.localStorage?.removeItem(ALIVE + id);
    globalThis.addEventListener?.('pagehide', tabLeaving);
    globalThis.addEventListener?.('pageshow', (e) => {
      if ((e as PageTransitionEvent).persisted) ss?.removeItem(LEAVING_KEY);
    });
    mode = { kind: 'locks', seen: await look(lm) };
  } catch {
    mode = { kind: 'beats' };
  }
}

/** The page is going (pagehide): the next page in this tab is to keep this tab's id. */
export function tabLeaving(): void {
  try {
    session()?.setItem(LEAVING_KEY, tabId());
  } catch {
    // no sessionStorage: the next page waits RELEASE_MS for the lock as before
  }
}

/** Looks again which tabs are open, for the next read (tabs open and close while this one lives). */
export function lookAgain(): void {
  const lm = locks();
  if (!lm || mode?.kind !== 'locks' || looking) return;
  looking = true;
  look(lm)
    .then((seen) => void (mode = { kind: 'locks', seen }))
    .catch(() => undefined)
    .finally(() => void (looking = false));
}

/** Whether the tab that kept a draft at `keptAt` is still open (so its draft is not offered). */
export function tabIsOpen(tab: string, keptAt: number): boolean {
  const m = mode ?? (locks() ? { kind: 'locks' as const, seen: NOT_LOOKED } : { kind: 'beats' as const });
  return isOpen(tab, keptAt, m.kind === 'locks' ? m.seen : null, Number(globalThis.localStorage?.getItem(ALIVE + tab) ?? 0), Date.now());
}

/** Without Web Locks: from the first draft on, this tab says every few seconds that it is open; on leaving, that it is not. */
export function sayOpen(): void {
  if (mode?.kind === 'locks' || (!mode && locks())) return;
  const ls = globalThis.localStorage;
  if (!ls) return;
  const key = ALIVE + tabId();
  ls.setItem(key, String(Date.now()));
  if (beating) return;
  beating = true;
  const timer: unknown = setInterval(() => {
    try {
      ls.setItem(key, String(Date.now()));
    } catch {
      // a full localStorage: the drafts are the safety net, not this
    }
  }, BEAT_MS);
  (timer as { unref?: () => void }).unref?.();
  globalThis.addEventListener?.('pagehide', () => {
    try {
      ls.removeItem(key);
    } catch {
      // nothing to remove
    }
  });
}
