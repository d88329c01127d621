import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCallQuery } from '../../api';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';
import { MarginCell } from './MarginCell';
import { NewQuoteDialog } from './NewQuoteDialog';
import { QuotesTabs } from './QuotesTabs';
import './editor/quote-editor.css';

export function QuotesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const quotes = useCallQuery('quotes.list', {});
  const clients = useCallQuery('clients.list', {});
  const [creating, setCreating] = useState(false);
  // The floor marks thin margins; the list still shows while settings load.
  const floor = useCallQuery('settings.get', {}).data?.marginFloorPercent ?? null;
  const clientList = clients.data?.items ?? [];
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
            <DataTable
              caption={t('quotes.caption')}
              rows={items}
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
                },
                { id: 'client', header: t('quotes.client'), cell: (q) => q.clientName, truncate: true },
                { id: 'lines', header: t('quotes.lines'), cell: (q) => fmt.number(q.lineCount), align: 'end' },
                {
                  id: 'total',
                  header: t('quotes.total'),
                  cell: (q) => <span className="nowrap">{fmt.money(q.total, q.currency)}</span>,
                  align: 'end',
                },
                {
                  id: 'margin',
                  header: t('quotes.margin'),
                  cell: (q) => <MarginCell percent={q.marginPercent} floor={floor} />,
                  align: 'end',
                },
                { id: 'owner', header: t('quotes.owner'), cell: (q) => q.ownerName ?? t('common.empty') },
                { id: 'export', header: t('exportDoc.column'), cell: (q) => <ExportMenu kind="quote" id={q.id} /> },
                {
                  id: 'updated',
                  header: t('quotes.updatedAt'),
                  cell: (q) => <span className="nowrap">{fmt.date(q.updatedAt)}</span>,
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
