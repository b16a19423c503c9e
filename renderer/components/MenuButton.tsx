// A drop-down menu following the WAI-ARIA menu button pattern: Enter, Space or ↓ on the button
// open it on the first item, ↑ on the last; ↑/↓ (wrapping), Home and End move, a letter jumps to
// the next item starting with it; Escape closes back to the button, Tab closes and moves on.
// Choosing an item gives the focus back to the button first, so a dialog it opens returns there.
// Hand-written on purpose: one small component with no dependency, tested with axe and keys.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
}

interface MenuButtonProps {
  label: string;
  items: readonly MenuItem[];
  /** When the visible label is a symbol (⋯), the name a screen reader hears. */
  accessibleLabel?: string;
  className?: string;
}

type Opening = 'first' | 'last';

export function MenuButton({
  label,
  items,
  accessibleLabel,
  className = 'button ghost',
}: MenuButtonProps) {
  const [open, setOpen] = useState<Opening>();
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const entries = () => [
    ...(rootRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not(:disabled)') ?? []),
  ];

  useEffect(() => {
    if (!open) return;
    const list = entries();
    (open === 'first' ? list[0] : list.at(-1))?.focus();
    const closeOnOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(undefined);
    };
    document.addEventListener('pointerdown', closeOnOutside);
    return () => document.removeEventListener('pointerdown', closeOnOutside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(undefined);
    if (refocus) buttonRef.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const list = entries();
    const index = list.indexOf(document.activeElement as HTMLElement);
    const focus = (at: number) => list[(at + list.length) % list.length]?.focus();
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      focus(index + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      focus(event.key === 'Home' ? 0 : list.length - 1);
    } else if (event.key.length === 1 && /\p{L}/u.test(event.key)) {
      const letter = event.key.toLocaleLowerCase('de-DE');
      const after = [...list.slice(index + 1), ...list.slice(0, index + 1)];
      after
        .find((entry) => entry.textContent?.trim().toLocaleLowerCase('de-DE').startsWith(letter))
        ?.focus();
    }
  };

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={className}
        aria-label={accessibleLabel}
        aria-haspopup="menu"
        aria-expanded={open !== undefined}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((value) => (value ? undefined : 'first'))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </button>
      {open && (
        <ul
          className="menu-list"
          role="menu"
          id={menuId}
          aria-label={accessibleLabel ?? label}
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <li key={item.label} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                disabled={item.disabled}
                onClick={() => {
                  close(true);
                  item.onSelect();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
