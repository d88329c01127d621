import { useMemo } from 'react';
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

export function formattersFor(lang: Lang): Formatters {
  const integer = new Intl.NumberFormat(lang);
  const oneDecimal = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  const currencies = new Intl.DisplayNames([lang], { type: 'currency' });
  const parsed = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  };
  return {
    number: (value) => integer.format(value),
    // The percent is already rounded by the core; Number() only feeds the display.
    percent: (value) => (value === null || value === '' ? EMPTY : `${oneDecimal.format(Number(value))}%`),
    money: (minor, currency) => formatMoney(minor, currency, lang),
    date: (iso) => {
      const d = parsed(iso);
      return d ? date.format(d) : EMPTY;
    },
    dateTime: (iso) => {
      const d = parsed(iso);
      return d ? dateTime.format(d) : EMPTY;
    },
    currencyName: (code) => `${currencies.of(code) ?? code} (${code})`,
  };
}

export function useFormat(): Formatters {
  const { lang } = usePreferences();
  return useMemo(() => formattersFor(lang), [lang]);
}
