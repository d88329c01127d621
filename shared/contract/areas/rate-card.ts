import * as z from 'zod';
import { CURRENCY_CODES, MAX_SAFE } from '../../money';
import { command, query } from '../define';
import { ANY_ROLE, FINANCE } from '../roles';
import { idSchema, isoDate, isoDateTime, text } from '../common';

/** An amount in minor units (fen): what forms send after parsing "2,800.00". */
export const minorAmount = z.int().nonnegative().max(MAX_SAFE);

/**
 * One role (岗位) of the rate card at one price, from a date on. A new price is a new entry with a
 * later date: quotes copy the rates they were built with, so no entry change reaches an old quote.
 */
export const rateCardEntrySchema = z.object({
  id: idSchema,
  role: z.string(),
  currency: z.enum(CURRENCY_CODES),
  /** Price per person-day, minor units. */
  rate: minorAmount,
  /** Internal cost per person-day, minor units. */
  costRate: minorAmount,
  effectiveFrom: isoDate,
  updatedAt: isoDateTime.nullable(),
});
export type RateCardEntry = z.infer<typeof rateCardEntrySchema>;

export const rateCardInputSchema = z.strictObject({
  id: idSchema.optional(),
  role: text(200),
  currency: z.enum(CURRENCY_CODES),
  rate: minorAmount,
  costRate: minorAmount,
  effectiveFrom: isoDate,
});
export type RateCardInput = z.infer<typeof rateCardInputSchema>;

export const rateCardContract = {
  /**
   * The card. With `asOf`, only the entry in effect on that day for each role and currency (the
   * latest `effectiveFrom` not after it): what the quote editor offers.
   */
  'rateCard.list': query(
    ANY_ROLE,
    z.strictObject({ currency: z.enum(CURRENCY_CODES).optional(), asOf: isoDate.optional() }),
    z.object({ items: z.array(rateCardEntrySchema) }),
  ),
  /** The rate card holds cost rates, which every margin is computed from: finance decides them. */
  'rateCard.save': command(FINANCE, rateCardInputSchema, rateCardEntrySchema),
  'rateCard.delete': command(FINANCE, z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
};
