import * as z from 'zod';
import { CURRENCY_CODES } from '../../money';
import { computedQuoteSchema, quoteObjectSchema } from '../../quote';
import { query } from '../define';
import { idSchema, isoDateTime, noArgs } from '../common';

export const quoteSummarySchema = z.object({
  id: idSchema,
  title: z.string(),
  clientName: z.string(),
  currency: z.enum(CURRENCY_CODES),
  total: z.int(),
  net: z.int(),
  marginPercent: z.string().nullable(),
  lineCount: z.int(),
  ownerName: z.string().nullable(),
  updatedAt: isoDateTime,
});
export type QuoteSummary = z.infer<typeof quoteSummarySchema>;

export const quotesContract = {
  'quotes.list': query(noArgs, z.object({ items: z.array(quoteSummarySchema) })),
  /**
   * Interchange quote (DOMAIN.md §6) in, every figure out; writes nothing. The args are checked field
   * by field here; the checks that need arithmetic (a discount over the subtotal) run in the core
   * against the workspace's own defaults.
   */
  'quotes.compute': query(quoteObjectSchema, computedQuoteSchema),
};
