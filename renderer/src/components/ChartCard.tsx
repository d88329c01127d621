import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './chart-card.css';

interface ChartViewProps {
  /** Names the switch and the table's scroll region for screen readers. */
  title: string;
  chart: ReactNode;
  /** The same figures exactly: for screen readers, copying, and whoever wants the numbers. */
  table: ReactNode;
  /**
   * `switch`: the chart or the table, one at a time (wide charts, long tables). `beside`: the table
   * stays beside the chart and the switch hides the chart (small panels read at a glance).
   */
  layout?: 'switch' | 'beside';
  /** Shown left of the switch, on its row (a panel's heading). */
  heading?: ReactNode;
  /** A line under the switch's row, above the chart. */
  hint?: ReactNode;
}

/** Every chart can also be read as a table: a Chart / Table switch over the two. */
export function ChartView({ title, chart, table, layout = 'switch', heading, hint }: ChartViewProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <div className={`chart-view chart-view-${layout}`}>
      <div className="chart-view-head">
        {heading}
        <div className="segmented" role="group" aria-label={`${title} · ${t('common.chartView')}`}>
          {(['chart', 'table'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
              {t(`common.${v}`)}
            </button>
          ))}
        </div>
      </div>
      {hint && <p className="muted panel-hint">{hint}</p>}
      <div className={`chart-view-body${view === 'table' ? ' chart-view-table-only' : ''}`}>
        {view === 'chart' && <div className="chart-view-plot">{chart}</div>}
        {(view === 'table' || layout === 'beside') && (
          // The table may scroll inside its panel: focusable, so arrow keys scroll it without a mouse.
          <div className="chart-view-table" role="region" tabIndex={0} aria-label={`${title} · ${t('common.table')}`}>
            {table}
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * The chart-with-table panel of the pipeline, the client analytics and finance: a heading (the
 * panel is labelled by it, `id`), an optional hint, and a chart readable as a table (`ChartView`).
 */
export function ChartCard({ id, ...view }: Omit<ChartViewProps, 'heading'> & { id: string }) {
  return (
    <section className="panel chart-card" aria-labelledby={id}>
      <ChartView
        {...view}
        heading={
          <h2 id={id} className="panel-title">
            {view.title}
          </h2>
        }
      />
    </section>
  );
}
