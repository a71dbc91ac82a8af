// Why: confirmations and small forms as a native modal <dialog>: the browser traps focus,
// Escape closes it and screen readers announce it; focus returns to where it came from.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { focusAfter } from './focus-after';

type Props = {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  actions: ComponentChildren;
  /** Submit handler: the dialog becomes a form whose submit runs this. */
  onSubmit?: () => void;
  role?: 'dialog' | 'alertdialog';
};

export function Dialog({ open, title, onClose, children, actions, onSubmit, role = 'dialog' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      const opener = document.activeElement as HTMLElement | null;
      el.showModal();
      return () => {
        if (el.open) el.close();
        opener?.focus?.();
        // A confirmed deletion may take the opener away a moment later: focus then goes to its
        // neighbour or the list's heading, not to <body>.
        focusAfter();
      };
    }
    return undefined;
  }, [open]);
  if (!open) return null;
  const body = (
    <>
      <div class="dialog__body">
        <h2 class="nl-heading nl-heading--level-2" id={titleId}>
          {title}
        </h2>
        {children}
      </div>
      <div class="dialog__actions">{actions}</div>
    </>
  );
  return (
    <dialog
      ref={ref}
      class="dialog"
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {onSubmit ? (
        <form
          method="dialog"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          {body}
        </form>
      ) : (
        body
      )}
    </dialog>
  );
}
