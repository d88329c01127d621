import type { Lang } from '../../i18n/lang';
import { currencyDigits, formatMoney, minorToDecimal, type CurrencyCode } from '../../money';
import { DOC_LABELS } from './labels';

/**
 * Symbols no reader can mistake (issue 14): to a Chinese client "¥" is yuan, so a yen amount
 * printed as ¥7,665,284 reads about 20× too much, and "$" is three currencies. CNY keeps ¥ (and
 * the 大写 line); every other currency carries its own prefix. A table, not Intl: the document must
 * read the same on every runtime.
 */
const DOCUMENT_SYMBOL: Record<CurrencyCode, string> = {
  CNY: '¥',
  HKD: 'HK$',
  MOP: 'MOP$',
  TWD: 'NT$',
  USD: 'US$',
  EUR: '€',
  GBP: '£',
  SGD: 'S$',
  JPY: 'JP¥',
  KRW: '₩',
};

const grouping = new Map<string, Intl.NumberFormat>();

/** An amount with its unambiguous symbol: JP¥7,665,284, US$12,345.67, ¥12,345.67. */
export function documentMoney(minor: number, currency: CurrencyCode, lang: Lang): string {
  if (currency === 'CNY') return formatMoney(minor, currency, lang);
  const digits = currencyDigits(currency);
  const key = `${lang}|${digits}`;
  let number = grouping.get(key);
  if (!number) {
    number = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    grouping.set(key, number);
  }
  const abs = minorToDecimal(Math.abs(minor), currency) as Intl.StringNumericLiteral;
  return `${minor < 0 ? '-' : ''}${DOCUMENT_SYMBOL[currency]}${number.format(abs)}`;
}

/** "日元（JPY）" / "Japanese yen (JPY)". */
export function currencyLabel(currency: CurrencyCode, lang: Lang): string {
  const labels = DOC_LABELS[lang];
  return labels.currencyNamed(labels.currencyNames[currency], currency);
}

/**
 * How figures read in a document. Dates are written by hand, not by Intl, so a document re-exported
 * on another machine or runtime reads the same.
 */
export interface DocFormat {
  money(minor: number): string;
  /** The currency named: "日元（JPY）". */
  currency: string;
  /** A discount reads as a deduction: −¥1,959.91. */
  minus(minor: number): string;
  /** "12.3" → "+12.3%". */
  deviation(percent: string | null): string;
  date(iso: string): string;
  multiplier(m: string): string;
}

export function docFormat(lang: Lang, currency: CurrencyCode): DocFormat {
  return {
    money: (minor) => documentMoney(minor, currency, lang),
    currency: currencyLabel(currency, lang),
    minus: (minor) => (minor === 0 ? documentMoney(0, currency, lang) : `−${documentMoney(minor, currency, lang)}`),
    deviation: (p) => (p === null ? '—' : `${p.startsWith('-') ? '−' + p.slice(1) : '+' + p}%`),
    date: (iso) => {
      const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
      return DOC_LABELS[lang].longDate(y, m, d);
    },
    multiplier: (m) => `×${m}`,
  };
}
