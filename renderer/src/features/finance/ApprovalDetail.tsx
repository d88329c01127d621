import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { Link } from 'react-router';
import type { ApprovalItem } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { useFormat } from '../../i18n/format';
import { findingText } from '../proposals/findings';
import { RoleFieldset } from '../../app/RoleFieldset';

/** One request in full: the figures, the discount's reason and condition, the lines driving the margin. */
export function ApprovalDetail({ item }: { item: ApprovalItem }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const fmt = useFormat();
  const [comment, setComment] = useState('');
  const decide = useCallMutation('approvals.decide');
  const money = (n: number) => fmt.money(n, item.currency);
  const none = <span className="muted">{t('financeQueue.none')}</span>;
  return (
    <section className="panel fq-detail" aria-labelledby="fq-detail-title" data-testid="approval-detail">
      <h2 id="fq-detail-title" className="panel-title">
        {item.proposalTitle} <span className="muted">· {item.clientName}</span>
      </h2>
      <p>
        <Link to={`/proposals/${item.proposalId}`}>{t('financeQueue.openProposal')}</Link>
      </p>
      {!item.current && item.status === 'pending' && <p className="form-error">{t('financeQueue.stale')}</p>}
      <dl className="facts fq-facts">
        <div>
          <dt>{t('financeQueue.net')}</dt>
          <dd>{money(item.net)}</dd>
        </div>
        <div>
          <dt>{t('financeQueue.cost')}</dt>
          <dd>{money(item.cost)}</dd>
        </div>
        <div>
          <dt>{t('financeQueue.grossMargin')}</dt>
          <dd>
            {money(item.grossMargin)} ({fmt.percent(item.marginPercent)} / {t('financeQueue.floor')}{' '}
            {fmt.percent(item.floorPercent)})
          </dd>
        </div>
        {item.marginPercentWithOptions !== null && (
          <div>
            <dt>{t('financeQueue.marginWithOptions')}</dt>
            <dd className={item.reasons.includes('margin_below_floor_with_options') ? 'margin-low' : undefined}>
              {fmt.percent(item.marginPercentWithOptions)} / {t('financeQueue.floor')} {fmt.percent(item.floorPercent)}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('financeQueue.discount')}</dt>
          <dd>
            {money(item.discount)} ({fmt.percent(item.discountPercent)} / {t('financeQueue.limit')}{' '}
            {fmt.percent(item.limitPercent)})
          </dd>
        </div>
        <div className="fq-wide">
          <dt>{t('financeQueue.discountReason')}</dt>
          <dd>{item.discountReason ?? none}</dd>
        </div>
        <div className="fq-wide">
          <dt>{t('financeQueue.discountCondition')}</dt>
          <dd>{item.discountCondition ?? none}</dd>
        </div>
        <div>
          <dt>{t('financeQueue.deviation')}</dt>
          <dd>{fmt.percent(item.deviationPercent)}</dd>
        </div>
        <div className="fq-wide">
          <dt>{t('financeQueue.difficulty')}</dt>
          <dd>{item.difficultyRationale ?? none}</dd>
        </div>
        <div className="fq-wide">
          <dt>{t('financeQueue.requestNote')}</dt>
          <dd>{item.requestNote || none}</dd>
        </div>
      </dl>
      <h3 className="subsection-title">{t('financeQueue.drivers')}</h3>
      <table className="data-table fq-drivers">
        <thead>
          <tr>
            <th scope="col">{t('financeQueue.driverLine')}</th>
            <th scope="col">{t('financeQueue.driverSection')}</th>
            <th scope="col" className="num">
              {t('financeQueue.driverPrice')}
            </th>
            <th scope="col" className="num">
              {t('financeQueue.driverCost')}
            </th>
            <th scope="col" className="num">
              {t('financeQueue.driverMargin')}
            </th>
          </tr>
        </thead>
        <tbody>
          {item.drivers.map((d) => (
            <tr key={`${d.sectionIndex}-${d.lineIndex}`}>
              <td>{d.line}</td>
              <td>{d.section}</td>
              <td className="num">{money(d.price)}</td>
              <td className="num">{money(d.cost)}</td>
              <td className="num">{fmt.percent(d.marginPercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {item.warnings.length > 0 && (
        <>
          <h3 className="subsection-title">{t('financeQueue.warnings')}</h3>
          <ul className="pe-findings">
            {item.warnings.map((w, i) => (
              <li key={i} className="pe-warning">
                ⚠ {findingText(t, w)}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.status === 'pending' && item.ownConflict ? (
        <p className="form-error" role="note" data-testid="own-conflict">
          {t(`financeQueue.ownConflict.${item.ownConflict}`)}
        </p>
      ) : item.status === 'pending' ? (
        <RoleFieldset call="approvals.decide">
          <div className="fq-decide">
            <Field label={t('financeQueue.comment')} hint={t('financeQueue.commentHint')}>
              <textarea rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
            </Field>
            <div className="pe-dialog-actions">
              <button
                type="button"
                className="btn"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ id: item.id, decision: 'rejected', comment })}
              >
                {t('financeQueue.reject')}
              </button>
              <button
                type="button"
                className="btn btn-primary"
                disabled={decide.isPending}
                onClick={() => decide.mutate({ id: item.id, decision: 'approved', comment })}
              >
                {t('financeQueue.approve')}
              </button>
            </div>
            {decide.error && (
              <p className="form-error" role="alert">
                {errorText(decide.error, lang)} {decide.error.issues.map((i) => i.messages[lang]).join(' ')}
              </p>
            )}
          </div>
        </RoleFieldset>
      ) : (
        <p>
          {t('financeQueue.decidedLine', {
            decision: t(`financeQueue.decisions.${item.status}`),
            by: item.decidedBy ?? '—',
            at: item.decidedAt ? fmt.dateTime(item.decidedAt) : '—',
          })}
          {item.comment && <span> · “{item.comment}”</span>}
        </p>
      )}
    </section>
  );
}
