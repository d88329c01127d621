/**
 * The currencies a quote may be in, with their ISO 4217 minor-unit digits. This table, not Intl's
 * data, decides what a stored integer means: 1234567 CNY is ¥12,345.67 whatever the runtime's ICU says.
 */
export const CURRENCY_CODES = ['CNY', 'HKD', 'MOP', 'TWD', 'USD', 'EUR', 'GBP', 'SGD', 'JPY', 'KRW'] as const;
export type CurrencyCode = (typeof CURRENCY_CODES)[number];

const DIGITS: Record<CurrencyCode, 0 | 2> = {
  CNY: 2,
  HKD: 2,
  MOP: 2,
  TWD: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  SGD: 2,
  JPY: 0,
  KRW: 0,
};

export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DIGITS, value);
}

/** Decimal digits of the minor unit: 2 for CNY (fen), 0 for JPY. */
export function currencyDigits(currency: CurrencyCode): 0 | 2 {
  return DIGITS[currency];
}
