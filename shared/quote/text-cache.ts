import { formatPercentTenths, formatQuantity } from '../money';

/**
 * Printed workloads and percents, memoized. A quote repeats the same few values (1, 2.5, 7
 * person-days; a handful of deviations) and the editor recomputes it on every keystroke; printing
 * the same short string again for every line was a tenth of computeQuote's time. The common
 * range sits in arrays (an index is cheaper than a hash), the rest in a Map cleared when full.
 */
const SMALL = 1 << 15;
const MAP_LIMIT = 4096;

function memo(format: (value: number) => string, offset: number): (value: number) => string {
  const small: (string | undefined)[] = new Array<string | undefined>(SMALL).fill(undefined);
  const large = new Map<number, string>();
  return (value) => {
    const index = value + offset;
    if (index >= 0 && index < SMALL) {
      let text = small[index];
      if (text === undefined) small[index] = text = format(value);
      return text;
    }
    let text = large.get(value);
    if (text === undefined) {
      if (large.size >= MAP_LIMIT) large.clear();
      text = format(value);
      large.set(value, text);
    }
    return text;
  };
}

/** formatQuantity, memoized: thousandths 0–32.767 person-days in the array. */
export const quantityText = memo(formatQuantity, 0);

/** formatPercentTenths, memoized: −100.0% to +227.6% in the array. */
export const percentText = memo(formatPercentTenths, 1000);
