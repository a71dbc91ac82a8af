// Why: a deleted note, person, action point or photo could only be brought back from a notice
// that goes after ten seconds, many Tab presses away (WCAG 2.2.1: no time limit on the only way
// back). Everything deleted is also remembered here, per screen, with how to bring it back;
// the screen shows it as "just deleted" until the user leaves that screen. Kept in memory only:
// what it holds is already in the workshop's recovery and export paths, and a reload ends the step.
import { useEffect, useState } from 'preact/hooks';

export interface Removed {
  /** One per deleted thing ("note-<id>"): deleting it again replaces the entry. */
  readonly key: string;
  /** The screen (path) it was deleted on; it is shown there only. */
  readonly place: string;
  /** What it was, in the interface's language ("Notitie"). */
  readonly what: string;
  /** Its own words (the note's text, the person's name), in the workshop's language. */
  readonly content: string;
  readonly lang: string;
  /** Puts it back; true when stored. */
  readonly restore: () => Promise<boolean>;
}

const MAX_KEPT = 30;
let items: readonly Removed[] = [];
const watchers = new Set<() => void>();
const changed = () => watchers.forEach((w) => w());

export function rememberRemoved(r: Removed): void {
  items = [r, ...items.filter((i) => i.key !== r.key)].slice(0, MAX_KEPT);
  changed();
}

export function forgetRemoved(key: string): void {
  const before = items.length;
  items = items.filter((i) => i.key !== key);
  if (items.length !== before) changed();
}

/** The user is on `place` now: what was deleted elsewhere is no longer offered. */
export function leaveAllBut(place: string): void {
  const before = items.length;
  items = items.filter((i) => i.place === place);
  if (items.length !== before) changed();
}

export function removedAt(place: string): readonly Removed[] {
  return items.filter((i) => i.place === place);
}

/** What was deleted on `place`, newest first, following every change. */
export function useRemoved(place: string): readonly Removed[] {
  const [list, setList] = useState(() => removedAt(place));
  useEffect(() => {
    const watch = () => setList(removedAt(place));
    watch();
    watchers.add(watch);
    return () => void watchers.delete(watch);
  }, [place]);
  return list;
}
