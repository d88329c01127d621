import * as z from 'zod';

/**
 * How one user has laid out the quote grid: which optional columns are hidden and how wide the
 * resizable ones are. Kept per user in the renderer's localStorage, so whatever is read back came
 * from outside this build (an older version, a hand edit) and is read through `readGridLayout`,
 * which keeps each valid part and drops the rest.
 */

/** Columns a user may hide. Kind, name, quantity, unit, rate and amount are the quote itself: never hidden. */
export const HIDEABLE_COLUMNS = [
  'cost',
  'deviation',
  'rateReason',
  'marketPrice',
  'marketSource',
  'marketDate',
  'optional',
] as const;
export type HideableColumn = (typeof HIDEABLE_COLUMNS)[number];

/** Columns with a drag handle, their default width and the range a drag or a key may set (px). */
export const RESIZABLE_COLUMNS = {
  name: { initial: 184, min: 120, max: 480 },
  price: { initial: 80, min: 64, max: 200 },
  cost: { initial: 76, min: 60, max: 200 },
  amount: { initial: 96, min: 80, max: 220 },
  rateReason: { initial: 120, min: 72, max: 360 },
  marketPrice: { initial: 90, min: 64, max: 200 },
  marketSource: { initial: 130, min: 72, max: 360 },
  marketDate: { initial: 96, min: 80, max: 200 },
} as const;
export type ResizableColumn = keyof typeof RESIZABLE_COLUMNS;
export const RESIZABLE_COLUMN_IDS = Object.keys(RESIZABLE_COLUMNS) as ResizableColumn[];

/** One keyboard step of a column's separator. */
export const RESIZE_STEP = 16;

export interface GridLayout {
  hidden: HideableColumn[];
  widths: Partial<Record<ResizableColumn, number>>;
}

export const DEFAULT_GRID_LAYOUT: GridLayout = { hidden: [], widths: {} };

const hideable = z.enum(HIDEABLE_COLUMNS);
const width = (column: ResizableColumn) =>
  z.number().int().min(RESIZABLE_COLUMNS[column].min).max(RESIZABLE_COLUMNS[column].max);

/** The stored shape, strict: what `writeGridLayout` produces. */
export const gridLayoutSchema = z.object({
  hidden: z.array(hideable),
  widths: z.object(Object.fromEntries(RESIZABLE_COLUMN_IDS.map((c) => [c, width(c).optional()]))),
});

/** Clamps a width to its column's range (a drag may overshoot). */
export function clampWidth(column: ResizableColumn, px: number): number {
  const { min, max } = RESIZABLE_COLUMNS[column];
  return Math.min(max, Math.max(min, Math.round(px)));
}

/**
 * A stored layout, forgiving: an unknown or duplicated hidden column, a width out of range or not a
 * number is ignored on its own, and anything that is not an object gives the default layout.
 */
export function readGridLayout(raw: unknown): GridLayout {
  const outer = z.object({ hidden: z.unknown(), widths: z.unknown() }).safeParse(raw);
  if (!outer.success) return DEFAULT_GRID_LAYOUT;
  const hiddenList = z.array(z.unknown()).safeParse(outer.data.hidden);
  const hidden = hiddenList.success
    ? [...new Set(hiddenList.data.flatMap((c) => (hideable.safeParse(c).success ? [c as HideableColumn] : [])))]
    : [];
  const widthsRecord = z.record(z.string(), z.unknown()).safeParse(outer.data.widths);
  const widths: GridLayout['widths'] = {};
  if (widthsRecord.success) {
    for (const column of RESIZABLE_COLUMN_IDS) {
      const parsed = width(column).safeParse(widthsRecord.data[column]);
      if (parsed.success) widths[column] = parsed.data;
    }
  }
  return { hidden, widths };
}

/** The localStorage key: one layout per signed-in user on this machine. */
export const gridLayoutKey = (userId: string | number): string => `workbench.quoteGrid.layout.${userId}`;
