import { useTranslation } from 'react-i18next';
import type { ClientFigures } from '@shared/contract';

/**
 * A lifetime figure says what it is: a let-go or asleep client's is what it brought (historic), not
 * a projection of a relationship that has stopped.
 */
export function ValueWithBasis({
  figures,
  value,
  strong,
}: {
  figures: ClientFigures;
  value: string;
  strong?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className={strong ? 'strong' : undefined}>
      {value}
      {figures.valueBasis === 'historic' && (
        <>
          {' '}
          <span className="badge badge-neutral" title={t('accounts.analytics.historicHint')}>
            {t('accounts.analytics.historic')}
          </span>
        </>
      )}
    </span>
  );
}
