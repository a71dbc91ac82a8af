// Why: WCAG 2.4.3. Many actions remove, move, close or replace the very control that had the
// focus (delete a note, save an edit, close a panel, confirm a dialog); the browser then drops
// focus on <body> and a keyboard or screen-reader user starts over at the top of the page.
// This is the ONE mechanism every screen uses for that: before the action, `focusAfter()`
// remembers where the focus was (its list item's neighbours, the heading of its part of the
// page); the moment focus is lost (which may be after a write and a live query, so a few
// renders later), it puts focus on the first preferred target that exists, else on the next
// item, the previous item, the heading, or <main>. It never takes focus from a live control.
// `focusSoon()` is for a deliberate move (a new step's heading): it waits until the target exists.

/** A place to put focus: an element, a selector, or a function read when it is needed. */
export type FocusTarget = Element | string | null | undefined | (() => Element | null | undefined);

/** How long a lost focus is watched for: writes and live queries land well within this. */
const WATCH_MS = 3000;
const ITEM = 'li, [data-focus-item]';
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]';

function resolve(t: FocusTarget): HTMLElement | null {
  const el = typeof t === 'function' ? t() : typeof t === 'string' ? document.querySelector(t) : t;
  return el instanceof HTMLElement && el.isConnected && isShown(el) ? el : null;
}

function isShown(el: HTMLElement): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0;
}

/** Focus is nowhere useful: on <body>, on nothing, or on an element that left the page or is hidden. */
export function focusLost(): boolean {
  const a = document.activeElement;
  return !a || a === document.body || a === document.documentElement || !a.isConnected || (a instanceof HTMLElement && !isShown(a)) || a.matches(':disabled');
}

/** Focuses `el` (a heading or list item gets tabindex=-1 for it) and keeps it in view. */
export function putFocus(el: HTMLElement): void {
  if (!el.matches(FOCUSABLE)) el.setAttribute('tabindex', '-1');
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: 'nearest' });
}

/** The heading that names the part of the page `el` is in: via aria-labelledby, or a heading just before its list. */
function headingOf(el: Element): HTMLElement | null {
  for (let at: Element | null = el; at && at !== document.body; at = at.parentElement) {
    const by = at.getAttribute('aria-labelledby')?.split(' ')[0];
    const named = by ? document.getElementById(by) : null;
    if (named && /^H[1-6]$/.test(named.tagName)) return named;
    if (at.tagName === 'UL' || at.tagName === 'OL') {
      for (let s = at.previousElementSibling; s; s = s.previousElementSibling) if (/^H[1-6]$/.test(s.tagName)) return s as HTMLElement;
    }
  }
  return null;
}

/**
 * Where `from` sits now, as fallbacks in order: `from` itself if it is still there and usable
 * (an item moved in its list), another control of its item (an arrow that became disabled),
 * the next item, the previous item, the heading, <main>.
 */
function fallbacksOf(from: Element | null): FocusTarget[] {
  const item = from?.closest(ITEM) ?? null;
  const next = item?.nextElementSibling ?? null;
  const prev = item?.previousElementSibling ?? null;
  const heading = from ? headingOf(item ?? from) : null;
  const usable = () => (from && !from.matches(':disabled') ? from : null);
  const sibling = () => (item?.isConnected ? item.querySelector(`${FOCUSABLE.replace(', [tabindex]', '')}`) : null);
  return [usable, sibling, next, prev, heading, '#main'];
}

function firstOf(targets: readonly FocusTarget[]): HTMLElement | null {
  for (const t of targets) {
    const el = resolve(t);
    if (el) return el;
  }
  return null;
}

/**
 * Call just before (or as part of) an action that may take the focused element away. When
 * focus is lost within a few seconds, it goes to the first of `preferred` that exists, else to
 * the next or previous list item, the heading above, or <main>. Returns a function that stops watching.
 */
export function focusAfter(...preferred: FocusTarget[]): () => void {
  const from = document.activeElement instanceof Element && document.activeElement !== document.body ? document.activeElement : null;
  const targets = [...preferred, ...fallbacksOf(from)];
  // Watched for the whole while, not only once: a panel may close first (focus goes to the
  // card's "more") and the card leave a moment later, when the write's live query lands.
  return watch(() => {
    if (!focusLost()) return false;
    const el = firstOf(targets);
    if (el) putFocus(el);
    return false;
  });
}

/** Puts focus on the first of `targets` as soon as one exists (a step's heading after the step changed). */
export function focusSoon(...targets: FocusTarget[]): () => void {
  return watch(() => {
    const el = firstOf(targets);
    if (el) putFocus(el);
    return el !== null;
  });
}

/** The watch of the latest action: a newer action's intent replaces an older one's. */
let current: (() => void) | null = null;

/** Runs `attempt` now and after every change to the page until it succeeds, the user acts, or time is up. */
function watch(attempt: () => boolean): () => void {
  current?.();
  let done = false;
  let ours = false;
  const observer = new MutationObserver(() => check());
  const stop = () => {
    if (done) return;
    done = true;
    if (current === stop) current = null;
    observer.disconnect();
    clearTimeout(timer);
    removeEventListener('pointerdown', stop, true);
    document.removeEventListener('focusin', onFocusIn, true);
  };
  // Focus the user (or the code) put somewhere on purpose ends the watch.
  const onFocusIn = (e: FocusEvent) => {
    if (ours) return;
    if (e.target instanceof HTMLElement && e.target !== document.body && isShown(e.target)) stop();
  };
  const check = () => {
    if (done) return;
    ours = true;
    try {
      if (attempt()) stop();
    } finally {
      ours = false;
    }
  };
  current = stop;
  const timer = setTimeout(stop, WATCH_MS);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class', 'open'] });
  addEventListener('pointerdown', stop, true);
  // Registered after the current event: a focus move inside this very action does not end it.
  queueMicrotask(() => {
    if (!done) document.addEventListener('focusin', onFocusIn, true);
  });
  check();
  return stop;
}
