import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCallQuery } from '../../api';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../i18n/format';
import { ArchiveTabs } from './ArchiveTabs';
import { exportResultsCsv } from './csvExport';
import { FilterBar } from './FilterBar';
import { hitLink } from './hitLink';
import { useArchiveParams } from './params';
import { ResultList } from './ResultList';
import { SavedSearches } from './SavedSearches';
import './archive.css';

/** /archive — every proposal, quote and sent version, found by a word or two and by facets. */
export function ArchiveScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const { params, update } = useArchiveParams();
  // The box answers every key; the address (and the search) follows a moment later.
  const [typed, setTyped] = useState(params.query);
  // A query set from outside (a saved search, the back button) replaces what is in the box.
  const [shown, setShown] = useState(params.query);
  if (shown !== params.query) {
    setShown(params.query);
    setTyped(params.query);
  }
  useEffect(() => {
    if (typed === params.query) return;
    const timer = setTimeout(() => update({ query: typed }, { replace: true }), 150);
    return () => clearTimeout(timer);
  }, [typed, params.query, update]);

  const search = useCallQuery(
    'archive.search',
    { query: params.query, filters: params.filters, sort: params.sort },
    {
      placeholderData: keepPreviousData,
      // While the index is rebuilt in the background, ask again each second: more is found as it grows.
      refetchInterval: (q) => (q.state.data?.indexing ? 1000 : false),
    },
  );
  const hits = useMemo(() => search.data?.hits ?? [], [search.data]);
  // The chosen row belongs to one list of hits: new hits start again at the first.
  const [choice, setChoice] = useState<{ hits: typeof hits; index: number }>({ hits, index: 0 });
  const active = hits.length === 0 ? -1 : choice.hits === hits ? choice.index : 0;
  const setActive = (next: number | ((i: number) => number)) =>
    setChoice({ hits, index: typeof next === 'function' ? next(active) : next });
  const counts = useMemo(() => {
    const f = search.data?.facets;
    const map = (items: { value: string; count: number }[] | undefined) =>
      new Map((items ?? []).map((i) => [i.value, i.count]));
    return {
      kinds: map(f?.kinds),
      statuses: map(f?.statuses),
      clients: map(f?.clients),
      owners: map(f?.owners),
      currencies: map(f?.currencies),
    };
  }, [search.data]);

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length > 0) {
      e.preventDefault();
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (e.key === 'ArrowUp' && hits.length > 0) {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === 'Enter' && active >= 0 && hits[active]) {
      e.preventDefault();
      void navigate(hitLink(hits[active]));
    }
  };

  return (
    <div className="stack" onKeyDown={onKey}>
      <PageHeader title={t('archive.title')} subtitle={t('archive.subtitle')} aside={<ArchiveTabs />} />
      <div className="ar-search-bar">
        <label className="visually-hidden" htmlFor="archive-query">
          {t('archiveWork.searchLabel')}
        </label>
        <input
          id="archive-query"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls="archive-results"
          aria-activedescendant={active >= 0 ? `archive-hit-${active}` : undefined}
          aria-describedby="archive-query-hint"
          className="ar-query"
          placeholder={t('archiveWork.searchPlaceholder')}
          value={typed}
          autoFocus
          onChange={(e) => setTyped(e.target.value)}
        />
        <label className="field ar-sort">
          <span>{t('archiveWork.sort')}</span>
          <select value={params.sort} onChange={(e) => update({ sort: e.target.value as typeof params.sort })}>
            {(['relevance', 'newest', 'amount'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`archiveWork.sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="archive-query-hint" className="muted ar-hint">
        {t('archiveWork.searchHint')}
      </p>
      <FilterBar filters={params.filters} counts={counts} onChange={(filters) => update({ filters })} />
      <div className="ar-layout">
        <div className="ar-main">
          <div className="ar-results-head">
            <span role="status" className="muted">
              {search.data &&
                (search.data.truncated
                  ? t(params.query.trim() === '' ? 'archiveWork.resultsNewest' : 'archiveWork.resultsRanked', {
                      shown: fmt.number(hits.length),
                      ranked: fmt.number(search.data.ranked),
                      total: fmt.number(search.data.total),
                    })
                  : t('archiveWork.results', { count: search.data.total }))}
              {search.data?.facetsOf === 'ranked' &&
                ` ${t('archiveWork.facetsOfRanked', { ranked: fmt.number(search.data.ranked) })}`}
              {search.data?.indexing && (
                <span className="ar-indexing" data-testid="archive-indexing">
                  {' '}
                  {t('archiveWork.indexing', { percent: search.data.indexing.percent })}
                </span>
              )}
            </span>
            <button
              type="button"
              className="btn btn-small"
              disabled={hits.length === 0}
              onClick={() => void exportResultsCsv(hits, t)}
            >
              {t('archiveWork.exportCsv')}
            </button>
          </div>
          {search.isError ? (
            <ErrorState error={search.error} onRetry={() => void search.refetch()} />
          ) : search.data && hits.length === 0 ? (
            <div className="empty-state ar-empty">
              <h2>{t('archiveWork.noResults')}</h2>
              <p>{t('archiveWork.noResultsHint')}</p>
            </div>
          ) : (
            <ResultList
              hits={hits}
              active={active}
              onActivate={setActive}
              forQuery={search.isPlaceholderData ? undefined : params.query}
            />
          )}
        </div>
        <aside className="ar-aside">
          <SavedSearches current={params} onApply={(p) => update(p)} />
        </aside>
      </div>
    </div>
  );
}
