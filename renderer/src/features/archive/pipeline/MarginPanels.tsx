import { useTranslation } from 'react-i18next';
import type { Pipeline } from '@shared/archive/pipeline';
import { ChartCard } from '../../../components/ChartCard';
import { DataTable } from '../../../components/DataTable';
import { BarPlot, LinePlot } from '../../../components/Plot';
import { useFormat } from '../../../i18n/format';
import { COLORS } from './colors';

type AverageRow = Pipeline['margin']['byPeriod'][number];

/** The margins: how they spread, their average by period and by client, and the market deviation. */
export function MarginPanels({ margin, deviation }: Pick<Pipeline, 'margin' | 'deviation'>) {
  const { t } = useTranslation();
  const count = t('archiveWork.pipeline.count');
  const average = t('archiveWork.pipeline.average');
  // The plots take numbers; the core's averages are decimal strings (null: nothing to average).
  const plotted = (rows: AverageRow[]) =>
    rows.map((r) => ({ name: r.label, avg: r.average === null ? null : Number(r.average) }));
  const deviationRows = deviation.map((r) => ({ ...r, key: r.period, label: r.period }));
  return (
    <>
      <ChartCard
        id="ar-p-margin"
        title={t('archiveWork.pipeline.distribution')}
        layout="beside"
        chart={
          <BarPlot
            data={margin.distribution}
            x="label"
            counts
            allTicks
            series={[{ key: 'count', name: count, color: COLORS.margin }]}
          />
        }
        table={
          <DataTable
            caption={t('archiveWork.pipeline.distribution')}
            rows={margin.distribution}
            rowKey={(b) => b.label}
            columns={[
              { id: 'range', header: t('archiveWork.pipeline.range'), cell: (b) => b.label, rowHeader: true },
              { id: 'count', header: count, cell: (b) => b.count, align: 'end' },
            ]}
          />
        }
      />
      <ChartCard
        id="ar-p-margin-period"
        title={t('archiveWork.pipeline.marginByPeriod')}
        layout="beside"
        chart={
          <LinePlot
            data={plotted(margin.byPeriod)}
            x="name"
            unit="%"
            series={[{ key: 'avg', name: average, color: COLORS.margin }]}
          />
        }
        table={<AverageTable column={t('archiveWork.pipeline.period')} rows={margin.byPeriod} />}
      />
      <ChartCard
        id="ar-p-margin-client"
        title={t('archiveWork.pipeline.marginByClient')}
        layout="beside"
        chart={
          <BarPlot
            data={plotted(margin.byClient.slice(0, 8)).map((r) => ({ ...r, avg: r.avg ?? 0 }))}
            x="name"
            unit="%"
            allTicks
            series={[{ key: 'avg', name: average, color: COLORS.margin }]}
          />
        }
        table={<AverageTable column={t('archiveWork.client')} rows={margin.byClient} />}
      />
      <ChartCard
        id="ar-p-deviation"
        title={t('archiveWork.pipeline.deviation')}
        layout="beside"
        chart={
          <LinePlot
            data={plotted(deviationRows)}
            x="name"
            unit="%"
            series={[{ key: 'avg', name: t('archiveWork.pipeline.deviationAvg'), color: COLORS.value }]}
          />
        }
        table={
          <AverageTable
            column={t('archiveWork.pipeline.period')}
            averageHeader={t('archiveWork.pipeline.deviationAvg')}
            rows={deviationRows}
          />
        }
      />
    </>
  );
}

/** Rows of a count and an average percent, named by their label. */
function AverageTable({ column, rows, averageHeader }: { column: string; rows: AverageRow[]; averageHeader?: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <DataTable
      caption={column}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { id: 'label', header: column, cell: (r) => r.label, rowHeader: true },
        { id: 'count', header: t('archiveWork.pipeline.count'), cell: (r) => r.count, align: 'end' },
        {
          id: 'avg',
          header: averageHeader ?? t('archiveWork.pipeline.average'),
          cell: (r) => fmt.percent(r.average),
          align: 'end',
        },
      ]}
    />
  );
}
