import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  ARCHIVE_KINDS,
  ARCHIVE_SORTS,
  PROPOSAL_STATUSES,
  type ArchiveFilters,
  type ArchiveSort,
} from '@shared/contract';
import { CURRENCY_CODES } from '@shared/money';
import { LOSS_REASONS } from '@shared/proposal';

/**
 * The search's text, sort and filters live in the address (?q=…&client=3…), so the search and the
 * pipeline share them, a reload keeps them, and the back button undoes a change of filter.
 */
export interface ArchiveParams {
  query: string;
  sort: ArchiveSort;
  filters: ArchiveFilters;
}

const oneOf = <T extends string>(values: readonly T[], v: string | null): T | undefined =>
  v !== null && (values as readonly string[]).includes(v) ? (v as T) : undefined;
const id = (v: string | null) => (v !== null && /^[1-9]\d{0,9}$/.test(v) ? Number(v) : undefined);
const date = (v: string | null) => (v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const amount = (v: string | null) => (v !== null && /^\d{1,15}$/.test(v) ? Number(v) : undefined);

export function paramsFrom(search: URLSearchParams): ArchiveParams {
  const list = <T extends string>(values: readonly T[], key: string) => {
    const items = search.getAll(key).flatMap((v) => oneOf(values, v) ?? []);
    return items.length > 0 ? items : undefined;
  };
  const filters: ArchiveFilters = {
    kinds: list(ARCHIVE_KINDS, 'kind'),
    clientId: id(search.get('client')),
    ownerId: id(search.get('owner')),
    statuses: list(PROPOSAL_STATUSES, 'status'),
    currency: oneOf(CURRENCY_CODES, search.get('currency')),
    dateFrom: date(search.get('from')),
    dateTo: date(search.get('to')),
    minAmount: amount(search.get('min')),
    maxAmount: amount(search.get('max')),
    lostReason: oneOf(LOSS_REASONS, search.get('lost')),
  };
  // Absent keys, not undefined ones: the args go to the core as JSON and into the query key.
  const clean = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as ArchiveFilters;
  return {
    query: search.get('q') ?? '',
    sort: oneOf(ARCHIVE_SORTS, search.get('sort')) ?? 'relevance',
    filters: clean,
  };
}

export function searchFrom(p: ArchiveParams): URLSearchParams {
  const s = new URLSearchParams();
  if (p.query) s.set('q', p.query);
  if (p.sort !== 'relevance') s.set('sort', p.sort);
  const f = p.filters;
  f.kinds?.forEach((k) => s.append('kind', k));
  if (f.clientId !== undefined) s.set('client', String(f.clientId));
  if (f.ownerId !== undefined) s.set('owner', String(f.ownerId));
  f.statuses?.forEach((st) => s.append('status', st));
  if (f.currency) s.set('currency', f.currency);
  if (f.dateFrom) s.set('from', f.dateFrom);
  if (f.dateTo) s.set('to', f.dateTo);
  if (f.minAmount !== undefined) s.set('min', String(f.minAmount));
  if (f.maxAmount !== undefined) s.set('max', String(f.maxAmount));
  if (f.lostReason) s.set('lost', f.lostReason);
  return s;
}

export function useArchiveParams() {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => paramsFrom(search), [search]);
  const update = useCallback(
    (change: Partial<ArchiveParams>, options: { replace?: boolean } = {}) =>
      setSearch((current) => {
        const next = searchFrom({ ...paramsFrom(current), ...change });
        // The pipeline's own choice rides along untouched.
        const period = current.get('period');
        if (period) next.set('period', period);
        return next;
      }, options),
    [setSearch],
  );
  return { params, update, search: search.toString() };
}
