import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { amountBound, isFiltered, NO_FILTERS, type ListFilters } from '@shared/lists/filter';
import './lists.css';

export interface FilterOptions {
  clients: string[];
  owners: string[];
  /** Proposals only: value → label. */
  statuses?: { value: string; label: string }[];
}

/** Is the key meant for a field the user is typing in? Then "/" is a character, not a shortcut. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Search and filters above a list: search, client, owner, status, updated from/to, amount range. */
export function FilterBar({
  filters,
  onChange,
  options,
  shown,
  total,
}: {
  filters: ListFilters;
  onChange(next: ListFilters): void;
  options: FilterOptions;
  shown: number;
  total: number;
}) {
  const { t } = useTranslation();
  const id = useId();
  const search = useRef<HTMLInputElement>(null);
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });

  // "/" anywhere on the screen (outside a field) puts the caret in the search.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      e.preventDefault();
      search.current?.focus();
      search.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Amount bounds are checked as CNY-style decimals; a bound that is not an amount is marked.
  const badMin = filters.min.trim() !== '' && amountBound(filters.min, 'CNY') === null;
  const badMax = filters.max.trim() !== '' && amountBound(filters.max, 'CNY') === null;
  const select = (key: 'client' | 'owner' | 'status', label: string, values: { value: string; label: string }[]) => (
    <label className="list-filter">
      <span>{label}</span>
      <select
        className="input"
        aria-label={label}
        value={filters[key]}
        onChange={(e) => set({ [key]: e.target.value })}
      >
        <option value="">{t('lists.any')}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {v.label}
          </option>
        ))}
      </select>
    </label>
  );
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));

  return (
    <section className="list-filters" aria-label={t('lists.filters')}>
      <label className="list-filter list-search">
        <span>{t('lists.search')}</span>
        <input
          ref={search}
          type="search"
          className="input"
          value={filters.search}
          placeholder={t('lists.searchPlaceholder')}
          aria-label={t('lists.search')}
          aria-keyshortcuts="/"
          onChange={(e) => set({ search: e.target.value })}
        />
      </label>
      {select('client', t('lists.client'), plain(options.clients))}
      {select('owner', t('lists.owner'), plain(options.owners))}
      {options.statuses && select('status', t('lists.status'), options.statuses)}
      <label className="list-filter">
        <span>{t('lists.from')}</span>
        <input
          type="date"
          className="input"
          aria-label={t('lists.from')}
          value={filters.from}
          onChange={(e) => set({ from: e.target.value })}
        />
      </label>
      <label className="list-filter">
        <span>{t('lists.to')}</span>
        <input
          type="date"
          className="input"
          aria-label={t('lists.to')}
          value={filters.to}
          onChange={(e) => set({ to: e.target.value })}
        />
      </label>
      {(['min', 'max'] as const).map((key) => {
        const bad = key === 'min' ? badMin : badMax;
        return (
          <label key={key} className="list-filter list-amount">
            <span>{t(key === 'min' ? 'lists.minAmount' : 'lists.maxAmount')}</span>
            <input
              type="text"
              inputMode="decimal"
              className="input input-num"
              aria-label={t(key === 'min' ? 'lists.minAmount' : 'lists.maxAmount')}
              value={filters[key]}
              aria-invalid={bad || undefined}
              aria-describedby={bad ? `${id}-${key}` : undefined}
              onChange={(e) => set({ [key]: e.target.value })}
            />
            {bad && (
              <span className="field-error" id={`${id}-${key}`}>
                {t('lists.badAmount')}
              </span>
            )}
          </label>
        );
      })}
      <div className="list-filter-end">
        <span className="muted" role="status" data-testid="list-shown">
          {t('lists.shown', { shown, total })}
        </span>
        {isFiltered(filters) && (
          <button type="button" className="btn btn-small" onClick={() => onChange(NO_FILTERS)}>
            {t('lists.reset')}
          </button>
        )}
      </div>
    </section>
  );
}
