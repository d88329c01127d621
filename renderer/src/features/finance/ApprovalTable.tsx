import { useTranslation } from 'react-i18next';
import type { ApprovalItem } from '@shared/contract';
import { useFormat } from '../../i18n/format';

/** One row per request: whose proposal, the margin against the floor, the discount against the limit. */
export function ApprovalTable({
  items,
  selected,
  onSelect,
}: {
  items: ApprovalItem[];
  selected: number | null;
  onSelect(id: number): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="table-wrap">
      <table className="data-table fq-table">
        <caption className="visually-hidden">{t('financeQueue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('financeQueue.proposal')}</th>
            <th scope="col">{t('financeQueue.client')}</th>
            <th scope="col">{t('financeQueue.requestedBy')}</th>
            <th scope="col" className="num">
              {t('financeQueue.margin')}
            </th>
            <th scope="col" className="num">
              {t('financeQueue.discount')}
            </th>
            <th scope="col">{t('financeQueue.reasons')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr
              key={i.id}
              className={i.id === selected ? 'fq-selected' : undefined}
              aria-selected={i.id === selected}
              onClick={() => onSelect(i.id)}
            >
              <td>
                <button type="button" className="link-button strong" onClick={() => onSelect(i.id)}>
                  {i.proposalTitle}
                </button>
              </td>
              <td>{i.clientName}</td>
              <td>
                {i.requestedBy ?? '—'}
                <br />
                <span className="muted">{fmt.dateTime(i.requestedAt)}</span>
              </td>
              <td className="num">
                <span className={i.reasons.includes('margin_below_floor') ? 'margin-low' : undefined}>
                  {fmt.percent(i.marginPercent)}
                </span>
                <br />
                <span className="muted">
                  {t('financeQueue.floor')} {fmt.percent(i.floorPercent)}
                </span>
              </td>
              <td className="num">
                <span className={i.reasons.includes('discount_over_limit') ? 'margin-low' : undefined}>
                  {fmt.percent(i.discountPercent)}
                </span>
                <br />
                <span className="muted">
                  {t('financeQueue.limit')} {fmt.percent(i.limitPercent)}
                </span>
              </td>
              <td>
                {i.status !== 'pending' ? (
                  <span className={`badge badge-${i.status === 'approved' ? 'success' : 'danger'}`}>
                    {t(`financeQueue.decisions.${i.status}`)}
                  </span>
                ) : (
                  i.reasons.map((r) => (
                    <span key={r} className="badge badge-warning fq-reason">
                      {t(`financeQueue.reasonBadges.${r}`)}
                    </span>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
