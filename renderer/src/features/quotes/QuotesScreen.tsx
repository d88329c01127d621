import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuoteSummary } from '@shared/contract';
import { useCallQuery } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { distinctSorted, FilteredList } from '../../components/lists/FilteredList';
import type { RowFacts } from '@shared/lists/filter';
import { useListView } from '../../components/lists/useListView';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';
import { MarginCell } from './MarginCell';
import { NewQuoteDialog } from './NewQuoteDialog';
import { QuotesTabs } from './QuotesTabs';
import './editor/quote-editor.css';

const factsOf = (q: QuoteSummary): RowFacts => ({
  text: [q.title, q.clientName, q.ownerName ?? ''],
  client: q.clientName,
  owner: q.ownerName,
  updatedAt: q.updatedAt,
  amount: { minor: q.total, currency: q.currency },
});

const sortValueOf = (q: QuoteSummary, column: string): string | number | null =>
  column === 'title'
    ? q.title
    : column === 'client'
      ? q.clientName
      : column === 'lines'
        ? q.lineCount
        : column === 'total'
          ? q.total
          : column === 'margin'
            ? q.marginPercent === null
              ? null
              : Number(q.marginPercent)
            : column === 'owner'
              ? q.ownerName
              : q.updatedAt;

export function QuotesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const quotes = useCallQuery('quotes.list', {});
  const clients = useCallQuery('clients.list', {});
  const [creating, setCreating] = useState(false);
  // The floor marks thin margins; the list still shows while settings load.
  const floor = useCallQuery('settings.get', {}).data?.marginFloorPercent ?? null;
  const clientList = clients.data?.items ?? [];
  const all = useMemo(() => quotes.data?.items ?? [], [quotes.data]);
  const view = useListView('quotes', all, factsOf, sortValueOf);
  const options = useMemo(
    () => ({
      clients: distinctSorted(all.map((q) => q.clientName)),
      owners: distinctSorted(all.map((q) => q.ownerName)),
    }),
    [all],
  );
  const newButton = (
    <button
      type="button"
      className="btn btn-primary"
      onClick={() => setCreating(true)}
      disabled={clientList.length === 0}
      title={clientList.length === 0 ? t('quoteEditor.needClient') : undefined}
    >
      + {t('quoteEditor.newQuote')}
    </button>
  );
  return (
    <>
      <PageHeader
        title={t('quotes.title')}
        subtitle={t('quotes.subtitle')}
        aside={
          <span className="qe-header-aside">
            {quotes.data && quotes.data.items.length > 0 && (
              <span className="muted">{t('quotes.count', { count: quotes.data.items.length })}</span>
            )}
            {newButton}
          </span>
        }
      />
      <QuotesTabs />
      <QueryView query={quotes}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('quotes.emptyTitle')} body={t('quotes.emptyBody')}>
              <p className="muted">
                {clientList.length === 0 ? t('quoteEditor.needClient') : t('quoteEditor.emptyListHint')}
              </p>
            </EmptyState>
          ) : (
            <FilteredList
              caption={t('quotes.caption')}
              view={view}
              total={items.length}
              options={options}
              rowKey={(q) => q.id}
              columns={[
                {
                  id: 'title',
                  header: t('quotes.quoteTitle'),
                  cell: (q) => (
                    <Link to={`/quotes/${q.id}`} className="strong">
                      {q.title}
                    </Link>
                  ),
                  truncate: true,
                  sortable: true,
                },
                {
                  id: 'client',
                  header: t('quotes.client'),
                  cell: (q) => q.clientName,
                  truncate: true,
                  sortable: true,
                },
                {
                  id: 'lines',
                  header: t('quotes.lines'),
                  cell: (q) => fmt.number(q.lineCount),
                  align: 'end',
                  sortable: true,
                },
                {
                  id: 'total',
                  header: t('quotes.total'),
                  cell: (q) => <span className="nowrap">{fmt.money(q.total, q.currency)}</span>,
                  align: 'end',
                  sortable: true,
                },
                {
                  id: 'margin',
                  header: t('quotes.margin'),
                  cell: (q) => <MarginCell percent={q.marginPercent} floor={floor} />,
                  align: 'end',
                  sortable: true,
                },
                {
                  id: 'owner',
                  header: t('quotes.owner'),
                  cell: (q) => q.ownerName ?? t('common.empty'),
                  sortable: true,
                },
                { id: 'export', header: t('exportDoc.column'), cell: (q) => <ExportMenu kind="quote" id={q.id} /> },
                {
                  id: 'updated',
                  header: t('quotes.updatedAt'),
                  cell: (q) => <span className="nowrap">{fmt.date(q.updatedAt)}</span>,
                  sortable: true,
                },
              ]}
            />
          )
        }
      </QueryView>
      {creating && <NewQuoteDialog clients={clientList} onClose={() => setCreating(false)} />}
    </>
  );
}
