// Why: in-app links that change the screen without reloading the page, while staying real
// links (open in new tab, copy address, announced as links by screen readers).
import type { AnchorHTMLAttributes, ComponentChildren } from 'preact';
import { navigate } from './router';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'role'> & { href: string; children: ComponentChildren };

export function Link({ href, children, onClick, ...rest }: Props) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(e) => {
        if (typeof onClick === 'function') onClick(e);
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
