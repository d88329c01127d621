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
