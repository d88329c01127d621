import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AccountAnalytics } from '@shared/contract';
import { useCallQuery } from '../../api';
import { ChartCard } from '../../components/ChartCard';
import { DataTable, type Column } from '../../components/DataTable';
import { BarPlot } from '../../components/Plot';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ChurnReasons } from './ChurnReasons';
import { ValueWithBasis } from './ValueWithBasis';

/** Account analytics: the 80/20 view, ABC tiers, lifetime value, dormancy and churn warnings. */
export function AnalyticsScreen() {
  const { t } = useTranslation();
  const analytics = useCallQuery('accounts.analytics', {});
  return (
    <>
      <PageHeader
        title={t('accounts.analytics.title')}
        subtitle={analytics.data ? t('accounts.analytics.asOf', { date: analytics.data.asOf }) : undefined}
      />
      <QueryView query={analytics}>{(a) => <AnalyticsBody a={a} />}</QueryView>
    </>
  );
}

const clientLink = (id: number, name: string) => <Link to={`/clients/${id}`}>{name}</Link>;

/** The first column of every client table here: the name, linked to the record. */
function useClientColumn(): Column<{ clientId: number; name: string }> {
  const { t } = useTranslation();
  return {
    id: 'c',
    header: t('accounts.analytics.client'),
    cell: (c) => clientLink(c.clientId, c.name),
    truncate: true,
  };
}

function AnalyticsBody({ a }: { a: AccountAnalytics }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const money = (v: number) => fmt.money(v, a.currency);
  const clientColumn = useClientColumn();
  const served = a.clients.filter((c) => c.status !== 'let_go');
  const tierRows = (['A', 'B', 'C'] as const).map((tier) => ({ tier, count: a.tierCounts[tier] }));
  const dormant = served.filter((c) => c.dormancy !== null).sort((x, y) => y.daysSinceTouch - x.daysSinceTouch);
  const dormancyRows = (['dozing', 'half_asleep', 'asleep'] as const).map((band) => ({
    band,
    name: t(`accounts.dormancy.${band}`),
    count: a.dormancyCounts[band],
  }));
  const churn = served.filter((c) => c.churn.length > 0).sort((x, y) => y.churn.length - x.churn.length);
  const byLifetimeProfit = [...a.clients].sort((x, y) => y.lifetimeProfit - x.lifetimeProfit);
  const paretoData = a.pareto.map((p) => ({
    ...p,
    cumulative: p.cumulativePercent === null ? null : Number(p.cumulativePercent),
  }));

  return (
    <div className="analytics">
      <Conversions a={a} />
      <ChartCard
        id="pareto-heading"
        title={t('accounts.analytics.pareto')}
        hint={t('accounts.analytics.paretoHint', {
          count: a.topFifthCount,
          share: fmt.percent(a.topFifthSharePercent),
        })}
        chart={
          <ResponsiveContainer width="100%" height={280}>
            <ComposedChart data={paretoData} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" fontSize={11} interval={0} angle={-20} textAnchor="end" height={50} />
              <YAxis
                yAxisId="profit"
                fontSize={11}
                tickFormatter={(v: number) => fmt.number(Math.round(v / 100))}
                width={80}
              />
              <YAxis yAxisId="share" orientation="right" domain={[0, 100]} fontSize={11} unit="%" />
              <Tooltip
                formatter={(v, name) =>
                  name === t('accounts.analytics.cumulative') ? `${String(v)}%` : money(Number(v))
                }
              />
              <Bar
                yAxisId="profit"
                dataKey="profit"
                name={t('accounts.analytics.profit')}
                fill="#3a56c5"
                isAnimationActive={false}
              />
              <Line
                yAxisId="share"
                dataKey="cumulative"
                name={t('accounts.analytics.cumulative')}
                stroke="#b4232c"
                strokeWidth={2}
                isAnimationActive={false}
              />
            </ComposedChart>
          </ResponsiveContainer>
        }
        table={
          <DataTable
            caption={t('accounts.analytics.pareto')}
            rows={a.pareto}
            rowKey={(p) => p.clientId}
            columns={[
              clientColumn,
              { id: 'p', header: t('accounts.analytics.profit'), cell: (p) => money(p.profit), align: 'end' },
              { id: 'r', header: t('accounts.analytics.revenue'), cell: (p) => money(p.revenue), align: 'end' },
              {
                id: 's',
                header: t('accounts.analytics.share'),
                cell: (p) => fmt.percent(p.sharePercent),
                align: 'end',
              },
              {
                id: 'cu',
                header: t('accounts.analytics.cumulative'),
                cell: (p) => fmt.percent(p.cumulativePercent),
                align: 'end',
              },
              { id: 'pr', header: t('accounts.analytics.profitRank'), cell: (p) => p.profitRank, align: 'end' },
              { id: 'rr', header: t('accounts.analytics.revenueRank'), cell: (p) => p.revenueRank, align: 'end' },
            ]}
          />
        }
      />

      <div className="record-grid">
        <ChartCard
          id="tiers-heading"
          title={t('accounts.analytics.tiers')}
          hint={t('accounts.analytics.tierHint')}
          chart={
            <BarPlot
              data={tierRows}
              x="tier"
              counts
              series={[{ key: 'count', name: t('accounts.analytics.count'), color: '#1f7a44' }]}
            />
          }
          table={
            <DataTable
              caption={t('accounts.analytics.tiers')}
              rows={[...a.clients].sort((x, y) => x.tier.localeCompare(y.tier) || y.revenue12m - x.revenue12m)}
              rowKey={(c) => c.clientId}
              columns={[
                clientColumn,
                { id: 't', header: t('accounts.record.tier'), cell: (c) => <span className="strong">{c.tier}</span> },
                { id: 'rt', header: t('accounts.analytics.revenueTier'), cell: (c) => c.revenueTier },
                { id: 'ft', header: t('accounts.analytics.frequencyTier'), cell: (c) => c.frequencyTier },
                { id: 'p', header: t('accounts.analytics.projects12m'), cell: (c) => c.projects12m, align: 'end' },
              ]}
            />
          }
        />
        <ChartCard
          id="dormancy-heading"
          title={t('accounts.analytics.dormancy')}
          hint={t('accounts.analytics.dormancyHint')}
          chart={
            <BarPlot
              data={dormancyRows}
              x="name"
              counts
              series={[{ key: 'count', name: t('accounts.analytics.count'), color: '#8a5a00' }]}
            />
          }
          table={
            <DataTable
              caption={t('accounts.analytics.dormancy')}
              rows={dormant}
              rowKey={(c) => c.clientId}
              columns={[
                clientColumn,
                {
                  id: 'b',
                  header: t('accounts.record.dormancy'),
                  cell: (c) => (c.dormancy ? t(`accounts.dormancy.${c.dormancy}`) : ''),
                },
                { id: 'l', header: t('accounts.analytics.lastTouch'), cell: (c) => fmt.date(c.lastTouch) },
                { id: 'd', header: t('accounts.analytics.daysSince'), cell: (c) => c.daysSinceTouch, align: 'end' },
              ]}
            />
          }
        />
      </div>

      <section className="panel" aria-labelledby="churn-heading">
        <h2 id="churn-heading" className="panel-title">
          {t('accounts.analytics.churn')}
        </h2>
        <DataTable
          caption={t('accounts.analytics.churn')}
          rows={churn}
          rowKey={(c) => c.clientId}
          columns={[
            { id: 'c', header: t('accounts.analytics.client'), cell: (c) => clientLink(c.clientId, c.name), fit: true },
            {
              id: 'r',
              header: t('accounts.analytics.reasons'),
              cell: (c) => <ChurnReasons reasons={c.churn} currency={a.currency} />,
            },
          ]}
        />
      </section>

      <section className="panel" aria-labelledby="ltv-heading">
        <h2 id="ltv-heading" className="panel-title">
          {t('accounts.analytics.ltv')}
        </h2>
        <p className="muted panel-hint">{t('accounts.analytics.ltvHint', { years: a.relationshipYears })}</p>
        <DataTable
          caption={t('accounts.analytics.ltv')}
          rows={byLifetimeProfit}
          rowKey={(c) => c.clientId}
          columns={[
            clientColumn,
            { id: 'a', header: t('accounts.analytics.averageSpend'), cell: (c) => money(c.averageSpend), align: 'end' },
            { id: 'n', header: t('accounts.analytics.projectsPerYear'), cell: (c) => c.projectsPerYear, align: 'end' },
            { id: 'y', header: t('accounts.record.yearlyValue'), cell: (c) => money(c.yearlyValue), align: 'end' },
            {
              id: 'l',
              header: t('accounts.record.lifetimeValue'),
              cell: (c) => <ValueWithBasis figures={c} value={money(c.lifetimeValue)} />,
              align: 'end',
            },
            { id: 'yp', header: t('accounts.record.yearlyProfit'), cell: (c) => money(c.yearlyProfit), align: 'end' },
            {
              id: 'lp',
              header: t('accounts.record.lifetimeProfit'),
              cell: (c) => <ValueWithBasis figures={c} value={money(c.lifetimeProfit)} strong />,
              align: 'end',
            },
          ]}
        />
      </section>
    </div>
  );
}

