import { formatMoney, type CurrencyCode } from '@shared/money';
import type { Lang } from '@shared/i18n/lang';
import { usePreferences } from '../app/preferences';

/** Numbers, money, percents and dates the way the UI language writes them. */
export interface Formatters {
  number(value: number): string;
  /** A decimal string such as "36.8" (already a percent), shown with one decimal. */
  percent(value: string | null): string;
  money(minor: number, currency: CurrencyCode): string;
  date(iso: string): string;
  dateTime(iso: string): string;
  currencyName(code: CurrencyCode): string;
}

const EMPTY = '—';

/** Built on first use and kept: see formattersFor. */
function lazily<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

function buildFormatters(lang: Lang): Formatters {
  // Each Intl object is built when first used: building one costs far more than using it (the
  // first one in a page loads ICU's data for the locale, ~20 ms here), and Home's first paint
  // needs only some of them.
  const integer = lazily(() => new Intl.NumberFormat(lang));
  const oneDecimal = lazily(() => new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const date = lazily(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }));
  const dateTime = lazily(() => new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }));
  const currencies = lazily(() => new Intl.DisplayNames([lang], { type: 'currency' }));
  const parsed = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  };
  return {
    number: (value) => integer().format(value),
    // The percent is already rounded by the core; Number() only feeds the display.
    percent: (value) => (value === null || value === '' ? EMPTY : `${oneDecimal().format(Number(value))}%`),
    money: (minor, currency) => formatMoney(minor, currency, lang),
    date: (iso) => {
      const d = parsed(iso);
      return d ? date().format(d) : EMPTY;
    },
    dateTime: (iso) => {
      const d = parsed(iso);
      return d ? dateTime().format(d) : EMPTY;
    },
    currencyName: (code) => `${currencies().of(code) ?? code} (${code})`,
  };
}

const byLang = new Map<Lang, Formatters>();

/**
 * One set of formatters per language for the whole window, shared by every component: each
 * component building its own cost Home's first render ~5 Intl objects per panel (issue 18).
 */
export function formattersFor(lang: Lang): Formatters {
  let formatters = byLang.get(lang);
  if (!formatters) {
    formatters = buildFormatters(lang);
    byLang.set(lang, formatters);
  }
  return formatters;
}

export function useFormat(): Formatters {
  const { lang } = usePreferences();
  return formattersFor(lang);
}
