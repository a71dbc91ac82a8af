// Why: WCAG 1.4.10 lets a data table scroll sideways on a narrow screen, but only inside a
// region of its own: the page itself never scrolls horizontally. The region has a name of its
// own (not the heading's, which already names the section around it) and can be reached with
// Tab, so a keyboard can scroll it too.
import type { ComponentChildren } from 'preact';
import './table-region.css';

export function TableRegion({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
