// The grid's cells live apart from model.ts and document.ts so both can name them without
// importing each other (they did once: a run-time cycle).

/** Cells of a line row, in tab order; `qty` is headcount (labor) or quantity (item). */
export const LINE_CELLS = [
  'kind',
  'name',
  'deliverable',
  'qty',
  'duration',
  'unit',
  'price',
  'cost',
  'rateReason',
  'marketPrice',
  'marketSource',
  'marketDate',
  'optional',
] as const;
export type LineCell = (typeof LINE_CELLS)[number];
