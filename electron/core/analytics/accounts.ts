import type {
  AbcTier,
  AccountAnalytics,
  ChurnReason,
  ClientFigures,
  ClientSettings,
  ParetoRow,
} from '@shared/contract';
import { clientTypeOf, type Level } from '@shared/analytics/client-type';
import { daysBetween } from '@shared/analytics/care';
import { satisfactionOf, type DimensionScores } from '@shared/analytics/satisfaction';
import { divRound, mulDivRound } from '@shared/money';
import type { CurrencyCode } from '@shared/money';

/** One client's raw figures, as the repository gathers them (see repos/account-facts.ts). */
export interface ClientFacts {
  clientId: number;
  name: string;
  status: 'active' | 'paused' | 'let_go';
  character: Level | null;
  professionalism: Level | null;
  /** Yearly related sales (outside our proposals), minor units. */
  relatedSales: number;
  createdOn: string;
  keyAccount: boolean;
  /** All-time won projects and their quotes' net and cost. */
  projects: number;
  revenue: number;
  cost: number;
  firstWonOn: string | null;
  /** The same over the last 12 months (decided on or after today − 365 days). */
  projects12m: number;
  revenue12m: number;
  cost12m: number;
  lost12m: number;
  lastProposalOn: string | null;
  lastVisitOn: string | null;
  openComplaints: number;
  discounted12m: number;
  hasTopManagement: boolean;
  latestSurvey: DimensionScores | null;
}

export type AnalyticsSettings = Pick<
  ClientSettings,
  | 'dozingDays'
  | 'halfAsleepDays'
  | 'asleepDays'
  | 'silenceDays'
  | 'pricePressureCount'
  | 'lostProposalsCount'
  | 'frequencyA'
  | 'frequencyB'
  | 'relationshipYears'
>;

const YEAR_DAYS = 365;

/**
 * Yearly value and lifetime value (客户的真正价值, DOMAIN.md §4), exactly these figures:
 * - average spend per project = revenue / projects (all-time won projects, quote net);
 * - projects per year = projects × 365 / relationship days, where relationship days = days from the
 *   first won project to today, at least 365 (a young client is not extrapolated from a few weeks);
 * - yearly value = average spend × projects per year + related sales
 *              = round(revenue × 365 / relationship days) + related sales (one rounding, exact);
 * - lifetime value = yearly value × typical relationship years (a setting, default 5).
 * Profit the same way from revenue − cost: yearly profit = round((revenue − cost) × 365 / days),
 * lifetime profit = yearly profit × relationship years. Related sales carry no known cost, so they
 * add to value but not to profit: key-account managers are measured on profit.
 */
export function lifetimeFigures(f: ClientFacts, today: string, relationshipYears: number) {
  if (f.projects === 0 || f.firstWonOn === null) {
    return {
      averageSpend: 0,
      projectsPerYear: '0.00',
      yearlyValue: f.relatedSales,
      yearlyProfit: 0,
      lifetimeValue: f.relatedSales * relationshipYears,
      lifetimeProfit: 0,
    };
  }
  const days = Math.max(YEAR_DAYS, daysBetween(f.firstWonOn, today));
  const yearlyValue = mulDivRound(f.revenue, YEAR_DAYS, days) + f.relatedSales;
  const yearlyProfit = mulDivRound(f.revenue - f.cost, YEAR_DAYS, days);
  const perYearHundredths = mulDivRound(f.projects, YEAR_DAYS * 100, days);
  return {
    averageSpend: divRound(f.revenue, f.projects),
    projectsPerYear: `${Math.trunc(perYearHundredths / 100)}.${String(perYearHundredths % 100).padStart(2, '0')}`,
    yearlyValue,
    yearlyProfit,
    lifetimeValue: yearlyValue * relationshipYears,
    lifetimeProfit: yearlyProfit * relationshipYears,
  };
}

/** A share as a percent string with one decimal, from integers: round(part × 1000 / whole) tenths. */
export function percentOf(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const tenths = mulDivRound(part, 1000, whole);
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  return `${sign}${Math.trunc(abs / 10)}.${abs % 10}`;
}

const TIER_ORDER: Record<AbcTier, number> = { A: 0, B: 1, C: 2 };
const worse = (a: AbcTier, b: AbcTier): AbcTier => (TIER_ORDER[a] >= TIER_ORDER[b] ? a : b);

