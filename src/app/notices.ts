// Why: short messages at the bottom of the screen ("deleted: undo", "update available",
// "not saved: the device is full"). One queue, so that they never pile up over the work and
// a message can be replaced by its id instead of repeated.
import { useEffect, useState } from 'preact/hooks';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
  readonly primary?: boolean;
}

export interface Notice {
  readonly id: string;
  readonly text: string;
  readonly tone: 'info' | 'error';
  readonly actions: readonly NoticeAction[];
  /** Hide after this many milliseconds; none means it stays until acted on or dismissed. */
  readonly timeoutMs?: number;
  readonly dismissible: boolean;
}

let notices: readonly Notice[] = [];
const watchers = new Set<(n: readonly Notice[]) => void>();

function publish(next: readonly Notice[]) {
  notices = next;
  for (const w of watchers) w(notices);
}

export function showNotice(notice: Notice): void {
  publish([...notices.filter((n) => n.id !== notice.id), notice]);
}

export function dismissNotice(id: string): void {
  if (notices.some((n) => n.id === id)) publish(notices.filter((n) => n.id !== id));
}

export function useNotices(): readonly Notice[] {
  const [list, setList] = useState(notices);
  useEffect(() => {
    watchers.add(setList);
    setList(notices);
    return () => void watchers.delete(setList);
  }, []);
  return list;
}
