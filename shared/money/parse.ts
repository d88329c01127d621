import { currencyDigits, type CurrencyCode } from './currency';
import { parseFixed } from './decimal';

export type MoneyInputError = 'empty' | 'invalid' | 'too_many_decimals' | 'negative' | 'too_large';
export type MoneyInput = { ok: true; minor: number } | { ok: false; error: MoneyInputError; digits: number };

// Chinese input methods type full-width digits and punctuation; they mean the same number.
const FULL_WIDTH_ZERO = 0xff10;
function toHalfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0c\uff0e\uff0d]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code === 0xff0c) return ',';
    if (code === 0xff0e) return '.';
    if (code === 0xff0d) return '-';
    return String.fromCharCode(code - FULL_WIDTH_ZERO + 48);
  });
}

// A currency sign or code around the number, as pasted from a formatted amount ("¥12,345.67", "CNY 100").
const PREFIX = /^(?:[A-Z]{2,3}\s*)?[¥￥$€£₩]?\s*/;
const SUFFIX = /\s*(?:元|[A-Z]{3})?$/;
// Group separators are accepted only where they belong (every three digits), so that "1,5" — 1.5
// in much of Europe — is refused instead of silently read as fifteen.
const AMOUNT = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Parse an amount a person typed into minor units of the currency: "12,345.67" → 1234567 (CNY).
 * Refuses more decimals than the currency has ("1.234" CNY, "1.5" JPY — also "1.50" JPY: the
 * editor should not pretend a precision the currency lacks), misplaced group separators, and
 * negative amounts unless allowed.
 */
export function parseMoneyInput(
  text: string,
  currency: CurrencyCode,
  options: { allowNegative?: boolean } = {},
): MoneyInput {
  const digits = currencyDigits(currency);
  const cleaned = toHalfWidth(text.trim()).replace(PREFIX, '').replace(SUFFIX, '');
  if (cleaned === '') return { ok: false, error: 'empty', digits };
  const match = AMOUNT.exec(cleaned);
  if (!match) return { ok: false, error: 'invalid', digits };
  const [, sign = '', integer = '', fraction] = match;
  if (fraction !== undefined && fraction.length > digits) return { ok: false, error: 'too_many_decimals', digits };
  const minor = parseFixed(integer.replace(/,/g, '') + (fraction === undefined ? '' : '.' + fraction), digits);
  if (Number.isNaN(minor)) return { ok: false, error: 'too_large', digits };
  if (sign && minor !== 0) {
    if (!options.allowNegative) return { ok: false, error: 'negative', digits };
    return { ok: true, minor: -minor };
  }
  return { ok: true, minor };
}