/**
 * ABC by revenue (the Pareto rule on the last 12 months): clients sorted by revenue, largest
 * first; a client is A while the revenue of those ranked before it is under 80% of the total, B
 * while under 95%, C after that. A client without revenue is C. Integer comparisons, no shares.
 */
export function revenueTiers(rows: { clientId: number; revenue: number }[]): Map<number, AbcTier> {
  const total = rows.reduce((s, r) => s + Math.max(0, r.revenue), 0);
  const tiers = new Map<number, AbcTier>();
  let before = 0;
  for (const r of [...rows].sort((a, b) => b.revenue - a.revenue || a.clientId - b.clientId)) {
    let tier: AbcTier = 'C';
    if (r.revenue > 0 && total > 0) tier = before * 100 < total * 80 ? 'A' : before * 100 < total * 95 ? 'B' : 'C';
    tiers.set(r.clientId, tier);
    before += Math.max(0, r.revenue);
  }
  return tiers;
}

/** ABC by frequency: won projects in the last 12 months against the settings' A and B counts. */
export function frequencyTier(projects12m: number, s: Pick<AnalyticsSettings, 'frequencyA' | 'frequencyB'>): AbcTier {
  return projects12m >= s.frequencyA ? 'A' : projects12m >= s.frequencyB ? 'B' : 'C';
}

/** Dozing, half asleep, asleep (瞌睡 / 半睡 / 沉睡) by days since the last touch; null when awake. */
export function dormancyBand(days: number, s: Pick<AnalyticsSettings, 'dozingDays' | 'halfAsleepDays' | 'asleepDays'>) {
  if (days >= s.asleepDays) return 'asleep' as const;
  if (days >= s.halfAsleepDays) return 'half_asleep' as const;
  if (days >= s.dozingDays) return 'dozing' as const;
  return null;
}

const latest = (...dates: (string | null)[]) =>
  dates.reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);

/**
 * Churn warnings (流失预警) with their reasons, for clients we still serve:
 * - long_silence: no visit for `silenceDays` (counted from the client's creation if never visited);
 * - open_complaints: any complaint without a resolution date;
 * - price_pressure: at least `pricePressureCount` discounted quotes in the last 12 months;
 * - lost_proposals: at least `lostProposalsCount` proposals lost in the last 12 months;
 * - no_top_management: no contact marked as top management;
 * - dissatisfied: the latest survey has a dimension where experience fell short of expectation.
 */
export function churnReasons(f: ClientFacts, today: string, s: AnalyticsSettings): ChurnReason[] {
  if (f.status === 'let_go') return [];
  const reasons: ChurnReason[] = [];
  const silence = daysBetween(f.lastVisitOn ?? f.createdOn, today);
  if (silence >= s.silenceDays) reasons.push({ code: 'long_silence', value: silence });
  if (f.openComplaints > 0) reasons.push({ code: 'open_complaints', value: f.openComplaints });
  if (f.discounted12m >= s.pricePressureCount) reasons.push({ code: 'price_pressure', value: f.discounted12m });
  if (f.lost12m >= s.lostProposalsCount) reasons.push({ code: 'lost_proposals', value: f.lost12m });
  if (!f.hasTopManagement) reasons.push({ code: 'no_top_management', value: null });
  if (f.latestSurvey) {
    const { dimensions } = satisfactionOf(f.latestSurvey);
    const worst = Math.min(...dimensions.map((d) => d.satisfaction));
    if (worst < 0) reasons.push({ code: 'dissatisfied', value: worst });
  }
  return reasons;
}

/**
 * The Pareto (80/20) view of the last 12 months' profit: clients with revenue in the window,
 * sorted by profit; each with its share of the total profit and the cumulative share (from the
 * cumulative integer sum, not from rounded shares), and its rank by revenue beside its rank by
 * profit — the biggest client is not necessarily the most profitable.
 */
