import { useTranslation } from 'react-i18next';
import type { Pipeline, RateRow } from '@shared/archive/pipeline';
import { ChartCard } from '../../../components/ChartCard';
import { DataTable } from '../../../components/DataTable';
import { BarPlot } from '../../../components/Plot';
import { useFormat } from '../../../i18n/format';
import { COLORS } from './colors';

/** The win rate four ways: by owner, period, proposal type and client (the chart the top 8 clients). */
export function WinRatePanels({ winRate }: { winRate: Pipeline['winRate'] }) {
  const { t } = useTranslation();
  const ownerLabel = (r: RateRow) => r.label || t('archiveWork.pipeline.noOwner');
  const typeLabel = (r: RateRow) => t(`archiveWork.pipeline.types.${r.key as 'new_business'}`);
  const plain = (r: RateRow) => r.label;
  const panels = [
    { id: 'owner', by: 'byOwner', column: t('archiveWork.owner'), rows: winRate.byOwner, label: ownerLabel },
    { id: 'period', by: 'byPeriod', column: t('archiveWork.pipeline.period'), rows: winRate.byPeriod, label: plain },
    { id: 'type', by: 'byType', column: t('archiveWork.pipeline.byType'), rows: winRate.byType, label: typeLabel },
    { id: 'client', by: 'byClient', column: t('archiveWork.client'), rows: winRate.byClient, label: plain, top: 8 },
  ] as const;
  return panels.map((panel) => (
    <RatePanel
      key={panel.id}
      id={`ar-p-${panel.id}`}
      title={`${t('archiveWork.pipeline.winRate')} · ${t(`archiveWork.pipeline.${panel.by}`)}`}
      column={panel.column}
      rows={panel.rows}
      label={panel.label}
      chartRows={'top' in panel ? panel.top : undefined}
    />
  ));
}

function RatePanel({
  id,
  title,
  column,
  rows,
  label,
  chartRows,
}: {
  id: string;
  title: string;
  column: string;
  rows: RateRow[];
  label(r: RateRow): string;
  /** Only the first rows in the chart (the table has them all). */
  chartRows?: number;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const won = t('archiveWork.pipeline.won');
  const lost = t('archiveWork.pipeline.lost');
  return (
    <ChartCard
      id={id}
      title={title}
      layout="beside"
      chart={
        <BarPlot
          data={rows.slice(0, chartRows).map((r) => ({ name: label(r), won: r.won, lost: r.lost }))}
          x="name"
          counts
          allTicks
          series={[
            { key: 'won', name: won, color: COLORS.won, stack: 'a' },
            { key: 'lost', name: lost, color: COLORS.lost, stack: 'a' },
          ]}
        />
      }
      table={
        <DataTable
          caption={title}
          rows={rows}
          rowKey={(r) => r.key}
          columns={[
            { id: 'label', header: column, cell: label, rowHeader: true },
            { id: 'won', header: won, cell: (r) => r.won, align: 'end' },
            { id: 'lost', header: lost, cell: (r) => r.lost, align: 'end' },
            { id: 'open', header: t('archiveWork.pipeline.open'), cell: (r) => r.open, align: 'end' },
            { id: 'rate', header: t('archiveWork.pipeline.rate'), cell: (r) => fmt.percent(r.winRate), align: 'end' },
          ]}
        />
      }
    />
  );
}
