// Why: short messages at the bottom of the screen ("deleted: undo", "update available",
// "not saved: the device is full"). At a real table several of them stacked up over the work
// and followed the group to the next step. So: one queue, of which ONE notice shows at a time
// (an error before any info, otherwise the newest); the others wait their turn, and a notice
// that only said something (no action) gives way to a newer one. A notice that belongs to a
// screen goes when the user leaves that screen. The rules are pure functions, tested apart.
import { useEffect, useState } from 'preact/hooks';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
  readonly primary?: boolean;
}

/**
 * `screen`: about what is on this screen; it goes when the user leaves it. `app`: it stays
 * across screens until acted on, dismissed or timed out (an error, an update, an undo that is
 * the only way back).
 */
export type NoticeScope = 'screen' | 'app';

export interface Notice {
  readonly id: string;
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly actions: readonly NoticeAction[];
  /** Hide after this many milliseconds (counted while shown); none means it stays until acted on or dismissed. */
  readonly timeoutMs?: number;
  readonly dismissible: boolean;
  /** Unless said: an info without actions belongs to its screen, anything else to the app. */
  readonly scope?: NoticeScope;
}

/** A notice in the queue, with the screen (path) it was shown on once that is known. */
export interface Queued {
  readonly notice: Notice;
  readonly at: string | null;
}

export function scopeOf(n: Notice): NoticeScope {
  return n.scope ?? (n.tone === 'info' && n.actions.length === 0 ? 'screen' : 'app');
}

/** Only says something: nothing is lost when a newer notice takes its place. */
function onlyInforms(n: Notice): boolean {
  return n.tone === 'info' && n.actions.length === 0;
}

/** The queue with `notice` added (replacing one with its id); informing notices it supersedes go. */
export function queueWith(queue: readonly Queued[], notice: Notice, at: string | null): readonly Queued[] {
  return [...queue.filter((q) => q.notice.id !== notice.id && !onlyInforms(q.notice)), { notice, at }];
}

/** The one notice to show: the newest error, else the newest notice. */
export function shownOf(queue: readonly Queued[]): Notice | null {
  const errors = queue.filter((q) => q.notice.tone === 'error');
  return (errors.at(-1) ?? queue.at(-1))?.notice ?? null;
}

/** The queue after the user arrived on `path`: notices of the screen they left are gone. */
export function queueOn(queue: readonly Queued[], path: string): readonly Queued[] {
  return queue.filter((q) => scopeOf(q.notice) === 'app' || q.at === null || q.at === path);
}

export interface NoticeView {
  readonly shown: Notice | null;
  /** How many more wait behind the one shown. */
  readonly waiting: number;
}

let queue: readonly Queued[] = [];
const watchers = new Set<(v: NoticeView) => void>();

function view(): NoticeView {
  const shown = shownOf(queue);
  return { shown, waiting: shown ? queue.length - 1 : 0 };
}

function publish(next: readonly Queued[]) {
  queue = next;
  const v = view();
  for (const w of watchers) w(v);
}

function here(): string {
  return globalThis.location?.pathname ?? '';
}

export function showNotice(notice: Notice): void {
  publish(queueWith(queue, notice, null));
  // The screen a notice belongs to is where the user is once the current task is over: a
  // "workshop imported" shown right before the app opens that workshop belongs there.
  queueMicrotask(() => {
    if (queue.some((q) => q.notice === notice && q.at === null)) publish(queue.map((q) => (q.notice === notice ? { ...q, at: here() } : q)));
  });
}

export function dismissNotice(id: string): void {
  if (queue.some((q) => q.notice.id === id)) publish(queue.filter((q) => q.notice.id !== id));
}

/** Called by the shell whenever the address changed. */
export function arriveOn(path: string): void {
  const next = queueOn(queue, path);
  if (next.length !== queue.length) publish(next);
}

export function useNotices(): NoticeView {
  const [v, setV] = useState(view);
  useEffect(() => {
    watchers.add(setV);
    setV(view());
    return () => void watchers.delete(setV);
  }, []);
  return v;
}
