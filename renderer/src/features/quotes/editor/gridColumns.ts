import {
  HIDEABLE_COLUMNS,
  RESIZABLE_COLUMNS,
  type GridLayout,
  type HideableColumn,
  type ResizableColumn,
} from '@shared/quote/grid-layout';

/**
 * The quote grid's columns in screen order: the one list the header, the rows' `aria-colindex`
 * and the keyboard's ←/→ all read, so a screen reader's "column 7 of 16" is the column on screen.
 */
export const GRID_COLUMNS = [
  'num',
  'kind',
  'name',
  'qty',
  'duration',
  'unit',
  'price',
  'cost',
  'amount',
  'deviation',
  'rateReason',
  'marketPrice',
  'marketSource',
  'marketDate',
  'optional',
  'actions',
] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];

/** 1-based, as ARIA counts. */
export const colIndex = (column: GridColumn): number => GRID_COLUMNS.indexOf(column) + 1;

/** Row 1 is the header; the quote's flat rows (sections, lines, empty notes) follow from 2. */
export const HEADER_ROWS = 1;

/** Fixed widths of the columns a user cannot resize (px); the resizable ones start from `RESIZABLE_COLUMNS`. */
const FIXED_WIDTHS: Record<Exclude<GridColumn, ResizableColumn>, number> = {
  num: 24,
  kind: 64,
  qty: 48,
  duration: 48,
  unit: 56,
  deviation: 56,
  optional: 28,
  actions: 56,
};
const COLUMN_GAP = 4;
const ROW_PADDING = 12;

export const isResizable = (column: GridColumn): column is ResizableColumn => column in RESIZABLE_COLUMNS;
export const isHideable = (column: GridColumn): column is HideableColumn =>
  (HIDEABLE_COLUMNS as readonly string[]).includes(column);

export function columnWidth(column: GridColumn, layout: GridLayout): number {
  return isResizable(column) ? (layout.widths[column] ?? RESIZABLE_COLUMNS[column].initial) : FIXED_WIDTHS[column];
}

export function visibleColumns(layout: GridLayout): GridColumn[] {
  return GRID_COLUMNS.filter((column) => !(isHideable(column) && layout.hidden.includes(column)));
}

/**
 * The rows' `grid-template-columns` and the full row width for a layout. A hidden column's cells are
 * still rendered (display: none), so `aria-colindex` and the keyboard keep one numbering; the
 * template lists only what is shown, and CSS grid places the shown cells in order.
 */
export function gridTemplate(layout: GridLayout): { columns: string; width: number } {
  const widths = visibleColumns(layout).map((column) => columnWidth(column, layout));
  const sum = widths.reduce((a, b) => a + b, 0);
  return {
    columns: widths.map((w) => `${w}px`).join(' '),
    width: sum + COLUMN_GAP * (widths.length - 1) + ROW_PADDING,
  };
}
