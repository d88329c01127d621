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
import { NewProposalDialog } from './NewProposalDialog';
import { ProposalStatusBadge } from './ProposalStatusBadge';

export function ProposalsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const proposals = useCallQuery('proposals.list', {});
  const clients = useCallQuery('clients.list', {});
  const [creating, setCreating] = useState(false);
  const clientList = clients.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('proposals.title')}
        subtitle={t('proposals.subtitle')}
        aside={
          <span className="pe-list-aside">
            {proposals.data && proposals.data.items.length > 0 && (
              <span className="muted">{t('proposals.count', { count: proposals.data.items.length })}</span>
            )}
            <button
              type="button"
              className="btn btn-primary"
              disabled={clientList.length === 0}
              title={clientList.length === 0 ? t('proposalEditor.needClient') : undefined}
              onClick={() => setCreating(true)}
            >
              + {t('proposalEditor.newProposal')}
            </button>
          </span>
        }
      />
      {creating && <NewProposalDialog clients={clientList} onClose={() => setCreating(false)} />}
      <QueryView query={proposals}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('proposals.emptyTitle')} body={t('proposals.emptyBody')} />
          ) : (
            <DataTable
              caption={t('proposals.caption')}
              rows={items}
              rowKey={(p) => p.id}
              columns={[
                {
                  id: 'title',
                  header: t('proposals.proposalTitle'),
                  cell: (p) => (
                    <Link to={`/proposals/${p.id}`} className="strong">
                      {p.title}
                    </Link>
                  ),
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
                { id: 'export', header: t('exportDoc.column'), cell: (p) => <ExportMenu kind="proposal" id={p.id} /> },
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
