// Why: a topic board is drawn as a poster for the table (all questions side by side, large
// post-its, the clock in view, no page scroll) or as the long list that is easier for typing at
// length. On a tablet lying in landscape the poster is what the table needs, so it is the default
// there; in portrait it is one tap away. An explicit choice is remembered on this device. The
// whole poster always fits the screen the same way. Below a tablet's width (a phone, or a window
// at 400 % zoom) the poster's strips and columns cannot fit without scrolling sideways (WCAG
// 1.4.10), so there the board is the list, whatever was chosen, and it says so.
import { useEffect, useState } from 'preact/hooks';
import { boardLayout, saveBoardLayout, type BoardLayout } from '../../storage/preferences';

/** The screens that count as "a tablet lying on the table": landscape and wide enough for columns. */
export const TABLE_QUERY = '(orientation: landscape) and (min-width: 1000px)';

/** Narrower than this the poster cannot fit: the board falls back to the list. */
export const NARROW_QUERY = '(max-width: 719px)';

/** The screens that hold the page's `board-mode` mark now: while any does, the mark stays. */
let fitClaims = 0;

/**
 * Claims the `board-mode` mark on `root` and gives the function that lets go of it. Counted, not
 * toggled: when one topic's poster follows another, the new board claims the mark before the old
 * one has let go of it (the old screen goes a moment later), and a plain toggle then took the mark
 * off the new board (the app's header, the rail and the list's step links came back over the poster).
 */
export function claimScreenFit(root: { readonly classList: Pick<DOMTokenList, 'add' | 'remove'> }): () => void {
  fitClaims += 1;
  root.classList.add('board-mode');
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    fitClaims -= 1;
    if (fitClaims === 0) root.classList.remove('board-mode');
  };
}

/**
 * Marks the page with `board-mode` while `on`: the page is exactly the screen, the app's header
 * steps aside and the workshop bar is one slim strip. The table poster of a topic and the whole
 * poster use it.
 */
export function useScreenFit(on: boolean | null): void {
  useEffect(() => {
    // null: this caller only follows the layout; false: this screen does not want the mark.
    if (!on) return undefined;
    return claimScreenFit(document.documentElement);
  }, [on]);
}

/** What the board shows: the list on a narrow screen, else the device's choice if there is one, else what suits the screen. */
export function layoutFor(chosen: BoardLayout | null, tableShaped: boolean, narrow = false): BoardLayout {
  if (narrow) return 'list';
  return chosen ?? (tableShaped ? 'table' : 'list');
}

/**
 * One watched MediaQueryList per query for the whole app, its answer kept as it changes: asking
 * `matchMedia` anew as a board mounted made the browser recompute the page's styles right then
 * (some 25 ms on opening a board of 400 post-its).
 */
const watched = new Map<string, { matches: boolean; readonly hear: Set<() => void> }>();

function watch(query: string): { matches: boolean; readonly hear: Set<() => void> } | null {
  if (typeof matchMedia !== 'function') return null;
  let w = watched.get(query);
  if (w) return w;
  const mql = matchMedia(query);
  const entry = { matches: mql.matches, hear: new Set<() => void>() };
  mql.addEventListener('change', () => {
    entry.matches = mql.matches;
    for (const h of entry.hear) h();
  });
  watched.set(query, entry);
  return entry;
}

/** Whether `query` matches, following the screen as it turns or the zoom changes. */
function useMedia(query: string): boolean {
  const [on, setOn] = useState(() => watch(query)?.matches ?? false);
  useEffect(() => {
    const w = watch(query);
    if (!w) return undefined;
    const update = () => setOn(w.matches);
    w.hear.add(update);
    // A change between the first render and now is not missed.
    update();
    return () => void w.hear.delete(update);
  }, [query]);
  return on;
}

/** Everyone showing the layout (the board, and the workshop bar that carries the poster's head) hears a new choice. */
const listeners = new Set<() => void>();

/**
 * The layout of the topic board, following the screen when turned (unless chosen). The board
 * (`fit`) marks the page with `board-mode` while the poster layout is up, so the whole page fits
 * the screen; the workshop bar only follows it.
 */
export function useBoardLayout(fit = true): { layout: BoardLayout; toggle: () => void; narrow: boolean } {
  const [chosen, setChosen] = useState<BoardLayout | null>(boardLayout);
  useEffect(() => {
    const hear = () => setChosen(boardLayout());
    listeners.add(hear);
    return () => void listeners.delete(hear);
  }, []);
  const shaped = useMedia(TABLE_QUERY);
  const narrow = useMedia(NARROW_QUERY);
  const layout = layoutFor(chosen, shaped, narrow);
  useScreenFit(fit ? layout === 'table' : null);
  const toggle = () => {
    const next: BoardLayout = layout === 'table' ? 'list' : 'table';
    saveBoardLayout(next);
    setChosen(next);
    for (const hear of listeners) hear();
  };
  return { layout, toggle, narrow };
}
