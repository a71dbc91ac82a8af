// Why: WCAG 4.1.3. Some changes happen away from the focus (an action point added, a note
// credited to someone) and must still be heard. One polite live region, always in the page
// from the start (a region added together with its text is often not read), and one call to
// say something in it. The same text twice in a row is still said twice.
import { useEffect, useState } from 'preact/hooks';

type Said = { readonly text: string; readonly n: number };
let last: Said = { text: '', n: 0 };
const listeners = new Set<(s: Said) => void>();

/** Says `text` politely to screen readers, after what they are reading now. */
export function announce(text: string): void {
  last = { text, n: last.n + 1 };
  for (const l of listeners) l(last);
}

/** The one live region; the shell renders it once. */
export function Announcer() {
  const [said, setSaid] = useState<Said>(last);
  useEffect(() => {
    listeners.add(setSaid);
    return () => void listeners.delete(setSaid);
  }, []);
  // A changing invisible suffix makes a repeated text a change the screen reader notices.
  return (
    <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer="">
      {said.text}
      {said.n % 2 === 1 ? '\u00a0' : ''}
    </p>
  );
}
