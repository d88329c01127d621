import { useTranslation } from 'react-i18next';
import type { ChurnReason } from '@shared/contract';

export function ChurnReasons({ reasons }: { reasons: ChurnReason[] }) {
  const { t } = useTranslation();
  return (
    <span className="churn-reasons">
      {reasons.map((r) => (
        <span key={r.code} className="badge badge-danger">
          {t(`accounts.churn.${r.code}`, { value: r.value ?? '' })}
        </span>
      ))}
    </span>
  );
}
