import { MAX_SAFE } from '../money';

/** Where in the quote a figure was refused: ['sections', 2, 'lines', 5], or [] for the quote. */
export type QuotePath = (string | number)[];

/** A figure would pass Number.MAX_SAFE_INTEGER: refused, since it could no longer be exact. */
export class QuoteRangeError extends RangeError {
  override readonly name = 'QuoteRangeError';
  constructor(
    readonly path: QuotePath,
    readonly quantity: string,
  ) {
    super(
      `The ${quantity} at ${path.length > 0 ? path.join('.') : 'quote level'} is beyond ${MAX_SAFE} ` +
        (quantity === 'workload' ? '(person-days in millionths)' : 'minor units') +
        ' and cannot be computed exactly',
    );
  }
}

/** A value the schema would have refused: the caller skipped validation. */
export function invalid(path: QuotePath, what: string): TypeError {
  return new TypeError(`Invalid ${what} at ${path.join('.')}: validate the quote before computing it`);
}
