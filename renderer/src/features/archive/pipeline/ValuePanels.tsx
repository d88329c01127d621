import { useTranslation } from 'react-i18next';
import type { Pipeline } from '@shared/archive/pipeline';
import { ChartCard } from '../../../components/ChartCard';
import { DataTable } from '../../../components/DataTable';
import { BarPlot } from '../../../components/Plot';
import { useFormat } from '../../../i18n/format';
import { COLORS } from './colors';

/** What is in play by status (value in the pipeline's currency). */
export function StatusPanel({ rows, money }: { rows: Pipeline['valueByStatus']; money(minor: number): string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const named = rows.map((s) => ({ ...s, name: t(`archiveWork.statuses.${s.status}`) }));
  const value = t('archiveWork.pipeline.value');
  return (
    <ChartCard
      id="ar-p-status"
      title={t('archiveWork.pipeline.valueByStatus')}
      layout="beside"
      chart={
        <BarPlot
          data={named}
          x="name"
          allTicks
          // Ticks in whole units: minor units would crowd the axis.
          yTick={(v) => fmt.number(Math.round(v / 100))}
          tooltip={money}
          series={[{ key: 'value', name: value, color: COLORS.value }]}
        />
      }
      table={
        <DataTable
          caption={t('archiveWork.pipeline.valueByStatus')}
          rows={named}
          rowKey={(s) => s.status}
          columns={[
            { id: 'status', header: t('archiveWork.status'), cell: (s) => s.name, rowHeader: true },
            { id: 'count', header: t('archiveWork.pipeline.count'), cell: (s) => s.count, align: 'end' },
            { id: 'value', header: value, cell: (s) => money(s.value), align: 'end' },
          ]}
        />
      }
    />
  );
}

/** Discounts given, by reason: how many and how much. */
export function DiscountsPanel({
  discounts,
  money,
}: {
  discounts: Pipeline['discounts'];
  money(minor: number): string;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="ar-p-discounts">
      <h2 id="ar-p-discounts" className="panel-title">
        {t('archiveWork.pipeline.discounts')}
      </h2>
      <p className="muted">
        {t('archiveWork.pipeline.discountSummary', { count: discounts.count, amount: money(discounts.amount) })}
      </p>
      <DataTable
        caption={t('archiveWork.pipeline.discounts')}
        rows={discounts.byReason}
        rowKey={(r) => r.reason}
        columns={[
          {
            id: 'reason',
            header: t('archiveWork.pipeline.reason'),
            cell: (r) => r.reason || t('archiveWork.pipeline.noReason'),
            rowHeader: true,
          },
          { id: 'count', header: t('archiveWork.pipeline.count'), cell: (r) => r.count, align: 'end' },
          { id: 'value', header: t('archiveWork.pipeline.value'), cell: (r) => money(r.amount), align: 'end' },
        ]}
      />
    </section>
  );
}

/** Why proposals were lost, most frequent first (as the core sorts them). */
export function LostReasonsPanel({ reasons }: { reasons: Pipeline['lostReasons'] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="ar-p-lost">
      <h2 id="ar-p-lost" className="panel-title">
        {t('archiveWork.pipeline.lostReasons')}
      </h2>
      {reasons.length === 0 ? (
        <p className="muted">{t('archiveWork.pipeline.noData')}</p>
      ) : (
        <DataTable
          caption={t('archiveWork.pipeline.lostReasons')}
          rows={reasons}
          rowKey={(r) => r.reason}
          columns={[
            {
              id: 'reason',
              header: t('archiveWork.pipeline.reason'),
              cell: (r) => t(`lossReasons.${r.reason}`),
              rowHeader: true,
            },
            { id: 'count', header: t('archiveWork.pipeline.count'), cell: (r) => r.count, align: 'end' },
          ]}
        />
      )}
    </section>
  );
}
