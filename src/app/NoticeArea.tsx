// Why: renders the one notice of the queue that is shown, at the bottom of the screen, in a
// band the page makes room for: its height is published as --notice-band, the page gets that
// much extra padding at its end and as scroll padding, and whatever has the focus is scrolled
// clear of it, so a notice never hides the control someone is using. The notice is a polite
// live region (errors are assertive), its timer runs only while it is shown and pauses while a
// finger or focus is on it, and it never takes focus away from what the user is typing.
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { dismissNotice, useNotices, type Notice } from '../shell/notices';

/** Where focus was on the page before it went to a notice: it goes back there when the notice goes. */
let lastOnPage: Element | null = null;
// Loaded on use: the first load stays within its budget, and the mechanism acts on a focus
// already lost as well (by then it was loaded for the action the notice is about anyway).
const back = () => void import('../ui/focus-after').then((m) => m.focusAfter(lastOnPage, '#step-title', '#main h1'));

function NoticeItem({ notice, waiting }: { notice: Notice; waiting: number }) {
  const { t } = useT();
  const hovered = useRef(false);
  useEffect(() => {
    if (!notice.timeoutMs) return undefined;
    let left = notice.timeoutMs;
    const tick = 500;
    const timer = setInterval(() => {
      if (hovered.current) return;
      left -= tick;
      if (left <= 0) dismissNotice(notice.id);
    }, tick);
    return () => clearInterval(timer);
  }, [notice]);
  return (
    <div
      class={`notice${notice.tone === 'error' ? ' notice--error' : ''}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-notice={notice.id}
      onPointerEnter={() => (hovered.current = true)}
      onPointerLeave={() => (hovered.current = false)}
      onFocusIn={() => (hovered.current = true)}
      onFocusOut={() => (hovered.current = false)}
    >
      <p class="notice__text">
        {notice.text}
        {waiting > 0 && <span class="notice__waiting"> {t('notices.waiting', { count: waiting })}</span>}
      </p>
      <div class="row">
        {notice.actions.map((a) => (
          <Button
            key={a.label}
            appearance={a.primary ? 'secondary' : 'subtle'}
            onClick={() => {
              back();
              dismissNotice(notice.id);
              a.run();
            }}
          >
            {a.label}
          </Button>
        ))}
        {notice.dismissible && (
          <Button appearance="subtle" aria-label={t('actions.dismiss')} onClick={() => (back(), dismissNotice(notice.id))}>
            ✕
          </Button>
        )}
      </div>
    </div>
  );
}

/** Scrolls the focused control above the band if the band covers it (scroll padding does the rest). */
function keepClear(band: number, area: HTMLElement | null, target: Element | null = document.activeElement) {
  if (band <= 0 || !(target instanceof HTMLElement) || target === document.body || area?.contains(target)) return;
  const r = target.getBoundingClientRect();
  if (r.bottom > window.innerHeight - band) target.scrollIntoView({ block: 'nearest' });
}

export function NoticeArea() {
  const { shown, waiting } = useNotices();
  const area = useRef<HTMLDivElement>(null);
  const band = useRef(0);

  useLayoutEffect(() => {
    const el = area.current;
    const root = document.documentElement;
    const measure = () => {
      band.current = shown && el ? Math.ceil(el.getBoundingClientRect().height) : 0;
      root.style.setProperty('--notice-band', `${band.current}px`);
      keepClear(band.current, el);
    };
    measure();
    if (!shown || !el || typeof ResizeObserver === 'undefined') return undefined;
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, [shown, waiting]);

  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const target = e.target as Element | null;
      if (target && target !== document.body && !area.current?.contains(target)) lastOnPage = target;
      keepClear(band.current, area.current, target);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  return (
    <div class="notices" aria-live="polite" ref={area}>
      {shown && <NoticeItem key={shown.id} notice={shown} waiting={waiting} />}
    </div>
  );
}
