import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '@shared/contract';
import { useCallQuery } from '../../api';
import { Badge, type BadgeTone } from '../../components/Badge';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';

const STATUS_TONE: Record<ClientSummary['status'], BadgeTone> = {
  active: 'success',
  paused: 'warning',
  let_go: 'muted',
};

export function ClientsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const clients = useCallQuery('clients.list', {});
  return (
    <>
      <PageHeader
        title={t('clients.title')}
        subtitle={t('clients.subtitle')}
        aside={
          clients.data &&
          clients.data.items.length > 0 && (
            <span className="muted">{t('clients.count', { count: clients.data.items.length })}</span>
          )
        }
      />
      <QueryView query={clients}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('clients.emptyTitle')} body={t('clients.emptyBody')} later={t('clients.emptyLater')} />
          ) : (
            <DataTable
              caption={t('clients.caption')}
              rows={items}
              rowKey={(c) => c.id}
              columns={[
                {
                  id: 'name',
                  header: t('clients.name'),
                  cell: (c) => <span className="strong">{c.name}</span>,
                  truncate: true,
                },
                { id: 'industry', header: t('clients.industry'), cell: (c) => c.industry },
                {
                  id: 'status',
                  header: t('clients.status'),
                  cell: (c) => <Badge tone={STATUS_TONE[c.status]}>{t(`clients.statuses.${c.status}`)}</Badge>,
                },
                {
                  id: 'price',
                  header: t('clients.priceSensitivity'),
                  cell: (c) => t(`clients.sensitivities.${c.priceSensitivity}`),
                },
                { id: 'owner', header: t('clients.owner'), cell: (c) => c.ownerName ?? t('common.empty') },
                {
                  id: 'contacts',
                  header: t('clients.contacts'),
                  cell: (c) => fmt.number(c.contactCount),
                  align: 'end',
                },
                { id: 'quotes', header: t('clients.quotes'), cell: (c) => fmt.number(c.quoteCount), align: 'end' },
                {
                  id: 'updated',
                  header: t('clients.updatedAt'),
                  cell: (c) => <span className="nowrap">{fmt.date(c.updatedAt)}</span>,
                },
              ]}
            />
          )
        }
      </QueryView>
    </>
  );
}