/** Wins in other currencies: the rate each was converted with, and those left out for want of a rate. */
function Conversions({ a }: { a: AccountAnalytics }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (a.conversions.length === 0 && a.unconverted.length === 0) return null;
  const names = new Map(a.clients.map((c) => [c.clientId, c.name]));
  const converted = a.conversions.map((c) =>
    t('accounts.analytics.conversionItem', {
      client: names.get(c.clientId) ?? '',
      amount: fmt.money(c.net, c.currency),
      rate: t('accounts.rates.perUnit', { currency: c.currency, rate: c.rate, base: a.currency }),
      date: fmt.date(c.rateOn),
      converted: fmt.money(c.convertedNet, a.currency),
    }),
  );
  const missing = a.unconverted.map((u) =>
    t('accounts.analytics.unconvertedItem', {
      client: u.clientName,
      amount: fmt.money(u.net, u.currency),
      date: fmt.date(u.decidedOn),
    }),
  );
  return (
    <section className="panel" aria-labelledby="conversions-heading">
      <h2 id="conversions-heading" className="panel-title">
        {t('accounts.analytics.currencies')}
      </h2>
      {missing.length > 0 && (
        <div className="callout callout-danger" data-testid="unconverted">
          <p>{t('accounts.analytics.unconverted', { count: missing.length, list: '' })}</p>
          <ul>
            {missing.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      {converted.length > 0 && (
        <div data-testid="conversions">
          <p className="muted">{t('accounts.analytics.conversions', { list: '' })}</p>
          <ul>
            {converted.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
