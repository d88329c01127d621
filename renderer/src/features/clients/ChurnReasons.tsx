import { useTranslation } from 'react-i18next';
import type { ChurnReason } from '@shared/contract';
import type { CurrencyCode } from '@shared/money';
import { useFormat } from '../../i18n/format';

/**
 * Each warning with the figure and the date behind it: a long silence says what the last contact
 * was; 回款慢's figure is money (the amount over 60 days overdue); the others are counts or days.
 */
export function ChurnReasons({ reasons, currency }: { reasons: ChurnReason[]; currency: CurrencyCode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = (r: ChurnReason) => {
    const date = r.date ? fmt.date(r.date) : '';
    if (r.code === 'long_silence' && r.contactKind)
      return t('accounts.churn.long_silence_since', {
        value: r.value ?? '',
        kind: t(`accounts.contactKinds.${r.contactKind}`),
        date,
      });
    const value = r.code === 'slow_payment' && r.value !== null ? fmt.money(r.value, currency) : (r.value ?? '');
    return t(`accounts.churn.${r.code}`, { value, date });
  };
  return (
    <span className="churn-reasons">
      {reasons.map((r) => (
        <span key={r.code} className="badge badge-danger">
          {label(r)}
        </span>
      ))}
    </span>
  );
}
