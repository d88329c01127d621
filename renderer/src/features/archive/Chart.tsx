import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A chart with its table beside it (exact figures, screen readers), or on a narrow screen a switch. */
export function ChartWithTable({
  title,
  chart,
  table,
  id,
}: {
  title: string;
  chart: ReactNode;
  table: ReactNode;
  id: string;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<'both' | 'table'>('both');
  return (
    <section className="panel ar-chart" aria-labelledby={id}>
      <div className="ar-chart-head">
        <h2 id={id} className="panel-title">
          {title}
        </h2>
        <div className="segmented" role="group" aria-label={title}>
          <button type="button" aria-pressed={view === 'both'} onClick={() => setView('both')}>
            {t('archiveWork.pipeline.chart')}
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            {t('archiveWork.pipeline.table')}
          </button>
        </div>
      </div>
      <div className={`ar-chart-body${view === 'table' ? ' ar-table-only' : ''}`}>
        {view === 'both' && <div className="ar-chart-plot">{chart}</div>}
        {/* The table scrolls inside its panel: focusable, so arrow keys scroll it without a mouse. */}
        <div
          className="ar-chart-table"
          role="region"
          tabIndex={0}
          aria-label={`${title} · ${t('archiveWork.pipeline.table')}`}
        >
          {table}
        </div>
      </div>
    </section>
  );
}
