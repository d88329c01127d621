import type { Lang } from '../i18n/lang';
import { currencyDigits, type CurrencyCode } from './currency';
import { formatFixed } from './decimal';

export type MoneyDisplay = 'narrowSymbol' | 'symbol' | 'code' | 'name';

// Building an Intl.NumberFormat costs far more than using one; the editor formats on every keystroke.
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(lang: Lang, currency: CurrencyCode, display: MoneyDisplay): Intl.NumberFormat {
  const key = `${lang}|${currency}|${display}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyDigits(currency);
    formatter = new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      currencyDisplay: display,
      // Our digits, not ICU's: the stored integer's meaning must not depend on the runtime.
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** Minor units as a plain decimal string: 1234567 CNY → "12345.67", 12346 JPY → "12346". */
export function minorToDecimal(minor: number | bigint, currency: CurrencyCode): string {
  const digits = currencyDigits(currency);
  return formatFixed(minor, digits, digits);
}

/**
 * Minor units for people: formatMoney(1234567, 'CNY', 'zh-CN') = "¥12,345.67", 12346 JPY = "¥12,346".
 * The amount reaches Intl as an exact decimal string, never as a float, so even amounts near 2^53
 * print every digit. The default narrow symbol (¥, $) suits a screen that shows one currency;
 * pass display 'code' where currencies mix ("CNY 12,345.67").
 */
export function formatMoney(
  minor: number | bigint,
  currency: CurrencyCode,
  lang: Lang,
  display: MoneyDisplay = 'narrowSymbol',
): string {
  const decimal = minorToDecimal(minor, currency) as Intl.StringNumericLiteral;
  return formatterFor(lang, currency, display).format(decimal);
}
