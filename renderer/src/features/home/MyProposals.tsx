import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OpenProposal } from '@shared/contract';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/format';
import { ProposalStatusBadge } from '../proposals/ProposalStatusBadge';

/** The signed-in user's proposals still in play, each with what has to happen next. */
export function MyProposals({ items }: { items: OpenProposal[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="my-proposals-heading">
      <h2 id="my-proposals-heading" className="panel-title">
        {t('home.myProposals')}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('home.myProposalsEmpty')}</p>
      ) : (
        <DataTable
          caption={t('home.myProposals')}
          rows={items}
          rowKey={(p) => p.id}
          columns={[
            {
              id: 'title',
              header: t('accounts.hub.titleColumn'),
              cell: (p) => <Link to={`/proposals/${p.id}`}>{p.title}</Link>,
              truncate: true,
            },
            {
              id: 'client',
              header: t('accounts.analytics.client'),
              cell: (p) => <Link to={`/clients/${p.clientId}`}>{p.clientName}</Link>,
              fit: true,
            },
            {
              id: 'status',
              header: t('accounts.hub.status'),
              cell: (p) => <ProposalStatusBadge status={p.status} />,
              fit: true,
            },
            {
              id: 'next',
              header: t('home.nextStep'),
              cell: (p) => <span className="strong">{t(`home.nextSteps.${p.nextStep}`)}</span>,
            },
            {
              id: 'sent',
              header: t('home.lastSent'),
              cell: (p) => (p.lastSentAt ? fmt.date(p.lastSentAt) : '—'),
              fit: true,
            },
          ]}
        />
      )}
    </section>
  );
}
