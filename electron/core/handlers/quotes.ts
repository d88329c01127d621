import { computeQuote, makeQuoteInterchangeSchema, type QuoteDefaults } from '@shared/quote';
import { validate } from '@shared/validation';
import { CoreError } from '../errors';
import { readSettings } from '../repos/settings';
import { defineHandlers } from './types';

/**
 * The contract checks a quote against the built-in defaults; whether a discount amount passes the
 * subtotal depends on the workspace's multipliers and hours per day, so check again with those.
 */
export function checkAgainstWorkspace<T>(quote: T, defaults: QuoteDefaults): T {
  const checked = validate(makeQuoteInterchangeSchema(defaults), quote);
  if (!checked.ok) throw new CoreError('validation', 'error.validation', {}, checked.issues);
  return quote;
}

export const quoteHandlers = defineHandlers({
  'quotes.compute': async (quote, { db, now }) => {
    const s = await readSettings(db);
    const defaults: QuoteDefaults = {
      difficultyMultipliers: s.difficultyMultipliers,
      hoursPerDay: s.hoursPerDay,
      taxPercent: s.taxPercent,
      marginFloorPercent: s.marginFloorPercent,
    };
    return computeQuote(checkAgainstWorkspace(quote, defaults), { defaults, today: now.toISOString().slice(0, 10) });
  },
});
