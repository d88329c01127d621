import { useTranslation } from 'react-i18next';
import './collection.css';
import type { ClientFigures } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import { useCallQuery } from '../../api';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';

/**
 * A client's profit before and after the cost to serve, and its collection: collected this year,
 * outstanding, overdue, DSO (DOMAIN.md §7). Its own panel, so the record hub can place it.
 */
export function ClientMoneyPanel({
  clientId,
  figures,
  currency,
}: {
  clientId: number;
  figures: ClientFigures | undefined;
  currency: CurrencyCode;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const collection = useCallQuery('receivables.client', { clientId });
  const money = (n: number) => fmt.money(n, currency);
  return (
    <section className="panel" aria-labelledby="client-money-heading" data-testid="client-money">
      <h2 id="client-money-heading" className="panel-title">
        {t('collection.money.title')}
      </h2>
      {figures && (
        <dl className="facts facts-wrap cl-facts">
          <div>
            <dt>{t('collection.money.profit12m')}</dt>
            <dd className="num">{money(figures.profit12m)}</dd>
          </div>
          <div>
            <dt>{t('collection.money.costToServe12m')}</dt>
            <dd className="num">{money(figures.costToServe12m)}</dd>
          </div>
          <div>
            <dt>{t('collection.money.profitAfter')}</dt>
            <dd className="num" data-testid="profit-after">
              {money(figures.profit12mAfterCostToServe)}
            </dd>
          </div>
          <div>
            <dt>{t('collection.money.lifetimeAfter')}</dt>
            <dd className="num">{money(figures.lifetimeProfitAfterCostToServe)}</dd>
          </div>
        </dl>
      )}
      <QueryView query={collection}>
        {(c) => (
          <dl className="facts facts-wrap cl-facts">
            <div>
              <dt>{t('collection.money.collected')}</dt>
              <dd className="num" data-testid="collected">
                {money(c.collectedThisYear)}
              </dd>
            </div>
            <div>
              <dt>{t('collection.money.outstanding')}</dt>
              <dd className="num" data-testid="outstanding">
                {money(c.outstanding)}
              </dd>
            </div>
            <div>
              <dt>{t('collection.money.overdue')}</dt>
              <dd className={c.overdue > 0 ? 'num text-danger' : 'num'}>{money(c.overdue)}</dd>
            </div>
            <div>
              <dt>{t('collection.money.dso')}</dt>
              <dd className="num">{c.dso === null ? '—' : t('collection.receivables.dsoDays', { days: c.dso })}</dd>
            </div>
          </dl>
        )}
      </QueryView>
    </section>
  );
}
