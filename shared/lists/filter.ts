import { parseMoneyInput, type CurrencyCode } from '../money';

/**
 * A list screen's filters and sort, as the user set them. Filtering runs here, in the renderer:
 * `quotes.list` and `proposals.list` return every row (107 in the demo, a few thousand for a
 * busy agency is still one small response), so a keystroke filters without a round trip.
 */
export interface ListFilters {
  search: string;
  client: string;
  owner: string;
  status: string;
  /** YYYY-MM-DD, inclusive, on the row's last update in the user's day. */
  from: string;
  to: string;
  /** Amounts as typed in major units ("50,000"); '' = no bound. */
  min: string;
  max: string;
}

export const NO_FILTERS: ListFilters = {
  search: '',
  client: '',
  owner: '',
  status: '',
  from: '',
  to: '',
  min: '',
  max: '',
};

export interface ListSort {
  column: string;
  direction: 'asc' | 'desc';
}

/** What the filters read of a row. */
export interface RowFacts {
  text: string[];
  client: string;
  owner: string | null;
  status?: string;
  updatedAt: string;
  amount: { minor: number; currency: CurrencyCode } | null;
}

export const isFiltered = (f: ListFilters): boolean =>
  (Object.keys(NO_FILTERS) as (keyof ListFilters)[]).some((k) => f[k].trim() !== '');

/** The user's calendar day of an ISO timestamp (a row updated at 07:30 Shanghai is that day). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A bound as typed: null when empty or not an amount (the bar marks it; the list ignores it). */
export function amountBound(text: string, currency: CurrencyCode): number | null {
  if (text.trim() === '') return null;
  const parsed = parseMoneyInput(text, currency);
  return parsed.ok ? parsed.minor : null;
}

export function matches(facts: RowFacts, f: ListFilters): boolean {
  const words = f.search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const haystack = facts.text.join(' ').toLowerCase();
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  if (f.client && facts.client !== f.client) return false;
  if (f.owner && (facts.owner ?? '') !== f.owner) return false;
  if (f.status && facts.status !== f.status) return false;
  if (f.from || f.to) {
    const day = localDay(facts.updatedAt);
    if (f.from && day < f.from) return false;
    if (f.to && day > f.to) return false;
  }
  if (f.min.trim() || f.max.trim()) {
    if (!facts.amount) return false;
    const min = amountBound(f.min, facts.amount.currency);
    const max = amountBound(f.max, facts.amount.currency);
    if (min !== null && facts.amount.minor < min) return false;
    if (max !== null && facts.amount.minor > max) return false;
  }
  return true;
}

type SortValue = string | number | null;

/** Rows in the sort's order; empty values last whichever the direction; ties keep their order. */
export function sortRows<Row>(
  rows: Row[],
  sort: ListSort | null,
  valueOf: (row: Row, column: string) => SortValue,
): Row[] {
  if (!sort) return rows;
  const sign = sort.direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true });
  return rows
    .map((row, i) => ({ row, i, v: valueOf(row, sort.column) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const c =
        typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((x) => x.row);
}
