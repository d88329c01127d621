import { useEffect, useRef, type ReactNode } from 'react';

/** A modal panel: labelled by its title, closed by Escape or a click outside, focus moved into it. */
export function Dialog({
  titleId,
  title,
  onClose,
  children,
  wide = false,
}: {
  titleId: string;
  title: string;
  onClose(): void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('select, input, textarea, button')?.focus();
  }, []);
  return (
    <div className="pe-dialog-backdrop" onClick={onClose}>
      <div
        ref={ref}
        className={`panel pe-dialog${wide ? ' pe-dialog-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id={titleId} className="panel-title">
          {title}
        </h2>
        {children}
      </div>
    </div>
  );
}
