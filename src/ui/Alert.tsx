// Why: the NL Design System alert for messages inside a page (not the floating notices).
import type { ComponentChildren } from 'preact';

export function Alert({ type, children, live }: { type: 'info' | 'ok' | 'warning' | 'error'; children: ComponentChildren; live?: boolean }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${type}`} role={live ? (type === 'error' ? 'alert' : 'status') : undefined}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
