// Why: the topic's tools behind one button, so that on the table poster they take no bar of
// their own. A menu button as screen readers know it (aria-haspopup, aria-expanded): opening it
// puts focus on the first item, the arrow keys (and Home, End) move through the items, Escape
// closes it and puts focus back on the button, Tab closes it and moves on, a tap outside closes
// it. Choosing an item closes the menu first, with focus on the button, so a dialog the item
// opens returns there too.
import type { ComponentChildren, VNode } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { navigate } from '../../../shell/router';

export interface ToolItem {
  readonly key: string;
  readonly label: string;
  /** A toggle (menuitemcheckbox) shows its state; a link goes somewhere; else it is an action. */
  readonly checked?: boolean;
  readonly href?: string;
  readonly onSelect?: () => void;
  /** Where only some screens show the item (CSS decides; the arrows skip it where it is hidden). */
  readonly class?: string;
}

interface Props {
  readonly id: string;
  readonly items: readonly ToolItem[];
  /** What the button shows (its name), and a longer description of what it holds. */
  readonly children: ComponentChildren;
  readonly describedBy?: string;
  readonly class?: string;
  /** Puts the button in a frame of its own (a heading), the menu staying outside it. */
  readonly frame?: (button: VNode) => VNode;
}

export function ToolsMenu({ id, items, children, describedBy, class: cls, frame = (b) => b }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const first = useRef<'first' | 'last'>('first');
  const entries = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])].filter((el) => el.getClientRects().length > 0);

  // Before the menu is painted: a key pressed right after opening it (Escape, an arrow) is the
  // menu's, not the button's (with an ordinary effect it could reach the button first).
  useLayoutEffect(() => {
    if (!open) return undefined;
    const all = entries();
    (first.current === 'last' ? all[all.length - 1] : all[0])?.focus();
    const outside = (e: PointerEvent) => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const show = (at: 'first' | 'last') => {
    first.current = at;
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const choose = (item: ToolItem) => {
    close();
    item.onSelect?.();
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const all = entries();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const go = (i: number) => {
      e.preventDefault();
      all[(i + all.length) % all.length]?.focus();
    };
    if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') setOpen(false);
  };

  return (
    <div class={`tools-menu${cls ? ` ${cls}` : ''}`}>
      {frame(
      <button
        ref={button}
        type="button"
        id={`${id}-button`}
        class="utrecht-button utrecht-button--secondary-action tools-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={id}
        aria-describedby={describedBy}
        onClick={() => (open ? setOpen(false) : show('first'))}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            close();
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            show(e.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {children}
      </button>,
      )}
      {/* Kept in the page while closed so that aria-controls always names an element. */}
      <div ref={menu} id={id} role="menu" aria-labelledby={`${id}-button`} class="tools-menu__list" hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item) =>
          item.href ? (
            // A real link (new tab, copy address) that changes the screen in place, as shell/Link does.
            <a
              key={item.key}
              role="menuitem"
              tabIndex={-1}
              class={`tools-menu__item${item.class ? ` ${item.class}` : ''}`}
              href={item.href}
              onClick={(e) => {
                setOpen(false);
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                e.preventDefault();
                navigate(item.href!);
              }}
            >
              <span class="tools-menu__check" aria-hidden="true" />
              {item.label}
            </a>
          ) : (
            <button key={item.key} type="button" role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'} aria-checked={item.checked} tabIndex={-1} class={`tools-menu__item${item.class ? ` ${item.class}` : ''}`} onClick={() => choose(item)}>
              <span class="tools-menu__check" aria-hidden="true">
                {item.checked ? '✓' : ''}
              </span>
              {item.label}
            </button>
          ),
        )}
      </div>
    </div>
  );
}
