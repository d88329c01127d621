import { keepPreviousData } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PERIODS, type Period, type Pipeline } from '@shared/archive/pipeline';
import { isCurrencyCode } from '@shared/money';
import { useCallQuery } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';
import { ForecastPanel } from '../collection/ForecastPanel';
import { ArchiveTabs } from './ArchiveTabs';
import { FilterBar } from './FilterBar';
import { useArchiveParams } from './params';
import { MarginPanels } from './pipeline/MarginPanels';
import { DiscountsPanel, LostReasonsPanel, StatusPanel } from './pipeline/ValuePanels';
import { WinRatePanels } from './pipeline/WinRatePanels';
import './archive.css';

/** /archive/pipeline — the archive counted: win rates, what is in play, margins, discounts, losses. */
export function PipelineScreen() {
  const { t } = useTranslation();
  const { params, update } = useArchiveParams();
  const [period, setPeriod] = usePeriodParam();
  const pipeline = useCallQuery(
    'archive.pipeline',
    { filters: params.filters, period },
    { placeholderData: keepPreviousData },
  );
  return (
    <div className="stack">
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
      <QueryView query={pipeline}>{(p) => <PipelineBody p={p} />}</QueryView>
      <ForecastPanel />
    </div>
  );
}

/** The period the figures are grouped by, kept in the URL (`?period=`); a quarter by default. */
function usePeriodParam(): [Period, (p: Period) => void] {
  const [search, setSearch] = useSearchParams();
  const asked = search.get('period') ?? '';
  const period: Period = (PERIODS as readonly string[]).includes(asked) ? (asked as Period) : 'quarter';
  const set = (p: Period) =>
    setSearch((s) => {
      s.set('period', p);
      return s;
    });
  return [period, set];
}

function PipelineBody({ p }: { p: Pipeline }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const currency = isCurrencyCode(p.currency) ? p.currency : 'CNY';
  const money = (minor: number) => fmt.money(minor, currency);
  const overall = p.winRate.overall;
  return (
    <>
      <p className="ar-summary">
        {t('archiveWork.pipeline.overall', {
          rate: fmt.percent(overall.winRate),
          won: overall.won,
          lost: overall.lost,
          open: overall.open,
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
        <StatusPanel rows={p.valueByStatus} money={money} />
        <WinRatePanels winRate={p.winRate} />
        <MarginPanels margin={p.margin} deviation={p.deviation} />
        <DiscountsPanel discounts={p.discounts} money={money} />
        <LostReasonsPanel reasons={p.lostReasons} />
      </div>
    </>
  );
}
