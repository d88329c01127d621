import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { RESIZABLE_COLUMNS, RESIZE_STEP, clampWidth, type ResizableColumn } from '@shared/quote/grid-layout';

/**
 * The drag handle at a header's right edge: a focusable separator (WAI-ARIA "window splitter"),
 * dragged with the pointer or moved 16 px with ←/→ (Home/End: narrowest/widest). The header's
 * handles are one Tab stop (roving: the last one used), Shift+←/→ go to the neighbouring handle,
 * so Tab from the quote's header to its first section passes one stop, not eight.
 */
export function ColumnResizer({
  column,
  width,
  label,
  tabbable,
  onResize,
  onFocus,
}: {
  column: ResizableColumn;
  width: number;
  label: string;
  /** This handle is the header's Tab stop. */
  tabbable: boolean;
  onResize(column: ResizableColumn, px: number): void;
  onFocus(column: ResizableColumn): void;
}) {
  const { min, max } = RESIZABLE_COLUMNS[column];
  const drag = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent<HTMLSpanElement>) => {
    if (!drag.current) return;
    const next = clampWidth(column, drag.current.width + e.clientX - drag.current.x);
    if (next !== width) onResize(column, next);
  };
  const endDrag = (e: PointerEvent<HTMLSpanElement>) => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      e.preventDefault();
      e.stopPropagation();
      const row = e.currentTarget.closest('[role="row"]');
      // Handles of hidden columns are in the row but not drawn.
      const handles = [...(row?.querySelectorAll<HTMLElement>('[data-resize]') ?? [])].filter(
        (h) => h.getClientRects().length > 0,
      );
      const at = handles.indexOf(e.currentTarget);
      handles[at + (e.key === 'ArrowRight' ? 1 : -1)]?.focus();
      return;
    }
    const next =
      e.key === 'ArrowLeft'
        ? width - RESIZE_STEP
        : e.key === 'ArrowRight'
          ? width + RESIZE_STEP
          : e.key === 'Home'
            ? min
            : e.key === 'End'
              ? max
              : null;
    if (next === null || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    // Handled here: the grid's own arrow keys must not also move focus.
    e.preventDefault();
    e.stopPropagation();
    onResize(column, clampWidth(column, next));
  };

  return (
    <span
      className="qe-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={tabbable ? 0 : -1}
      data-resize={column}
      onFocus={() => onFocus(column)}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
      // A click on the handle is not a click on the header.
      onClick={(e) => e.stopPropagation()}
    />
  );
}
