import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EditorQuote } from '@shared/contract';
import type { Lang } from '@shared/i18n/lang';
import { formatMoney, parsePercent, type CurrencyCode } from '@shared/money';
import { quoteFlagMessages, type ComputedQuote, type QuoteFlag } from '@shared/quote';
import { useFormat } from '../../../i18n/format';
import { toneOf } from './Grid';

function Row({ label, value, testId, strong }: { label: string; value: string; testId: string; strong?: boolean }) {
  return (
    <div className={strong ? 'qe-total-row qe-total-strong' : 'qe-total-row'}>
      <dt>{label}</dt>
      <dd className="num" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** What the client pays, and what it leaves the agency: the figures of the shared engine. */
export const TotalsPanel = memo(function TotalsPanel({
  computed,
  currency,
  floor,
  lang,
}: {
  computed: ComputedQuote | null;
  currency: CurrencyCode;
  floor: string;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!computed) return null;
  const money = (minor: number) => formatMoney(minor, currency, lang);
  const margin = computed.marginPercent;
  const below = margin !== null && parsePercent(margin.replace(/^(-?\d+\.\d)$/, '$1')) < parsePercent(floor);
  const o = computed.optionalTotals;
  return (
    <section className="panel qe-panel" aria-labelledby="qe-totals">
      <h2 id="qe-totals" className="panel-title">
        {t('quoteEditor.totals')}
      </h2>
      <dl className="qe-totals">
        <Row label={t('quoteEditor.subtotal')} value={money(computed.subtotal)} testId="total-subtotal" />
        <Row label={t('quoteEditor.discount')} value={`−${money(computed.discount)}`} testId="total-discount" />
        <Row label={t('quoteEditor.net')} value={money(computed.net)} testId="total-net" />
        <Row
          label={t('quoteEditor.tax', { rate: computed.settings.taxPercent })}
          value={money(computed.tax)}
          testId="total-tax"
        />
        <Row label={t('quoteEditor.total')} value={money(computed.total)} testId="total-total" strong />
        {o.optionsPrice > 0 && (
          <Row
            label={t('quoteEditor.totalWithOptions')}
            value={money(o.totalWithOptions)}
            testId="total-with-options"
          />
        )}
        <Row label={t('quoteEditor.cost')} value={money(computed.cost)} testId="total-cost" />
        <Row label={t('quoteEditor.grossMargin')} value={money(computed.grossMargin)} testId="total-gross-margin" />
      </dl>
      <p className={below ? 'qe-margin qe-margin-low' : 'qe-margin'}>
        <span>{t('quoteEditor.marginPercent')}</span>
        <strong data-testid="total-margin">{fmt.percent(margin)}</strong>
        <span className="muted">{t('quoteEditor.marginFloor', { floor })}</span>
      </p>
      {below && <p className="qe-note qe-note-warning">{t('quoteEditor.belowFloorNote')}</p>}
    </section>
  );
});

/** 市价参考 beside 方案的难度: the gap to the market, and the difficulty that must explain it. */
export const MarketPanel = memo(function MarketPanel({
  computed,
  rationale,
  currency,
  lang,
}: {
  computed: ComputedQuote | null;
  rationale: string;
  currency: CurrencyCode;
  lang: Lang;
}) {
  const { t } = useTranslation();
  if (!computed) return null;
  const tone = toneOf(computed.deviationPercent, computed.multiplier, false);
  return (
    <section className="panel qe-panel" aria-labelledby="qe-market">
      <h2 id="qe-market" className="panel-title">
        {t('quoteEditor.marketTitle')}
      </h2>
      {computed.marketTotal === null ? (
        <p className="muted qe-small">{t('quoteEditor.marketNone')}</p>
      ) : (
        <dl className="qe-totals">
          <Row
            label={t('quoteEditor.marketTotal')}
            value={formatMoney(computed.marketTotal, currency, lang)}
            testId="market-total"
          />
          <Row
            label={t('quoteEditor.marketCompared')}
            value={formatMoney(computed.marketComparedPrice ?? 0, currency, lang)}
            testId="market-compared"
          />
          <div className="qe-total-row">
            <dt>{t('quoteEditor.deviation')}</dt>
            <dd className={`num qe-tone-${tone}`} data-testid="market-deviation">
              {computed.deviationPercent === null ? '—' : `${computed.deviationPercent}%`}
            </dd>
          </div>
        </dl>
      )}
      <p className="qe-small">
        {t('quoteEditor.difficultyLine', { level: computed.difficultyLevel, multiplier: computed.multiplier })}
      </p>
      <p className={rationale.trim() ? 'qe-rationale' : 'qe-rationale muted'}>
        {rationale.trim() || t('quoteEditor.noRationale')}
      </p>
      <p className={`qe-small qe-tone-${tone}`}>{t(`quoteEditor.tone.${tone}`)}</p>
    </section>
  );
});

/** Person-days and people by role (工作量), as a table and a small chart. */
export function WorkloadPanel({ computed }: { computed: ComputedQuote | null }) {
  // Most keystrokes leave the workload as it was: the chart then keeps its last render.
  const key = computed ? `${computed.totalPersonDays}|${JSON.stringify(computed.workloadByRole)}` : '';
  return <WorkloadView key="workload" workloadKey={key} computed={computed} />;
}

const WorkloadView = memo(
  function WorkloadView({ computed }: { workloadKey: string; computed: ComputedQuote | null }) {
    return <WorkloadContent computed={computed} />;
  },
  (a, b) => a.workloadKey === b.workloadKey,
);

function WorkloadContent({ computed }: { computed: ComputedQuote | null }) {
  const { t } = useTranslation();
  if (!computed) return null;
  const roles = Object.entries(computed.workloadByRole);
  const data = roles.map(([role, w]) => ({ role, days: Number(w.personDays) }));
  return (
    <section className="panel qe-panel" aria-labelledby="qe-workload">
      <h2 id="qe-workload" className="panel-title">
        {t('quoteEditor.workload')}
        <span className="muted qe-small"> {t('quoteEditor.totalPersonDays', { days: computed.totalPersonDays })}</span>
      </h2>
      {roles.length === 0 ? (
        <p className="muted qe-small">{t('quoteEditor.workloadEmpty')}</p>
      ) : (
        <>
          <table className="data-table qe-workload-table">
            <thead>
              <tr>
                <th>{t('quoteEditor.col.role')}</th>
                <th className="num">{t('quoteEditor.personDays')}</th>
                <th className="num">{t('quoteEditor.headcount')}</th>
              </tr>
            </thead>
            <tbody>
              {roles.map(([role, w]) => (
                <tr key={role}>
                  <td>{role}</td>
                  <td className="num">{w.personDays}</td>
                  <td className="num">{w.headcount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {roles.length <= 12 && (
            <div className="qe-chart" aria-hidden="true">
              <ResponsiveContainer width="100%" height={Math.max(60, roles.length * 22 + 10)}>
                {/* A picture of the table above: hidden from screen readers, so not a Tab stop either
                    (recharts' keyboard layer would put a focusable svg inside aria-hidden). */}
                <BarChart
                  data={data}
                  layout="vertical"
                  margin={{ top: 0, right: 8, bottom: 0, left: 0 }}
                  accessibilityLayer={false}
                >
                  <XAxis type="number" hide />
                  <YAxis type="category" dataKey="role" width={72} tick={{ fontSize: 11 }} />
                  <Tooltip />
                  <Bar dataKey="days" fill="#3a56c5" isAnimationActive={false} barSize={12} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** What a person must look at, worded by the engine's catalogue; a click goes to the line. */
/** The panel lists this many flags; more are counted (a 10,000-line quote can have thousands). */
export const FLAGS_SHOWN = 100;

export const FlagsPanel = memo(function FlagsPanel({
  flags,
  lang,
  onJump,
}: {
  flags: QuoteFlag[];
  lang: Lang;
  onJump(flag: QuoteFlag): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="panel qe-panel" aria-labelledby="qe-flags">
      <h2 id="qe-flags" className="panel-title">
        {t('quoteEditor.flags', { count: flags.length })}
      </h2>
      {flags.length === 0 ? (
        <p className="muted qe-small">{t('quoteEditor.noFlags')}</p>
      ) : (
        <ul className="qe-flags">
          {flags.slice(0, FLAGS_SHOWN).map((flag, i) => (
            <li key={`${flag.code}-${i}`}>
              <button
                type="button"
                className={`qe-flag qe-flag-${flag.severity}`}
                onClick={() => onJump(flag)}
                data-testid={`flag-${flag.code}`}
              >
                {flag.lineIndex !== undefined && (
                  <span className="qe-flag-where">
                    {t('quoteEditor.flagWhere', { s: (flag.sectionIndex ?? 0) + 1, l: flag.lineIndex + 1 })}
                  </span>
                )}
                {quoteFlagMessages[flag.code][lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
      {flags.length > FLAGS_SHOWN && (
        <p className="muted qe-small" data-testid="flags-more">
          {t('quoteEditor.flagsMore', { count: flags.length - FLAGS_SHOWN })}
        </p>
      )}
    </section>
  );
});

/** 报价策略之二: what to stress, from the client's price sensitivity. */
export function StrategyHint({ sensitivity }: { sensitivity: 'sensitive' | 'insensitive' }) {
  const { t } = useTranslation();
  return (
    <section className="panel qe-panel qe-strategy" aria-labelledby="qe-strategy">
      <h2 id="qe-strategy" className="panel-title">
        {t(`quoteEditor.strategy.${sensitivity}.title`)}
      </h2>
      <p className="qe-small">{t(`quoteEditor.strategy.${sensitivity}.body`)}</p>
    </section>
  );
}

export type DiscountFields = Pick<
  EditorQuote,
  'discountMode' | 'discountValue' | 'discountReason' | 'discountCondition'
>;
