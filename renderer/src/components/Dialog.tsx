import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';

/** What Tab can reach inside the dialog; hidden and disabled controls are skipped. */
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
}

/**
 * The one modal dialog of the app, on the native `<dialog>` opened with `showModal()`: the browser
 * puts it in the top layer, makes everything behind it inert (so screen readers and Tab stay out)
 * and draws `::backdrop` over the whole window. On top of that: Tab wraps at both ends (the native
 * dialog lets focus leave for the browser's own UI), Escape and a click on the backdrop ask the
 * owner to close, and when the owner unmounts it focus goes back to whatever opened it.
 *
 * It is controlled by mounting: render it to open, stop rendering it to close, so React state stays
 * the one truth about what is open.
 */
export function Dialog({
  title,
  onClose,
  children,
  size = 'normal',
  testId,
  initialFocus,
}: {
  title: ReactNode;
  onClose(): void;
  children: ReactNode;
  size?: 'normal' | 'wide';
  testId?: string;
  /** A selector inside the dialog to focus first, where the safe first field is not the default. */
  initialFocus?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });
  // Where a press began: a drag that starts in a field and ends on the backdrop is not a backdrop click.
  const pressedOnBackdrop = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The first field, else the first control (a confirmation's Cancel, the safe choice).
    const target =
      (initialFocus ? dialog.querySelector<HTMLElement>(initialFocus) : null) ??
      dialog.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), select, textarea') ??
      focusables(dialog)[0];
    target?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // The opener may be gone (a row that was removed, a screen left): then focus stays where it falls.
      if (opener?.isConnected) opener.focus();
    };
    // Opened once, on mount: a later change of the initial-focus selector must not move focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog${size === 'wide' ? ' dialog-wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        // Escape: the owner decides (it unmounts us); the browser must not close the element itself.
        e.preventDefault();
        onCloseRef.current();
      }}
      onMouseDown={(e) => {
        pressedOnBackdrop.current = e.target === e.currentTarget;
      }}
      onClick={(e) => {
        // The dialog element has no padding of its own, so a click on it is a click on the backdrop.
        if (e.target === e.currentTarget && pressedOnBackdrop.current) onCloseRef.current();
        pressedOnBackdrop.current = false;
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Tab') return;
        const all = focusables(e.currentTarget);
        if (all.length === 0) return;
        const first = all[0]!;
        const last = all[all.length - 1]!;
        if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="panel-title dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
