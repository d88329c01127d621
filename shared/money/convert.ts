import { currencyDigits, type CurrencyCode } from './currency';
import { parseFixed } from './decimal';
import { bigToSafeNumber, divRoundBig } from './round';

/** Places of an exchange rate (units of the target currency for one unit of the source). */
export const RATE_PLACES = 6;

/**
 * An amount in `from` minor units converted to `to` minor units at `rate` (a decimal string, units
 * of `to` per unit of `from`), exactly and rounded once, half away from zero (DOMAIN.md §1):
 * round(amount × rate × 10^digits(to) / 10^digits(from)). 1,000,000 JPY (no minor unit) at
 * "0.048" CNY = 4,800,000 fen… = 48,000.00 CNY. NaN when the rate is not a decimal of ≤ 6 places.
 */
export function convertMinor(amount: number, from: CurrencyCode, to: CurrencyCode, rate: string): number {
  const scaledRate = parseFixed(rate, RATE_PLACES);
  if (Number.isNaN(scaledRate) || scaledRate <= 0) return NaN;
  const numerator = BigInt(amount) * BigInt(scaledRate) * 10n ** BigInt(currencyDigits(to));
  const denominator = 10n ** BigInt(RATE_PLACES + currencyDigits(from));
  return bigToSafeNumber(divRoundBig(numerator, denominator));
}
