// A modal dialog on the native <dialog>: focus trap, Escape and the backdrop come from the browser.
// The dialog is taken out of the page by React, not closed by the browser, so it gives the focus
// back to whatever opened it itself (a button, or the menu button of the menu it came from).
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface DialogProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** The buttons at the bottom; default: one "Schließen". */
  actions?: ReactNode;
  wide?: boolean;
  /** A class of its own, for a dialog that needs more room than `wide`. */
  className?: string;
}

export function Dialog({
  title,
  onClose,
  children,
  actions,
  wide = false,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [opener] = useState(() => document.activeElement as HTMLElement | null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      // After the unmount, once the page is interactive again; unless focus went somewhere on purpose.
      requestAnimationFrame(() => {
        const lost = !document.activeElement || document.activeElement === document.body;
        if (lost && opener?.isConnected) opener.focus();
      });
    };
  }, [opener]);

  return (
    <dialog
      ref={ref}
      className={['dialog', wide ? 'dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <h2 id={titleId}>{title}</h2>
      <div className="dialog-body">{children}</div>
      <div className="dialog-actions">
        {actions ?? (
          <button type="button" className="button primary" onClick={onClose} autoFocus>
            Schließen
          </button>
        )}
      </div>
    </dialog>
  );
}
