import { useTranslation } from 'react-i18next';
import { parsePercent } from '@shared/money';
import { useFormat } from '../../i18n/format';

/** Basis points, or null when the text is not a percent (an undefined margin, or no floor yet). */
function basisPoints(text: string | null): number | null {
  if (text === null) return null;
  const value = parsePercent(text);
  return Number.isNaN(value) ? null : value;
}

/** The margin, marked when it is under finance's floor (exact comparison, in basis points). */
export function MarginCell({ percent, floor }: { percent: string | null; floor: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const value = basisPoints(percent);
  const limit = basisPoints(floor);
  const below = value !== null && limit !== null && value < limit;
  if (!below) return <span>{fmt.percent(percent)}</span>;
  const label = t('quotes.belowFloor', { floor });
  return (
    <span className="margin-low" title={label}>
      <span aria-hidden="true">▼ </span>
      {fmt.percent(percent)}
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
