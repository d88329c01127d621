import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCallQuery } from '../../api';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { APPROVAL_QUEUE_ARGS } from './panels';

/** Finance's day: the requests waiting for a decision and the money due. */
export function FinanceQueue() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queue = useCallQuery('approvals.queue', APPROVAL_QUEUE_ARGS);
  const receivables = useCallQuery('receivables.overview', {});
  return (
    <div className="record-grid">
      <section className="panel" aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="panel-title">
          {t('home.approvalQueue')}
        </h2>
        <QueryView query={queue}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="muted">{t('home.approvalQueueEmpty')}</p>
            ) : (
              <ul className="plain-list">
                {items.slice(0, 6).map((a) => (
                  <li key={a.id}>
                    <Link to="/finance">{a.proposalTitle}</Link>{' '}
                    <span className="muted">
                      · {a.clientName} · {fmt.money(a.net, a.currency)} · {fmt.percent(a.marginPercent)}
                    </span>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryView>
        <p className="panel-foot">
          <Link to="/finance">{t('home.approvalQueueOpen')}</Link>
        </p>
      </section>
      <section className="panel" aria-labelledby="receivables-heading">
        <h2 id="receivables-heading" className="panel-title">
          {t('home.receivables')}
        </h2>
        <QueryView query={receivables}>
          {(r) => (
            <>
              <dl className="facts">
                <div>
                  <dt>{t('home.outstanding')}</dt>
                  <dd className="num">{fmt.money(r.totals.outstanding, r.currency)}</dd>
                </div>
                <div>
                  <dt>{t('home.overdue')}</dt>
                  <dd className={r.totals.overdue > 0 ? 'num text-danger' : 'num'}>
                    {fmt.money(r.totals.overdue, r.currency)}
                  </dd>
                </div>
              </dl>
              {r.overdue.length === 0 ? (
                <p className="muted">{t('home.overdueEmpty')}</p>
              ) : (
                <ul className="plain-list">
                  {r.overdue.slice(0, 5).map((o) => (
                    <li key={o.milestoneId}>
                      <Link to={`/proposals/${o.proposalId}`}>{o.proposalTitle}</Link>{' '}
                      <span className="muted">
                        · {o.clientName} · {o.label} · {fmt.money(o.outstanding, r.currency)} ·{' '}
                        {t('home.daysOverdue', { count: o.daysOverdue })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </QueryView>
        <p className="panel-foot">
          <Link to="/finance/receivables">{t('home.receivablesOpen')}</Link>
        </p>
      </section>
    </div>
  );
}