export function paretoOf(rows: { clientId: number; name: string; revenue: number; profit: number }[]) {
  const active = rows.filter((r) => r.revenue > 0);
  const byRevenue = [...active].sort((a, b) => b.revenue - a.revenue || a.clientId - b.clientId);
  const revenueRank = new Map(byRevenue.map((r, i) => [r.clientId, i + 1]));
  const byProfit = [...active].sort((a, b) => b.profit - a.profit || a.clientId - b.clientId);
  const total = byProfit.reduce((s, r) => s + r.profit, 0);
  let cumulative = 0;
  const pareto: ParetoRow[] = byProfit.map((r, i) => {
    cumulative += r.profit;
    return {
      clientId: r.clientId,
      name: r.name,
      profit: r.profit,
      // The same until after-win.ts ranks by profit after the cost to serve.
      profitBeforeCostToServe: r.profit,
      revenue: r.revenue,
      profitRank: i + 1,
      revenueRank: revenueRank.get(r.clientId)!,
      sharePercent: percentOf(r.profit, total),
      cumulativePercent: percentOf(cumulative, total),
    };
  });
  // The top fifth, rounded up: with 7 clients that is 2.
  const topFifthCount = Math.ceil(byProfit.length / 5);
  const topProfit = byProfit.slice(0, topFifthCount).reduce((s, r) => s + r.profit, 0);
  return { pareto, topFifthCount, topFifthSharePercent: percentOf(topProfit, total) };
}

function withoutCostToServe(profit12m: number, l: { yearlyProfit: number; lifetimeProfit: number }) {
  return {
    costToServe: 0,
    costToServe12m: 0,
    profit12mAfterCostToServe: profit12m,
    yearlyProfitAfterCostToServe: l.yearlyProfit,
    lifetimeProfitAfterCostToServe: l.lifetimeProfit,
  };
}

/** Every figure of the account analytics from the facts. Pure: no I/O, `today` given. */
export function computeAccountAnalytics(
  facts: ClientFacts[],
  today: string,
  settings: AnalyticsSettings,
  currency: CurrencyCode,
): AccountAnalytics {
  const revenueTier = revenueTiers(facts.map((f) => ({ clientId: f.clientId, revenue: f.revenue12m })));
  const { pareto, topFifthCount, topFifthSharePercent } = paretoOf(
    facts.map((f) => ({ clientId: f.clientId, name: f.name, revenue: f.revenue12m, profit: f.revenue12m - f.cost12m })),
  );
  const ranks = new Map(pareto.map((p) => [p.clientId, p]));
  const tierCounts: Record<AbcTier, number> = { A: 0, B: 0, C: 0 };
  const dormancyCounts = { dozing: 0, half_asleep: 0, asleep: 0 };
  const clients: ClientFigures[] = facts.map((f) => {
    const lifetime = lifetimeFigures(f, today, settings.relationshipYears);
    const rTier = revenueTier.get(f.clientId) ?? 'C';
    const fTier = frequencyTier(f.projects12m, settings);
    const tier = worse(rTier, fTier);
    tierCounts[tier]++;
    const lastTouch = latest(f.lastProposalOn, f.lastVisitOn) ?? f.createdOn;
    const daysSinceTouch = Math.max(0, daysBetween(lastTouch, today));
    const dormancy = f.status === 'let_go' ? null : dormancyBand(daysSinceTouch, settings);
    if (dormancy) dormancyCounts[dormancy]++;
    const rank = ranks.get(f.clientId);
    return {
      clientId: f.clientId,
      name: f.name,
      status: f.status,
      clientType: clientTypeOf(f.character, f.professionalism),
      keyAccount: f.keyAccount,
      projects: f.projects,
      revenue: f.revenue,
      cost: f.cost,
      relatedSales: f.relatedSales,
      ...lifetime,
      projects12m: f.projects12m,
      revenue12m: f.revenue12m,
      profit12m: f.revenue12m - f.cost12m,
      revenueTier: rTier,
      frequencyTier: fTier,
      tier,
      revenueRank: rank?.revenueRank ?? null,
      profitRank: rank?.profitRank ?? null,
      lastTouch,
      daysSinceTouch,
      dormancy,
      churn: churnReasons(f, today, settings),
      // Without cost-to-serve entries (after-win.ts adds them), profit after equals profit before.
      ...withoutCostToServe(f.revenue12m - f.cost12m, lifetime),
    };
  });
  return {
    asOf: today,
    currency,
    relationshipYears: settings.relationshipYears,
    clients,
    pareto,
    topFifthSharePercent,
    topFifthCount,
    tierCounts,
    dormancyCounts,
  };
}
