import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { Link } from 'react-router';
import type { ProposalDetail } from '@shared/contract';
import { useCallQuery } from '../../api';
import { useFormat } from '../../i18n/format';

/** 花费: the section is the linked quote; pick one of the client's quotes and see its figures. */
export function QuoteLink({
  proposal,
  quoteId,
  onChange,
  readOnly,
}: {
  proposal: ProposalDetail;
  quoteId: number | null;
  onChange(id: number | null): void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const quotes = useCallQuery('quotes.list', {});
  const own = (quotes.data?.items ?? []).filter((q) => q.clientId === proposal.clientId);
  const q = proposal.quote && proposal.quote.id === quoteId ? proposal.quote : null;
  return (
    <div className="pe-quote">
      <Field label={t('proposalEditor.costQuote')} className="pe-inline-label">
        <select
          value={quoteId ?? ''}
          disabled={readOnly}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
        >
          <option value="">{t('proposalEditor.noQuote')}</option>
          {own.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title} · {fmt.money(o.total, o.currency)}
            </option>
          ))}
        </select>
      </Field>
      {quoteId !== null && <Link to={`/quotes/${quoteId}`}>{t('proposalEditor.openQuote')}</Link>}
      {q && (
        <p className="pe-quote-figures" data-testid="proposal-quote-figures">
          {t('proposalEditor.quoteFigures', {
            subtotal: fmt.money(q.subtotal, q.currency),
            discount: fmt.money(q.discount, q.currency),
            net: fmt.money(q.net, q.currency),
            total: fmt.money(q.total, q.currency),
          })}
          <br />
          {t('proposalEditor.margin')} {fmt.percent(q.marginPercent)} · {t('proposalEditor.deviation')}{' '}
          {fmt.percent(q.deviationPercent)}
        </p>
      )}
    </div>
  );
}
