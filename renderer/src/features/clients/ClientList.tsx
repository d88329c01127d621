import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CLIENT_STATUSES, type ClientSummary } from '@shared/contract';
import { CLIENT_TYPES } from '@shared/analytics/client-type';
import { useCallQuery } from '../../api';
import { Badge } from '../../components/Badge';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { STATUS_TONE, TYPE_TONE } from './labels';

type Sort = 'name' | 'updated' | 'quotes';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable)
  );
}

/** "N" anywhere on the list (outside a field) starts a new client. */
function useNewShortcut(onNew: () => void) {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'n' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      e.preventDefault();
      onNew();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onNew]);
}

export function ClientList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const clients = useCallQuery('clients.list', {});
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<'' | ClientSummary['status']>('');
  const [type, setType] = useState('');
  const [sort, setSort] = useState<Sort>('name');
  const newClient = useMemo(() => () => void navigate('/clients/new'), [navigate]);
  useNewShortcut(newClient);

  return (
    <>
      <PageHeader
        title={t('clients.title')}
        subtitle={t('accounts.list.keyboardHint')}
        aside={
          <Link to="/clients/new" className="btn btn-primary" aria-keyshortcuts="N">
            {t('accounts.list.newClient')}
          </Link>
        }
      />
      <QueryView query={clients}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('clients.emptyTitle')} body={t('clients.emptyBody')} later={t('clients.emptyLater')} />
          ) : (
            <>
              <div className="filters" role="search">
                <label className="filter">
                  <span>{t('accounts.list.search')}</span>
                  <input
                    type="text"
                    placeholder={t('accounts.list.searchHint')}
                    value={search}
                    onChange={(e) => setSearch(e.target.value)}
                  />
                </label>
                <label className="filter">
                  <span>{t('accounts.list.filterStatus')}</span>
                  <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
                    <option value="">{t('accounts.list.all')}</option>
                    {CLIENT_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {t(`clients.statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="filter">
                  <span>{t('accounts.list.filterType')}</span>
                  <select value={type} onChange={(e) => setType(e.target.value)}>
                    <option value="">{t('accounts.list.all')}</option>
                    {CLIENT_TYPES.map((c) => (
                      <option key={c} value={c}>
                        {t(`accounts.types.${c}`)}
                      </option>
                    ))}
                    <option value="unknown">{t('accounts.types.unknown')}</option>
                  </select>
                </label>
                <label className="filter">
                  <span>{t('accounts.list.sort')}</span>
                  <select value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
                    <option value="name">{t('accounts.list.sortName')}</option>
                    <option value="updated">{t('accounts.list.sortUpdated')}</option>
                    <option value="quotes">{t('accounts.list.sortQuotes')}</option>
                  </select>
                </label>
                <span className="muted filter-count">{t('clients.count', { count: items.length })}</span>
              </div>
              <ClientTable rows={filterAndSort(items, { search, status, type, sort })} />
            </>
          )
        }
      </QueryView>
    </>
  );
}

function filterAndSort(
  items: ClientSummary[],
  f: { search: string; status: string; type: string; sort: Sort },
): ClientSummary[] {
  const needle = f.search.trim().toLowerCase();
  const rows = items.filter(
    (c) =>
      (!needle || [c.name, c.industry, ...c.tags].some((s) => s.toLowerCase().includes(needle))) &&
      (!f.status || c.status === f.status) &&
      (!f.type || (c.clientType ?? 'unknown') === f.type),
  );
  const by: Record<Sort, (a: ClientSummary, b: ClientSummary) => number> = {
    name: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    quotes: (a, b) => b.quoteCount - a.quoteCount,
  };
  return rows.sort(by[f.sort]);
}

/** Rows are one tab stop: ↑/↓ move between them, Enter opens the client. */
function ClientTable({ rows }: { rows: ClientSummary[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLTableRowElement | null)[]>([]);
  const current = Math.min(active, Math.max(0, rows.length - 1));

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, current + (e.key === 'ArrowDown' ? 1 : -1)));
      setActive(next);
      refs.current[next]?.focus();
    } else if (e.key === 'Enter' && rows[current]) {
      e.preventDefault();
      void navigate(`/clients/${rows[current].id}`);
    }
  };

  if (rows.length === 0) return <p className="muted panel">{t('accounts.list.noMatch')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table client-table">
        <caption className="visually-hidden">{t('clients.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('clients.name')}</th>
            <th scope="col">{t('clients.industry')}</th>
            <th scope="col">{t('accounts.list.type')}</th>
            <th scope="col">{t('clients.status')}</th>
            <th scope="col">{t('clients.priceSensitivity')}</th>
            <th scope="col">{t('clients.owner')}</th>
            <th scope="col" className="num">
              {t('clients.contacts')}
            </th>
            <th scope="col" className="num">
              {t('clients.quotes')}
            </th>
            <th scope="col">{t('clients.updatedAt')}</th>
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {rows.map((c, i) => (
            <tr
              key={c.id}
              ref={(el) => {
                refs.current[i] = el;
              }}
              tabIndex={i === current ? 0 : -1}
              aria-selected={i === current}
              className="clickable-row"
              onFocus={() => setActive(i)}
              onClick={() => void navigate(`/clients/${c.id}`)}
            >
              <td className="truncate">
                <span className="strong">{c.name}</span>
                {c.keyAccount && <span className="tag tag-key">{t('accounts.list.key')}</span>}
                {c.tags.map((tag) => (
                  <span key={tag} className="tag">
                    {tag}
                  </span>
                ))}
              </td>
              <td>{c.industry}</td>
              <td>
                {c.clientType ? (
                  <Badge tone={TYPE_TONE[c.clientType]}>{t(`accounts.types.${c.clientType}`)}</Badge>
                ) : (
                  <span className="muted">{t('accounts.types.unknown')}</span>
                )}
              </td>
              <td>
                <Badge tone={STATUS_TONE[c.status]}>{t(`clients.statuses.${c.status}`)}</Badge>
              </td>
              <td>{t(`clients.sensitivities.${c.priceSensitivity}`)}</td>
              <td>{c.ownerName ?? t('common.empty')}</td>
              <td className="num">{fmt.number(c.contactCount)}</td>
              <td className="num">{fmt.number(c.quoteCount)}</td>
              <td>
                <span className="nowrap">{fmt.date(c.updatedAt)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
