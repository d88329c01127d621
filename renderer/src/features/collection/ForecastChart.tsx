import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

const COLORS = { unweighted: '#b7c3d6', weighted: '#2f5d8a' };

export interface ForecastChartProps {
  /** One bar pair per expected decision month, in major units (the axis reads them as they are). */
  data: { month: string; unweighted: number; weighted: number }[];
  /** Minor units as the UI writes money, for the tooltip. */
  money(minor: number): string;
}

/** The forecast's bars, unweighted beside weighted: its own module, as it is all recharts. */
export function ForecastChart({ data, money }: ForecastChartProps) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis tick={{ fontSize: 12 }} width={72} />
        <Tooltip formatter={(v) => money(Math.round(Number(v) * 100))} />
        <Legend />
        <Bar dataKey="unweighted" name={t('collection.forecast.unweighted')} fill={COLORS.unweighted} />
        <Bar dataKey="weighted" name={t('collection.forecast.weighted')} fill={COLORS.weighted} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
