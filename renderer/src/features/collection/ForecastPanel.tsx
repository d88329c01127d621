import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forecast } from '@shared/contract';
import { useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { DataTable } from '../../components/DataTable';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { lazyScreen } from '../../components/lazyScreen';
import type * as ForecastChartModule from './ForecastChart';
import { refusalText } from './refusal';
import './collection.css';

// The chart brings recharts (~380 kB of JS): loaded only when there is a forecast to draw, so Home's
// first paint — and an empty pipeline — never parse it, while the panel's read starts with Home.
const ForecastChart = lazyScreen<typeof ForecastChartModule, ForecastChartModule.ForecastChartProps>(
  () => import('./ForecastChart'),
  'ForecastChart',
);

/**
 * The weighted pipeline (加权预测) beside the unweighted one, by expected decision month: a chart
 * with its table, and the proposals behind it with their probability. `compact` (finance's Home)
 * shows the chart and the month table only.
 */
export function ForecastPanel({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const forecast = useCallQuery('forecast.pipeline', {});
  return (
    <section className="panel" aria-labelledby="forecast-heading" data-testid="forecast">
      <h2 id="forecast-heading" className="panel-title">
        {t('collection.forecast.title')}
      </h2>
      <p className="muted small">{t('collection.forecast.hint')}</p>
      <QueryView query={forecast}>{(f) => <ForecastBody f={f} compact={compact} />}</QueryView>
    </section>
  );
}

function ForecastBody({ f, compact }: { f: Forecast; compact: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = (n: number) => fmt.money(n, f.currency);
  const monthLabel = (m: string | null) => m ?? t('collection.forecast.unscheduled');
  if (f.proposals.length === 0) return <p className="muted">{t('collection.forecast.empty')}</p>;
  const data = f.months.map((m) => ({
    month: monthLabel(m.month),
    unweighted: m.unweighted / 100,
    weighted: m.weighted / 100,
  }));
  return (
    <>
      <div className="fc-chart" role="img" aria-label={t('collection.forecast.title')}>
        <ForecastChart data={data} money={money} />
      </div>
      <DataTable
        caption={t('collection.forecast.title')}
        rows={[
          ...f.months,
          { month: 'total', count: f.proposals.length, unweighted: f.unweighted, weighted: f.weighted },
        ]}
        rowKey={(m) => m.month ?? 'none'}
        columns={[
          {
            id: 'month',
            header: t('collection.forecast.month'),
            cell: (m) =>
              m.month === 'total' ? <strong>{t('collection.forecast.total')}</strong> : monthLabel(m.month),
          },
          { id: 'count', header: t('collection.forecast.count'), cell: (m) => m.count, align: 'end' },
          { id: 'u', header: t('collection.forecast.unweighted'), cell: (m) => money(m.unweighted), align: 'end' },
          {
            id: 'w',
            header: t('collection.forecast.weighted'),
            cell: (m) => <strong>{money(m.weighted)}</strong>,
            align: 'end',
          },
        ]}
      />
      {!compact && <ProposalTable f={f} />}
    </>
  );
}

function ProposalTable({ f }: { f: Forecast }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [editing, setEditing] = useState<number | null>(null);
  return (
    <>
      <DataTable
        caption={t('collection.forecast.proposal')}
        rows={f.proposals}
        rowKey={(p) => p.id}
        columns={[
          { id: 'title', header: t('collection.forecast.proposal'), cell: (p) => p.title, truncate: true },
          { id: 'client', header: t('collection.forecast.client'), cell: (p) => p.clientName, fit: true },
          {
            id: 'status',
            header: t('collection.forecast.status'),
            cell: (p) => t(`proposals.statuses.${p.status}`),
            fit: true,
          },
          { id: 'month', header: t('collection.forecast.month'), cell: (p) => p.expectedMonth ?? '—', fit: true },
          { id: 'net', header: t('collection.forecast.net'), cell: (p) => fmt.money(p.net, f.currency), align: 'end' },
          {
            id: 'p',
            header: t('collection.forecast.probability'),
            cell: (p) => (
              <span title={p.overridden ? t('collection.forecast.overridden', { reason: p.reason ?? '' }) : undefined}>
                {p.probability}%{p.overridden ? ' *' : ''}
              </span>
            ),
            align: 'end',
          },
          {
            id: 'w',
            header: t('collection.forecast.weighted'),
            cell: (p) => fmt.money(p.weighted, f.currency),
            align: 'end',
          },
          {
            id: 'edit',
            header: '',
            cell: (p) => (
              <button type="button" className="btn btn-small" onClick={() => setEditing(p.id)}>
                {t('collection.forecast.edit')}
              </button>
            ),
            fit: true,
          },
        ]}
      />
      {editing !== null && (
        <OverrideForm
          key={editing}
          proposal={f.proposals.find((p) => p.id === editing)!}
          onDone={() => setEditing(null)}
        />
      )}
    </>
  );
}

function OverrideForm({ proposal, onDone }: { proposal: Forecast['proposals'][number]; onDone(): void }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const [probability, setProbability] = useState(proposal.overridden ? proposal.probability : '');
  const [reason, setReason] = useState(proposal.reason ?? '');
  const [month, setMonth] = useState(proposal.expectedMonth ?? '');
  const save = useCallMutation('forecast.setProposal', { onSuccess: onDone });
  return (
    <form
      className="sub-form cl-form cl-row"
      aria-label={t('collection.forecast.edit')}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({
          id: proposal.id,
          probability: probability.trim() === '' ? null : probability.trim(),
          reason: reason.trim(),
          expectedMonth: month === '' ? null : month,
        });
      }}
    >
      <strong>{proposal.title}</strong>
      <label>
        {t('collection.forecast.probability')} %
        <input type="text" inputMode="decimal" value={probability} onChange={(e) => setProbability(e.target.value)} />
      </label>
      <label>
        {t('collection.forecast.reason')}
        <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <label>
        {t('collection.forecast.month')}
        <input type="month" value={month} onChange={(e) => setMonth(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-primary btn-small">
        {t('collection.forecast.save')}
      </button>
      <button type="button" className="btn btn-small" onClick={onDone}>
        {t('common.cancel')}
      </button>
      {save.error && <p className="form-error">{refusalText(save.error, lang)}</p>}
    </form>
  );
}
