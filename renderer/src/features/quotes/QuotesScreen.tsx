import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { MarginCell } from './MarginCell';

export function QuotesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const quotes = useCallQuery('quotes.list', {});
  // The floor marks thin margins; the list still shows while settings load.
  const floor = useCallQuery('settings.get', {}).data?.marginFloorPercent ?? null;
  return (
    <>
      <PageHeader
        title={t('quotes.title')}
        subtitle={t('quotes.subtitle')}
        aside={
          quotes.data &&
          quotes.data.items.length > 0 && (
            <span className="muted">{t('quotes.count', { count: quotes.data.items.length })}</span>
          )
        }
      />
      <QueryView query={quotes}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('quotes.emptyTitle')} body={t('quotes.emptyBody')} later={t('quotes.emptyLater')} />
          ) : (
            <DataTable
              caption={t('quotes.caption')}
              rows={items}
              rowKey={(q) => q.id}
              columns={[
                {
                  id: 'title',
                  header: t('quotes.quoteTitle'),
                  cell: (q) => <span className="strong">{q.title}</span>,
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
    </>
  );
}
