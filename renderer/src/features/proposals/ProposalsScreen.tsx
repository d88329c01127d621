import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROPOSAL_STATUSES, type ProposalSummary } from '@shared/contract';
import { useCallQuery } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { distinctSorted, FilteredList } from '../../components/lists/FilteredList';
import type { RowFacts } from '@shared/lists/filter';
import { useListView } from '../../components/lists/useListView';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ExportMenu } from '../export/ExportMenu';
import { NewProposalDialog } from './NewProposalDialog';
import { ProposalStatusBadge } from './ProposalStatusBadge';

const factsOf = (p: ProposalSummary): RowFacts => ({
  text: [p.title, p.clientName, p.ownerName ?? '', p.quoteTitle ?? ''],
  client: p.clientName,
  owner: p.ownerName,
  status: p.status,
  updatedAt: p.updatedAt,
  amount: p.total === null || p.currency === null ? null : { minor: p.total, currency: p.currency },
});

const sortValueOf = (p: ProposalSummary, column: string): string | number | null =>
  column === 'title'
    ? p.title
    : column === 'client'
      ? p.clientName
      : column === 'status'
        ? PROPOSAL_STATUSES.indexOf(p.status)
        : column === 'quote'
          ? p.quoteTitle
          : column === 'amount'
            ? p.total
            : column === 'owner'
              ? p.ownerName
              : p.updatedAt;

export function ProposalsScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const proposals = useCallQuery('proposals.list', {});
  const clients = useCallQuery('clients.list', {});
  const [creating, setCreating] = useState(false);
  const clientList = clients.data?.items ?? [];
  const all = useMemo(() => proposals.data?.items ?? [], [proposals.data]);
  const view = useListView('proposals', all, factsOf, sortValueOf);
  const options = useMemo(
    () => ({
      clients: distinctSorted(all.map((p) => p.clientName)),
      owners: distinctSorted(all.map((p) => p.ownerName)),
      statuses: PROPOSAL_STATUSES.map((value) => ({ value, label: t(`proposals.statuses.${value}`) })),
    }),
    [all, t],
  );
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
            <FilteredList
              caption={t('proposals.caption')}
              view={view}
              total={items.length}
              options={options}
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
                  sortable: true,
                },
                {
                  id: 'client',
                  header: t('proposals.client'),
                  cell: (p) => p.clientName,
                  truncate: true,
                  sortable: true,
                },
                {
                  id: 'status',
                  header: t('proposals.status'),
                  cell: (p) => <ProposalStatusBadge status={p.status} />,
                  sortable: true,
                },
                {
                  id: 'quote',
                  header: t('proposals.quote'),
                  cell: (p) => p.quoteTitle ?? t('common.empty'),
                  truncate: true,
                  sortable: true,
                },
                {
                  id: 'amount',
                  header: t('proposals.amount'),
                  cell: (p) =>
                    p.total === null || p.currency === null ? (
                      t('common.empty')
                    ) : (
                      <span className="nowrap">{fmt.money(p.total, p.currency)}</span>
                    ),
                  align: 'end',
                  sortable: true,
                },
                {
                  id: 'owner',
                  header: t('proposals.owner'),
                  cell: (p) => p.ownerName ?? t('common.empty'),
                  sortable: true,
                },
                {
                  id: 'export',
                  header: t('exportDoc.column'),
                  cell: (p) => <ExportMenu kind="proposal" id={p.id} />,
                },
                {
                  id: 'updated',
                  header: t('proposals.updatedAt'),
                  cell: (p) => <span className="nowrap">{fmt.date(p.updatedAt)}</span>,
                  sortable: true,
                },
              ]}
            />
          )
        }
      </QueryView>
    </>
  );
}
