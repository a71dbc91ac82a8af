// Why: renders the notice queue at the bottom of the screen. Each notice is a polite live
// region (errors are assertive), its timer pauses while a finger or focus is on it, and it
// never takes focus away from what the user is typing.
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/use-t';
import { Button } from '../ui/Button';
import { dismissNotice, useNotices, type Notice } from './notices';

function NoticeItem({ notice }: { notice: Notice }) {
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
      <p class="notice__text">{notice.text}</p>
      <div class="row">
        {notice.actions.map((a) => (
          <Button
            key={a.label}
            appearance={a.primary ? 'secondary' : 'subtle'}
            onClick={() => {
              dismissNotice(notice.id);
              a.run();
            }}
          >
            {a.label}
          </Button>
        ))}
        {notice.dismissible && (
          <Button appearance="subtle" aria-label={t('actions.dismiss')} onClick={() => dismissNotice(notice.id)}>
            ✕
          </Button>
        )}
      </div>
    </div>
  );
}

export function NoticeArea() {
  const notices = useNotices();
  return (
    <div class="notices" aria-live="polite">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
