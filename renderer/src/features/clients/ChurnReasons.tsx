import { useTranslation } from 'react-i18next';
import type { ChurnReason } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import { useFormat } from '../../i18n/format';

/** 回款慢's figure is money (the amount over 60 days overdue); the others are counts or days. */
export function ChurnReasons({ reasons, currency }: { reasons: ChurnReason[]; currency: CurrencyCode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <span className="churn-reasons">
      {reasons.map((r) => (
        <span key={r.code} className="badge badge-danger">
          {t(`accounts.churn.${r.code}`, {
            value: r.code === 'slow_payment' && r.value !== null ? fmt.money(r.value, currency) : (r.value ?? ''),
          })}
        </span>
      ))}
    </span>
  );
}
