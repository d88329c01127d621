import type { Lang } from '../../i18n/lang';
import { formatMoney, type CurrencyCode } from '../../money';

/**
 * How figures read in a document. Dates are written by hand, not by Intl, so a document re-exported
 * on another machine or runtime reads the same.
 */
export interface DocFormat {
  money(minor: number): string;
  /** A discount reads as a deduction: −¥1,959.91. */
  minus(minor: number): string;
  /** "12.3" → "+12.3%". */
  deviation(percent: string | null): string;
  date(iso: string): string;
  multiplier(m: string): string;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function docFormat(lang: Lang, currency: CurrencyCode): DocFormat {
  return {
    money: (minor) => formatMoney(minor, currency, lang),
    minus: (minor) => (minor === 0 ? formatMoney(0, currency, lang) : `−${formatMoney(minor, currency, lang)}`),
    deviation: (p) => (p === null ? '—' : `${p.startsWith('-') ? '−' + p.slice(1) : '+' + p}%`),
    date: (iso) => {
      const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
      return lang === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
    },
    multiplier: (m) => `×${m}`,
  };
}
