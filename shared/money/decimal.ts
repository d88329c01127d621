import { MAX_SAFE } from './round';

/**
 * Exact decimal strings ↔ scaled integers ("3.5" with 3 places ↔ 3500). No floating point touches
 * the digits: they accumulate into an integer, and a value whose scaled integer would leave the
 * safe range is refused rather than approximated.
 */

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000] as const;

/**
 * Parse a plain decimal ("3.5", "0.90", "-2", "007") into an integer scaled by 10^places.
 * NaN when the text is not `-?digits(.digits)?`, has more than `places` decimals, or does not fit
 * the safe range once scaled. Signs other than a leading "-", exponents, spaces and group
 * separators are refused: these strings are machine data, typed text goes through parseMoneyInput.
 */
export function parseFixed(text: string, places: number): number {
  const n = text.length;
  let i = 0;
  let negative = false;
  if (n > 0 && text.charCodeAt(0) === 45 /* - */) {
    negative = true;
    i = 1;
  }
  let value = 0;
  let intDigits = 0;
  let fracDigits = -1; // -1: no decimal point seen yet
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) {
      value = value * 10 + c;
      if (fracDigits < 0) intDigits++;
      else fracDigits++;
    } else if (c === -2 /* . */ && fracDigits < 0 && intDigits > 0) {
      fracDigits = 0;
    } else {
      return NaN;
    }
  }
  if (intDigits === 0 || fracDigits === 0 || fracDigits > places) return NaN;
  // Once the running value passes 2^53 it can only grow, so one check at the end is enough.
  const scaled = value * (POW10[places - (fracDigits < 0 ? 0 : fracDigits)] ?? NaN);
  if (!(scaled <= MAX_SAFE)) return NaN;
  return negative && scaled !== 0 ? -scaled : scaled;
}

export type DecimalProblem = 'invalid' | 'too_many_places' | 'too_large';

/** Why parseFixed refused a text; the slow path, only for wording an error. */
export function decimalProblem(text: string, places: number): DecimalProblem | null {
  const match = /^-?\d+(?:\.(\d+))?$/.exec(text);
  if (!match) return 'invalid';
  if ((match[1]?.length ?? 0) > places) return 'too_many_places';
  return Number.isNaN(parseFixed(text, places)) ? 'too_large' : null;
}

/**
 * Print a scaled integer as a decimal: formatFixed(2250, 3) = "2.25". Trailing zeros are dropped
 * down to `minPlaces` decimals (formatFixed(900, 3, 2) = "0.90"; formatFixed(368, 1, 1) = "36.8").
 */
export function formatFixed(value: number | bigint, places: number, minPlaces = 0): string {
  const negative = value < 0;
  let digits = (negative ? -value : value).toString();
  if (places === 0) return negative ? '-' + digits : digits;
  if (digits.length <= places) digits = '0'.repeat(places - digits.length + 1) + digits;
  const cut = digits.length - places;
  let end = digits.length;
  while (end > cut + minPlaces && digits.charCodeAt(end - 1) === 48) end--;
  const text = end > cut ? digits.slice(0, cut) + '.' + digits.slice(cut, end) : digits.slice(0, cut);
  return negative ? '-' + text : text;
}
