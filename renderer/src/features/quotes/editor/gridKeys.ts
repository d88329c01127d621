import type { KeyboardEvent } from 'react';

const CONTROL = 'input, select, button, textarea';

/** The cell's first control, if drawn: a hidden column's cells are in the row but not on screen. */
function controlIn(cell: Element | null | undefined): HTMLElement | null {
  const control = cell?.querySelector<HTMLElement>(CONTROL) ?? null;
  return control && control.getClientRects().length > 0 ? control : null;
}

const span = (cell: Element) => {
  const from = Number(cell.getAttribute('aria-colindex'));
  return { from, to: from + Number(cell.getAttribute('aria-colspan') ?? 1) - 1 };
};

/** A text field keeps ←/→ for its caret until the caret is at the edge the arrow points past. */
function caretAtEdge(el: HTMLElement, key: string): boolean {
  if (!(el instanceof HTMLInputElement) || el.type === 'checkbox') return true;
  const { selectionStart: start, selectionEnd: end, value } = el;
  if (start === null || end === null) return true;
  return key === 'ArrowLeft' ? start === 0 && end === 0 : start === value.length && end === value.length;
}

/** ↑/↓ stay with the control where they mean something there: a select's options, a datalist's suggestions. */
function ownsVerticalArrows(el: HTMLElement): boolean {
  return el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && el.list !== null);
}

function focusCell(el: HTMLElement): void {
  el.focus();
  if (el instanceof HTMLInputElement && el.type === 'text') el.select();
}

/**
 * The ARIA grid's arrow keys, read off the grid's own `aria-rowindex`/`aria-colindex` (so they
 * follow virtualization): ←/→ to the neighbouring cell with a control, ↑/↓ to the same column of the
 * row above or below (a section row: its cell over that column, else its first control). Rows are
 * rendered a dozen beyond the view, and focusing one scrolls it in, so the next row is always there.
 */
export function moveBetweenCells(e: KeyboardEvent<HTMLElement>): void {
  if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
  const from = e.target as HTMLElement;
  const cell = from.closest('[role="gridcell"]');
  const row = cell?.closest('[role="row"]');
  if (!cell || !row) return;

  let target: HTMLElement | null = null;
  if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    if (!caretAtEdge(from, e.key)) return;
    const cells = [...row.querySelectorAll('[role="gridcell"]')];
    const step = e.key === 'ArrowRight' ? 1 : -1;
    for (let i = cells.indexOf(cell) + step; i >= 0 && i < cells.length && !target; i += step)
      target = controlIn(cells[i]);
  } else {
    if (ownsVerticalArrows(from)) return;
    const column = span(cell).from;
    const grid = e.currentTarget;
    const step = e.key === 'ArrowDown' ? 1 : -1;
    for (let r = Number(row.getAttribute('aria-rowindex')) + step; !target; r += step) {
      const next = grid.querySelector(`[role="row"][aria-rowindex="${r}"]`);
      if (!next) break;
      const cells = [...next.querySelectorAll('[role="gridcell"]')];
      const same = cells.find((c) => span(c).from <= column && column <= span(c).to);
      target = controlIn(same) ?? controlIn(next);
    }
  }
  if (!target) return;
  e.preventDefault();
  focusCell(target);
}
