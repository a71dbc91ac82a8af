// Why: WCAG 1.4.10 lets a data table scroll sideways on a narrow screen, but only inside a
// region of its own: the page itself never scrolls horizontally. The region is named by the
// table's heading and can be reached with Tab, so a keyboard can scroll it too.
import type { ComponentChildren } from 'preact';

export function TableRegion({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) {
  return (
    <div class="table-region" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
