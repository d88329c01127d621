import * as z from 'zod';
import { CURRENCY_CODES } from '../../money';
import { command, query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, isoDate, isoDateTime, optionalText, text } from '../common';
import { minorAmount } from './rate-card';

/** A reference prices a role (per person-day) or an item (per unit). */
export const MARKET_KINDS = ['role', 'item'] as const;

/** What the market charges for a piece of work (市价参考), with where and when that was seen. */
export const marketReferenceRecordSchema = z.object({
  id: idSchema,
  kind: z.enum(MARKET_KINDS),
  name: z.string(),
  currency: z.enum(CURRENCY_CODES),
  unitPrice: minorAmount,
  unit: z.string(),
  source: z.string(),
  date: isoDate,
  /** Older than 12 months on the day it was listed (DOMAIN.md §1). */
  stale: z.boolean(),
  updatedAt: isoDateTime,
});
export type MarketReferenceRecord = z.infer<typeof marketReferenceRecordSchema>;

export const marketReferenceInputSchema = z.strictObject({
  id: idSchema.optional(),
  kind: z.enum(MARKET_KINDS),
  name: text(200),
  currency: z.enum(CURRENCY_CODES),
  unitPrice: minorAmount,
  unit: optionalText(200),
  source: text(2000),
  date: isoDate,
});
export type MarketReferenceInput = z.infer<typeof marketReferenceInputSchema>;

/** A market-library CSV file: at most this many bytes (UTF-8) … */
export const MARKET_CSV_MAX_BYTES = 2 * 1024 * 1024;
/** … and at most this many data rows (the header not counted). */
export const MARKET_CSV_MAX_ROWS = 5000;
/** The columns a market-library CSV file must have, in any order, each exactly once (docs/market-csv.md). */
export const MARKET_CSV_COLUMNS = ['kind', 'name', 'unit', 'unitPrice', 'currency', 'source', 'date'] as const;
export type MarketCsvColumn = (typeof MARKET_CSV_COLUMNS)[number];

export const marketContract = {
  /** The library, newest first; `search` matches name, unit and source (any language, any part). */
  'market.list': query(
    ANY_ROLE,
    z.strictObject({ search: optionalText(200).optional(), currency: z.enum(CURRENCY_CODES).optional() }),
    z.object({ items: z.array(marketReferenceRecordSchema) }),
  ),
  'market.save': command(ANY_ROLE, marketReferenceInputSchema, marketReferenceRecordSchema),
  'market.delete': command(ANY_ROLE, z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
  /**
   * Add every row of a CSV file (see MARKET_CSV_COLUMNS) to the library: all rows are checked first
   * and written in one transaction, or none is. The text cap here is generous (a Chinese character
   * is up to 3 bytes); the parser enforces MARKET_CSV_MAX_BYTES with its own message.
   */
  'market.importCsv': command(
    ANY_ROLE,
    z.strictObject({ csvText: z.string().max(3 * MARKET_CSV_MAX_BYTES) }),
    z.object({ imported: z.int().nonnegative() }),
  ),
};
