import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Every chart can also be read as a table (screen readers, exact figures, copying). */
export function ChartOrTable({ title, chart, table }: { title: string; chart: ReactNode; table: ReactNode }) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <div className="chart-or-table">
      <div className="segmented" role="group" aria-label={`${title} · ${t('accounts.analytics.view')}`}>
        {(['chart', 'table'] as const).map((v) => (
          <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`accounts.analytics.${v}`)}
          </button>
        ))}
      </div>
      <div className="chart-body">{view === 'chart' ? chart : table}</div>
    </div>
  );
}
