import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClientDetail, ClientFigures } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import { useCallQuery } from '../../api';
import { DataTable } from '../../components/DataTable';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { NewProposalDialog } from '../proposals/NewProposalDialog';
import { ProposalStatusBadge } from '../proposals/ProposalStatusBadge';
import { NewQuoteDialog } from '../quotes/NewQuoteDialog';

/**
 * The client record as the hub of the account (issue 15): won revenue and margin this year and all
 * time (the analytics' own figures), the last contact, open complaints, and the client's quotes and
 * proposals — with a new quote or proposal for this client one click away.
 */
export function ClientWorkPanel({
  client,
  figures,
  currency,
}: {
  client: ClientDetail;
  figures: ClientFigures | undefined;
  currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const work = useCallQuery('clients.work', { clientId: client.id });
  const complaints = useCallQuery('complaints.list', { clientId: client.id });
  const [creating, setCreating] = useState<'quote' | 'proposal' | null>(null);
  const open = complaints.data?.items.filter((c) => c.resolvedOn === '').length;
  return (
    <section className="panel" aria-labelledby="work-heading">
      <div className="panel-head">
        <h2 id="work-heading" className="panel-title">
          {t('accounts.hub.title')}
        </h2>
        <div className="record-actions">
          <button type="button" className="btn btn-small" onClick={() => setCreating('quote')}>
            {t('accounts.hub.newQuote')}
          </button>
          <button type="button" className="btn btn-small" onClick={() => setCreating('proposal')}>
            {t('accounts.hub.newProposal')}
          </button>
        </div>
      </div>
      <dl className="facts facts-wrap" data-testid="hub-figures">
        <div>
          <dt>{t('accounts.hub.revenueThisYear')}</dt>
          <dd className="num">{figures ? fmt.money(figures.revenueThisYear, currency) : '…'}</dd>
        </div>
        <div>
          <dt>{t('accounts.hub.marginThisYear')}</dt>
          <dd className="num">{figures ? fmt.percent(figures.marginPercentThisYear) : '…'}</dd>
        </div>
        <div>
          <dt>{t('accounts.hub.revenueAllTime')}</dt>
          <dd className="num">{figures ? fmt.money(figures.revenue, currency) : '…'}</dd>
        </div>
        <div>
          <dt>{t('accounts.hub.marginAllTime')}</dt>
          <dd className="num">{figures ? fmt.percent(figures.marginPercent) : '…'}</dd>
        </div>
        <div>
          <dt>{t('accounts.hub.lastContact')}</dt>
          <dd>
            {figures
              ? figures.lastContactKind
                ? t('accounts.hub.lastContactWas', {
                    kind: t(`accounts.contactKinds.${figures.lastContactKind}`),
                    date: fmt.date(figures.lastTouch),
                    days: figures.daysSinceTouch,
                  })
                : t('accounts.hub.noContact')
              : '…'}
          </dd>
        </div>
        <div>
          <dt>{t('accounts.hub.openComplaints')}</dt>
          <dd className={open ? 'num text-danger' : 'num'}>{open ?? '…'}</dd>
        </div>
      </dl>
      <QueryView query={work}>
        {(w) => (
          <>
            <h3 className="subsection-title hub-list-title">
              {t('accounts.hub.proposals', { count: w.proposals.length })}
            </h3>
            {w.proposals.length === 0 ? (
              <p className="muted">{t('accounts.hub.noProposals')}</p>
            ) : (
              <DataTable
                caption={t('accounts.hub.proposals', { count: w.proposals.length })}
                rows={w.proposals}
                rowKey={(p) => p.id}
                columns={[
                  {
                    id: 'title',
                    header: t('accounts.hub.titleColumn'),
                    cell: (p) => <Link to={`/proposals/${p.id}`}>{p.title}</Link>,
                    truncate: true,
                  },
                  {
                    id: 'status',
                    header: t('accounts.hub.status'),
                    cell: (p) => <ProposalStatusBadge status={p.status} />,
                    fit: true,
                  },
                  {
                    id: 'amount',
                    header: t('accounts.hub.amount'),
                    cell: (p) => (p.net !== null && p.currency ? fmt.money(p.net, p.currency) : '—'),
                    align: 'end',
                  },
                  {
                    id: 'sent',
                    header: t('accounts.hub.lastSent'),
                    cell: (p) => (p.lastSentAt ? `v${p.versions} · ${fmt.dateTime(p.lastSentAt)}` : '—'),
                    fit: true,
                  },
                  { id: 'owner', header: t('accounts.hub.owner'), cell: (p) => p.ownerName ?? '', fit: true },
                ]}
              />
            )}
            <h3 className="subsection-title hub-list-title">{t('accounts.hub.quotes', { count: w.quotes.length })}</h3>
            {w.quotes.length === 0 ? (
              <p className="muted">{t('accounts.hub.noQuotes')}</p>
            ) : (
              <DataTable
                caption={t('accounts.hub.quotes', { count: w.quotes.length })}
                rows={w.quotes}
                rowKey={(q) => q.id}
                columns={[
                  {
                    id: 'title',
                    header: t('accounts.hub.titleColumn'),
                    cell: (q) => <Link to={`/quotes/${q.id}`}>{q.title}</Link>,
                    truncate: true,
                  },
                  { id: 'net', header: t('accounts.hub.net'), cell: (q) => fmt.money(q.net, q.currency), align: 'end' },
                  {
                    id: 'total',
                    header: t('accounts.hub.total'),
                    cell: (q) => fmt.money(q.total, q.currency),
                    align: 'end',
                  },
                  {
                    id: 'margin',
                    header: t('accounts.hub.margin'),
                    cell: (q) => fmt.percent(q.marginPercent),
                    align: 'end',
                  },
                  {
                    id: 'updated',
                    header: t('accounts.hub.updated'),
                    cell: (q) => fmt.dateTime(q.updatedAt),
                    fit: true,
                  },
                ]}
              />
            )}
          </>
        )}
      </QueryView>
      {creating && <NewWorkDialog kind={creating} clientId={client.id} onClose={() => setCreating(null)} />}
    </section>
  );
}

/** The dialog of the quote or proposal area, the client chosen; the client list is read when it opens. */
function NewWorkDialog({ kind, clientId, onClose }: { kind: 'quote' | 'proposal'; clientId: number; onClose(): void }) {
  const clients = useCallQuery('clients.list', {});
  if (!clients.data) return null;
  return kind === 'quote' ? (
    <NewQuoteDialog clients={clients.data.items} clientId={clientId} onClose={onClose} />
  ) : (
    <NewProposalDialog clients={clients.data.items} clientId={clientId} onClose={onClose} />
  );
}
