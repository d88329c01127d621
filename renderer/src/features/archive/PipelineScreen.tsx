import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PERIODS, type Period, type RateRow } from '@shared/archive/pipeline';
import { isCurrencyCode } from '@shared/money';
import { useCallQuery } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ForecastPanel } from '../collection/ForecastPanel';
import { ArchiveTabs } from './ArchiveTabs';
import { ChartWithTable } from './Chart';
import { FilterBar } from './FilterBar';
import { useArchiveParams } from './params';
import './archive.css';

const COLORS = { won: '#1f7a44', lost: '#b3261e', value: '#2f5d8a', margin: '#7a5a1f' };
const AXIS = { fontSize: 12 };

/** /archive/pipeline — the archive counted: win rates, what is in play, margins, discounts, losses. */
export function PipelineScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { params, update } = useArchiveParams();
  const [search, setSearch] = useSearchParams();
  const period: Period = (PERIODS as readonly string[]).includes(search.get('period') ?? '')
    ? (search.get('period') as Period)
    : 'quarter';
  const pipeline = useCallQuery(
    'archive.pipeline',
    { filters: params.filters, period },
    { placeholderData: keepPreviousData },
  );
  const setPeriod = (p: Period) =>
    setSearch((s) => {
      s.set('period', p);
      return s;
    });

  const rateTable = (caption: string, rows: RateRow[], label: (r: RateRow) => string) => (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption}</th>
          <th scope="col" className="num">
            {t('archiveWork.pipeline.won')}
          </th>
          <th scope="col" className="num">
            {t('archiveWork.pipeline.lost')}
          </th>
          <th scope="col" className="num">
            {t('archiveWork.pipeline.open')}
          </th>
          <th scope="col" className="num">
            {t('archiveWork.pipeline.rate')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{label(r)}</th>
            <td className="num">{r.won}</td>
            <td className="num">{r.lost}</td>
            <td className="num">{r.open}</td>
            <td className="num">{fmt.percent(r.winRate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const rateChart = (rows: RateRow[], label: (r: RateRow) => string) => (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart
        data={rows.map((r) => ({ name: label(r), won: r.won, lost: r.lost }))}
        margin={{ top: 8, right: 8, bottom: 0, left: -20 }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" tick={AXIS} interval={0} />
        <YAxis allowDecimals={false} tick={AXIS} />
        <Tooltip />
        <Bar
          dataKey="won"
          name={t('archiveWork.pipeline.won')}
          stackId="a"
          fill={COLORS.won}
          isAnimationActive={false}
        />
        <Bar
          dataKey="lost"
          name={t('archiveWork.pipeline.lost')}
          stackId="a"
          fill={COLORS.lost}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );

  return (
    <div className="ar-screen">
      <PageHeader
        title={t('archiveWork.pipeline.title')}
        subtitle={t('archiveWork.pipeline.subtitle')}
        aside={<ArchiveTabs />}
      />
      <div className="ar-row ar-pipeline-controls">
        <FilterBar filters={params.filters} showKind={false} onChange={(filters) => update({ filters })} />
        <label className="field">
          <span>{t('archiveWork.pipeline.period')}</span>
          <select value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`archiveWork.pipeline.periods.${p}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <QueryView query={pipeline}>
        {(p) => {
          const cur = isCurrencyCode(p.currency) ? p.currency : 'CNY';
          const money = (n: number) => fmt.money(n, cur);
          const ownerLabel = (r: RateRow) => r.label || t('archiveWork.pipeline.noOwner');
          const typeLabel = (r: RateRow) => t(`archiveWork.pipeline.types.${r.key as 'new_business'}`);
          const plain = (r: RateRow) => r.label;
          const statusRows = p.valueByStatus.map((s) => ({ ...s, name: t(`archiveWork.statuses.${s.status}`) }));
          return (
            <>
              <p className="ar-summary">
                {t('archiveWork.pipeline.overall', {
                  rate: fmt.percent(p.winRate.overall.winRate),
                  won: p.winRate.overall.won,
                  lost: p.winRate.overall.lost,
                  open: p.winRate.overall.open,
                })}{' '}
                · {t('archiveWork.pipeline.marginOverall', { value: fmt.percent(p.margin.overall) })}
                {p.otherCurrency > 0 && (
                  <span className="muted">
                    {' '}
                    · {t('archiveWork.pipeline.currencyNote', { currency: p.currency, count: p.otherCurrency })}
                  </span>
                )}
              </p>
              <div className="ar-grid">
                <ChartWithTable
                  id="ar-p-status"
                  title={t('archiveWork.pipeline.valueByStatus')}
                  chart={
                    <ResponsiveContainer width="100%" height={200}>
                      <BarChart data={statusRows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="name" tick={AXIS} interval={0} />
                        <YAxis tick={AXIS} tickFormatter={(v: number) => fmt.number(Math.round(v / 100))} />
                        <Tooltip formatter={(v) => money(Number(v))} />
                        <Bar
                          dataKey="value"
                          name={t('archiveWork.pipeline.value')}
                          fill={COLORS.value}
                          isAnimationActive={false}
                        />
                      </BarChart>
                    </ResponsiveContainer>
                  }
                  table={
                    <table className="data-table">
                      <caption className="visually-hidden">{t('archiveWork.pipeline.valueByStatus')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('archiveWork.status')}</th>
                          <th scope="col" className="num">
                            {t('archiveWork.pipeline.count')}
                          </th>
                          <th scope="col" className="num">
                            {t('archiveWork.pipeline.value')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {statusRows.map((s) => (
                          <tr key={s.status}>
                            <th scope="row">{s.name}</th>
                            <td className="num">{s.count}</td>
                            <td className="num">{money(s.value)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  }
                />
                <ChartWithTable
                  id="ar-p-owner"
                  title={`${t('archiveWork.pipeline.winRate')} · ${t('archiveWork.pipeline.byOwner')}`}
                  chart={rateChart(p.winRate.byOwner, ownerLabel)}
                  table={rateTable(t('archiveWork.owner'), p.winRate.byOwner, ownerLabel)}
                />
                <ChartWithTable
                  id="ar-p-period"
                  title={`${t('archiveWork.pipeline.winRate')} · ${t('archiveWork.pipeline.byPeriod')}`}
                  chart={rateChart(p.winRate.byPeriod, plain)}
                  table={rateTable(t('archiveWork.pipeline.period'), p.winRate.byPeriod, plain)}
                />
                <ChartWithTable
                  id="ar-p-type"
                  title={`${t('archiveWork.pipeline.winRate')} · ${t('archiveWork.pipeline.byType')}`}
                  chart={rateChart(p.winRate.byType, typeLabel)}
                  table={rateTable(t('archiveWork.pipeline.byType'), p.winRate.byType, typeLabel)}
                />
                <ChartWithTable
                  id="ar-p-client"
                  title={`${t('archiveWork.pipeline.winRate')} · ${t('archiveWork.pipeline.byClient')}`}
                  chart={rateChart(p.winRate.byClient.slice(0, 8), plain)}
                  table={rateTable(t('archiveWork.client'), p.winRate.byClient, plain)}
                />
                <ChartWithTable
                  id="ar-p-margin"
                  title={t('archiveWork.pipeline.distribution')}
                  chart={
                    <ResponsiveContainer width="100%" height={200}>
                      <BarChart data={p.margin.distribution} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="label" tick={AXIS} interval={0} />
                        <YAxis allowDecimals={false} tick={AXIS} />
                        <Tooltip />
                        <Bar
                          dataKey="count"
                          name={t('archiveWork.pipeline.count')}
                          fill={COLORS.margin}
                          isAnimationActive={false}
                        />
                      </BarChart>
                    </ResponsiveContainer>
                  }
                  table={
                    <table className="data-table">
                      <caption className="visually-hidden">{t('archiveWork.pipeline.distribution')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('archiveWork.pipeline.range')}</th>
                          <th scope="col" className="num">
                            {t('archiveWork.pipeline.count')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {p.margin.distribution.map((b) => (
                          <tr key={b.label}>
                            <th scope="row">{b.label}</th>
                            <td className="num">{b.count}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  }
                />
                <ChartWithTable
                  id="ar-p-margin-period"
                  title={t('archiveWork.pipeline.marginByPeriod')}
                  chart={
                    <ResponsiveContainer width="100%" height={200}>
                      <LineChart
                        data={p.margin.byPeriod.map((r) => ({
                          name: r.label,
                          avg: r.average === null ? null : Number(r.average),
                        }))}
                        margin={{ top: 8, right: 8, bottom: 0, left: -20 }}
                      >
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="name" tick={AXIS} />
                        <YAxis tick={AXIS} unit="%" />
                        <Tooltip />
                        <Line
                          dataKey="avg"
                          name={t('archiveWork.pipeline.average')}
                          stroke={COLORS.margin}
                          isAnimationActive={false}
                        />
                      </LineChart>
                    </ResponsiveContainer>
                  }
                  table={marginTable(t('archiveWork.pipeline.period'), p.margin.byPeriod)}
                />
                <ChartWithTable
                  id="ar-p-margin-client"
                  title={t('archiveWork.pipeline.marginByClient')}
                  chart={
                    <ResponsiveContainer width="100%" height={200}>
                      <BarChart
                        data={p.margin.byClient
                          .slice(0, 8)
                          .map((r) => ({ name: r.label, avg: Number(r.average ?? 0) }))}
                        margin={{ top: 8, right: 8, bottom: 0, left: -20 }}
                      >
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="name" tick={AXIS} interval={0} />
                        <YAxis tick={AXIS} unit="%" />
                        <Tooltip />
                        <Bar
                          dataKey="avg"
                          name={t('archiveWork.pipeline.average')}
                          fill={COLORS.margin}
                          isAnimationActive={false}
                        />
                      </BarChart>
                    </ResponsiveContainer>
                  }
                  table={marginTable(t('archiveWork.client'), p.margin.byClient)}
                />
                <ChartWithTable
                  id="ar-p-deviation"
                  title={t('archiveWork.pipeline.deviation')}
                  chart={
                    <ResponsiveContainer width="100%" height={200}>
                      <LineChart
                        data={p.deviation.map((r) => ({
                          name: r.period,
                          avg: r.average === null ? null : Number(r.average),
                        }))}
                        margin={{ top: 8, right: 8, bottom: 0, left: -20 }}
                      >
                        <CartesianGrid strokeDasharray="3 3" vertical={false} />
                        <XAxis dataKey="name" tick={AXIS} />
                        <YAxis tick={AXIS} unit="%" />
                        <Tooltip />
                        <Line
                          dataKey="avg"
                          name={t('archiveWork.pipeline.deviationAvg')}
                          stroke={COLORS.value}
                          isAnimationActive={false}
                        />
                      </LineChart>
                    </ResponsiveContainer>
                  }
                  table={
                    <table className="data-table">
                      <caption className="visually-hidden">{t('archiveWork.pipeline.deviation')}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('archiveWork.pipeline.period')}</th>
                          <th scope="col" className="num">
                            {t('archiveWork.pipeline.count')}
                          </th>
                          <th scope="col" className="num">
                            {t('archiveWork.pipeline.deviationAvg')}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {p.deviation.map((r) => (
                          <tr key={r.period}>
                            <th scope="row">{r.period}</th>
                            <td className="num">{r.count}</td>
                            <td className="num">{fmt.percent(r.average)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  }
                />
                <section className="panel" aria-labelledby="ar-p-discounts">
                  <h2 id="ar-p-discounts" className="panel-title">
                    {t('archiveWork.pipeline.discounts')}
                  </h2>
                  <p className="muted">
                    {t('archiveWork.pipeline.discountSummary', {
                      count: p.discounts.count,
                      amount: money(p.discounts.amount),
                    })}
                  </p>
                  <table className="data-table">
                    <caption className="visually-hidden">{t('archiveWork.pipeline.discounts')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('archiveWork.pipeline.reason')}</th>
                        <th scope="col" className="num">
                          {t('archiveWork.pipeline.count')}
                        </th>
                        <th scope="col" className="num">
                          {t('archiveWork.pipeline.value')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {p.discounts.byReason.map((r) => (
                        <tr key={r.reason}>
                          <th scope="row">{r.reason || t('archiveWork.pipeline.noReason')}</th>
                          <td className="num">{r.count}</td>
                          <td className="num">{money(r.amount)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
                <section className="panel" aria-labelledby="ar-p-lost">
                  <h2 id="ar-p-lost" className="panel-title">
                    {t('archiveWork.pipeline.lostReasons')}
                  </h2>
                  {p.lostReasons.length === 0 ? (
                    <p className="muted">{t('archiveWork.pipeline.noData')}</p>
                  ) : (
                    <table className="data-table">
                      <caption className="visually-hidden">{t('archiveWork.pipeline.lostReasons')}</caption>
                      <tbody>
                        {p.lostReasons.map((r) => (
                          <tr key={r.reason}>
                            <th scope="row">{t(`lossReasons.${r.reason}`)}</th>
                            <td className="num">{r.count}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  )}
                </section>
              </div>
            </>
          );
        }}
      </QueryView>
      <ForecastPanel />
    </div>
  );

  function marginTable(caption: string, rows: { key: string; label: string; count: number; average: string | null }[]) {
    return (
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{caption}</th>
            <th scope="col" className="num">
              {t('archiveWork.pipeline.count')}
            </th>
            <th scope="col" className="num">
              {t('archiveWork.pipeline.average')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.count}</td>
              <td className="num">{fmt.percent(r.average)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
}
