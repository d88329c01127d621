import * as z from 'zod';
import { CURRENCY_CODES } from '../../money';
import { command, query } from '../define';
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

export const marketContract = {
  /** The library, newest first; `search` matches name, unit and source (any language, any part). */
  'market.list': query(
    z.strictObject({ search: optionalText(200).optional(), currency: z.enum(CURRENCY_CODES).optional() }),
    z.object({ items: z.array(marketReferenceRecordSchema) }),
  ),
  'market.save': command(marketReferenceInputSchema, marketReferenceRecordSchema),
  'market.delete': command(z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
};
