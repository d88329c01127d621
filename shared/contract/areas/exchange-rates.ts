import * as z from 'zod';
import { CURRENCY_CODES } from '../../money';
import { addCustomIssue } from '../../validation/validate';
import { command, query } from '../define';
import { ANY_ROLE, FINANCE } from '../roles';
import { idSchema, isoDate, isoDateTime, noArgs } from '../common';

/**
 * Exchange rates by date (issue 14): finance enters how many units of the workspace currency one
 * unit of another currency was worth on a day; analytics convert a win in that currency with the
 * newest rate dated on or before the day it was won. No network: rates are what finance records.
 */
const RATE_PATTERN = /^(?:0|[1-9]\d{0,5})(?:\.\d{1,6})?$/;

/** "7.123456": positive, at most 6 integer digits and 6 decimals. */
export const rateSchema = z.string().superRefine((s, ctx) => {
  if (!RATE_PATTERN.test(s) || /^0(?:\.0+)?$/.test(s)) addCustomIssue(ctx, 'rates.invalid', []);
});

export const exchangeRateInputSchema = z.strictObject({
  currency: z.enum(CURRENCY_CODES),
  rateOn: isoDate,
  rate: rateSchema,
});
export type ExchangeRateInput = z.infer<typeof exchangeRateInputSchema>;

export const exchangeRateSchema = exchangeRateInputSchema.extend({
  id: idSchema,
  createdAt: isoDateTime,
  createdBy: z.string().nullable(),
});
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

export const exchangeRatesContract = {
  // Everyone reads the rates (the analytics show the rate used); finance enters them.
  'exchangeRates.list': query(
    ANY_ROLE,
    noArgs,
    z.object({ workspaceCurrency: z.enum(CURRENCY_CODES), items: z.array(exchangeRateSchema) }),
  ),
  /** Insert, or replace the rate of the same currency and day. */
  'exchangeRates.save': command(FINANCE, exchangeRateInputSchema, z.object({ id: idSchema })),
  'exchangeRates.delete': command(FINANCE, z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
};
