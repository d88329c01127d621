import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AGING_BUCKETS } from '@shared/collection';
import type { Receivables } from '@shared/contract';
import { useCallQuery } from '../../api';
import { DataTable } from '../../components/DataTable';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { FinanceTabs } from './FinanceTabs';
import { exportReceivablesCsv } from './receivablesCsv';
import './collection.css';

/** /finance/receivables — outstanding by client, aging 0–30/31–60/61–90/>90, the overdue list, CSV. */
export function ReceivablesScreen() {
  const { t } = useTranslation();
  const r = useCallQuery('receivables.overview', {});
  return (
    <>
      <PageHeader
        title={t('collection.receivables.title')}
        subtitle={r.data ? t('collection.receivables.subtitle', { date: r.data.asOf }) : undefined}
      />
      <FinanceTabs />
      <QueryView query={r}>{(data) => <ReceivablesBody r={data} />}</QueryView>
    </>
  );
}

function ReceivablesBody({ r }: { r: Receivables }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = (n: number) => fmt.money(n, r.currency);
  const totals = r.totals;
  const max = Math.max(1, ...AGING_BUCKETS.map((b) => totals.aging[b]));
  if (r.clients.length === 0) return <p className="panel muted">{t('collection.receivables.empty')}</p>;
  return (
    <>
      <div className="rc-cards" data-testid="receivables-totals">
        {(
          [
            ['outstanding', totals.outstanding],
            ['overdue', totals.overdue],
            ['overdue60', totals.overdue60],
            ['collected', totals.collectedThisYear],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className={`panel rc-card${key.startsWith('overdue') && value > 0 ? ' rc-alert' : ''}`}>
            <div className="muted">{t(`collection.receivables.${key}`)}</div>
            <div className="rc-figure num" data-testid={`rc-${key}`}>
              {money(value)}
            </div>
          </div>
        ))}
        <div className="panel rc-card">
          <div className="muted">{t('collection.receivables.dso')}</div>
          <div className="rc-figure num">
            {totals.dso === null ? '—' : t('collection.receivables.dsoDays', { days: totals.dso })}
          </div>
        </div>
      </div>
      <section className="panel" aria-labelledby="rc-aging">
        <div className="panel-head cl-head">
          <h2 id="rc-aging" className="panel-title">
            {t('collection.receivables.aging')}
          </h2>
          <button type="button" className="btn btn-small" onClick={() => void exportReceivablesCsv(r, t)}>
            {t('collection.receivables.csv')}
          </button>
        </div>
        <ul className="rc-aging" aria-label={t('collection.receivables.aging')}>
          {AGING_BUCKETS.map((b) => (
            <li key={b} className={`rc-bucket rc-${b}`}>
              <span className="rc-bucket-label">{t(`collection.receivables.buckets.${b}`)}</span>
              <span className="rc-bar" aria-hidden="true">
                <span style={{ width: `${(totals.aging[b] / max) * 100}%` }} />
              </span>
              <span className="num">{money(totals.aging[b])}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="rc-clients">
        <h2 id="rc-clients" className="panel-title">
          {t('collection.receivables.byClient')}
        </h2>
        <DataTable
          caption={t('collection.receivables.byClient')}
          rows={r.clients}
          rowKey={(c) => c.clientId}
          columns={[
            {
              id: 'name',
              header: t('collection.receivables.client'),
              cell: (c) => <Link to={`/clients/${c.clientId}`}>{c.name}</Link>,
              truncate: true,
            },
            {
              id: 'out',
              header: t('collection.receivables.outstanding'),
              cell: (c) => money(c.outstanding),
              align: 'end',
            },
            { id: 'over', header: t('collection.receivables.overdue'), cell: (c) => money(c.overdue), align: 'end' },
            ...AGING_BUCKETS.map((b) => ({
              id: b,
              header: t(`collection.receivables.buckets.${b}`),
              cell: (c: Receivables['clients'][number]) => (c.aging[b] === 0 ? '—' : money(c.aging[b])),
              align: 'end' as const,
            })),
            {
              id: 'collected',
              header: t('collection.receivables.collected'),
              cell: (c) => money(c.collectedThisYear),
              align: 'end',
            },
            {
              id: 'dso',
              header: 'DSO',
              cell: (c) => (c.dso === null ? '—' : t('collection.receivables.dsoDays', { days: c.dso })),
              align: 'end',
            },
          ]}
        />
      </section>
      <section className="panel" aria-labelledby="rc-overdue">
        <h2 id="rc-overdue" className="panel-title">
          {t('collection.receivables.overdueList')}
        </h2>
        {r.overdue.length === 0 ? (
          <p className="muted">{t('collection.receivables.noOverdue')}</p>
        ) : (
          <DataTable
            caption={t('collection.receivables.overdueList')}
            rows={r.overdue}
            rowKey={(o) => o.milestoneId}
            columns={[
              { id: 'client', header: t('collection.receivables.client'), cell: (o) => o.clientName, fit: true },
              {
                id: 'proposal',
                header: t('collection.receivables.proposal'),
                cell: (o) => <Link to={`/proposals/${o.proposalId}`}>{o.proposalTitle}</Link>,
                truncate: true,
              },
              { id: 'label', header: t('collection.receivables.milestone'), cell: (o) => o.label, fit: true },
              { id: 'due', header: t('collection.receivables.dueOn'), cell: (o) => fmt.date(o.dueOn), fit: true },
              {
                id: 'days',
                header: t('collection.receivables.daysOverdue'),
                cell: (o) => (
                  <span className={o.daysOverdue > 60 ? 'text-danger strong' : undefined}>{o.daysOverdue}</span>
                ),
                align: 'end',
              },
              {
                id: 'out',
                header: t('collection.receivables.outstanding'),
                cell: (o) => money(o.outstanding),
                align: 'end',
              },
              {
                id: 'inv',
                header: t('collection.receivables.invoice'),
                cell: (o) => o.invoiceNumber ?? '—',
                fit: true,
              },
            ]}
          />
        )}
      </section>
    </>
  );
}
