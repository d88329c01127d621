import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ProposalStatusBadge } from './ProposalStatusBadge';

export function ProposalsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const proposals = useCallQuery('proposals.list', {});
  return (
    <>
      <PageHeader
        title={t('proposals.title')}
        subtitle={t('proposals.subtitle')}
        aside={
          proposals.data &&
          proposals.data.items.length > 0 && (
            <span className="muted">{t('proposals.count', { count: proposals.data.items.length })}</span>
          )
        }
      />
      <QueryView query={proposals}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState
              title={t('proposals.emptyTitle')}
              body={t('proposals.emptyBody')}
              later={t('proposals.emptyLater')}
            />
          ) : (
            <DataTable
              caption={t('proposals.caption')}
              rows={items}
              rowKey={(p) => p.id}
              columns={[
                {
                  id: 'title',
                  header: t('proposals.proposalTitle'),
                  cell: (p) => <span className="strong">{p.title}</span>,
                  truncate: true,
                },
                { id: 'client', header: t('proposals.client'), cell: (p) => p.clientName, truncate: true },
                { id: 'status', header: t('proposals.status'), cell: (p) => <ProposalStatusBadge status={p.status} /> },
                {
                  id: 'quote',
                  header: t('proposals.quote'),
                  cell: (p) => p.quoteTitle ?? t('common.empty'),
                  truncate: true,
                },
                { id: 'owner', header: t('proposals.owner'), cell: (p) => p.ownerName ?? t('common.empty') },
                {
                  id: 'updated',
                  header: t('proposals.updatedAt'),
                  cell: (p) => <span className="nowrap">{fmt.date(p.updatedAt)}</span>,
                },
              ]}
            />
          )
        }
      </QueryView>
    </>
  );
}
