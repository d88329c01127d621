import * as z from 'zod';
import { parseMoneyInput, type CurrencyCode, type MoneyInputError } from '../money';
import { addCustomIssue } from '../validation/validate';

const KEYS: Record<Exclude<MoneyInputError, 'too_many_decimals'>, string> = {
  empty: 'common.required',
  invalid: 'quote.money_input_invalid',
  negative: 'quote.money_input_negative',
  too_large: 'quote.money_input_too_large',
};

/**
 * An amount typed in the quote editor ("12,345.67", "￥1,000") → minor units, for form resolvers.
 * The words are the catalogue's; the parsing is parseMoneyInput's.
 */
export function moneyInputSchema(currency: CurrencyCode) {
  return z.string().transform((text, ctx) => {
    const parsed = parseMoneyInput(text, currency);
    if (parsed.ok) return parsed.minor;
    if (parsed.error === 'too_many_decimals') {
      if (parsed.digits === 0) addCustomIssue(ctx, 'quote.money_input_no_decimals', [], { currency });
      else addCustomIssue(ctx, 'quote.money_input_too_many_decimals', [], { digits: parsed.digits });
    } else addCustomIssue(ctx, KEYS[parsed.error], []);
    return z.NEVER;
  });
}
