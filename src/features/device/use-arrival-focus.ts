// Why: "Recent verwijderd (2)" on the home screen opens the device page at that section.
// The parts above it fill in a moment later (storage figures, other sections), which would
// push it out of view again; this puts focus on the section's heading and keeps the section
// in view until the page has settled, or until the user scrolls, taps or types.
import { useEffect } from 'preact/hooks';

const SETTLE_MS = 1500;
const USER_EVENTS = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** When the address ends in `#hash`, focuses the element with id `targetId` and keeps its section in view. */
export function useArrivalFocus(hash: string, targetId: string): void {
  useEffect(() => {
    if (location.hash !== `#${hash}`) return undefined;
    const target = document.getElementById(targetId);
    if (!target) return undefined;
    const section = target.closest('section') ?? target;
    const keep = () => section.scrollIntoView({ block: 'start' });
    const observer = new ResizeObserver(keep);
    let timer = 0;
    // After the shell has put focus on the page for the new address (its effect runs after ours).
    const frame = requestAnimationFrame(() => {
      target.focus({ preventScroll: true });
      keep();
      observer.observe(document.body);
      timer = window.setTimeout(stop, SETTLE_MS);
    });
    function stop() {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      observer.disconnect();
      for (const e of USER_EVENTS) removeEventListener(e, stop);
    }
    for (const e of USER_EVENTS) addEventListener(e, stop, { passive: true });
    return stop;
  }, [hash, targetId]);
}
