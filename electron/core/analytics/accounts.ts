import type {
  AbcTier,
  AccountAnalytics,
  ChurnReason,
  ClientFigures,
  ClientSettings,
  ParetoRow,
  VisitSignal,
} from '@shared/contract';
import { clientTypeOf, type Level } from '@shared/analytics/client-type';
import { dayNumber } from '@shared/analytics/care';
import { satisfactionOf, type DimensionScores } from '@shared/analytics/satisfaction';
import { convertMinor, divRound, mulDivRound } from '@shared/money';
import { costToServeFigures, slowPaymentOf } from './after-win';
import { sortFromLast } from './presorted';
import type { CurrencyCode } from '@shared/money';

/** What counts as contact (issue 14): see repos/account-facts.ts. */
export type ContactKind = 'visit' | 'complaint' | 'survey' | 'won' | 'sent';

/** One won project in another currency than the workspace's, to convert with the rate of its day. */
export interface ForeignWin {
  proposalId: number;
  clientId: number;
  currency: CurrencyCode;
  net: number;
  cost: number;
  decidedOn: string;
}

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
  /** The same since 1 January of today's year. */
  projectsYear: number;
  revenueYear: number;
  costYear: number;
  lost12m: number;
  /** The latest contact of each kind (any order); the latest of them is the last contact. */
  contacts: { kind: ContactKind; on: string }[];
  nextVisitOn: string | null;
  /** Visits in the last 12 months carrying each churn signal, and the latest such visit. */
  signals: Partial<Record<VisitSignal, { count: number; last: string }>>;
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

/** 1 January of the year holding `today` ("2026-12-02" → "2026-01-01"). */
export function yearStartOf(today: string): string {
  return `${today.slice(0, 4)}-01-01`;
}

/**
 * Yearly value and lifetime value (客户的真正价值, DOMAIN.md §4), from the figures the screen shows,
 * so the row multiplies out (issue 14):
 * - average spend per project = round(revenue / projects) (all-time won projects, net);
 * - projects per year = round(projects × 365 / relationship days, 2 places), where relationship
 *   days = days from the first won project to today, at least 365 (a young client is not
 *   extrapolated from a few weeks): relationshipDays;
 * - yearly value = round(average spend × projects per year) + related sales — exactly the product
 *   of the two shown figures, rounded once;
 * - lifetime value = yearly value × typical relationship years (a setting, default 5).
 * Profit the same way from the average profit per project (revenue − cost) / projects. Related
 * sales carry no known cost, so they add to value but not to profit.
 * A client let go or asleep has a history, not a future: its lifetime figures are what it brought
 * (all-time revenue, and revenue − cost; related sales are yearly, not history): `valueBasis` historic.
 */
export function lifetimeFigures(
  f: Pick<ClientFacts, 'projects' | 'revenue' | 'cost' | 'firstWonOn' | 'relatedSales'>,
  relationshipDays: number,
  relationshipYears: number,
  historic = false,
) {
  const valueBasis = historic ? ('historic' as const) : ('projected' as const);
  if (f.projects === 0 || f.firstWonOn === null) {
    return {
      averageSpend: 0,
      averageProfit: 0,
      projectsPerYear: '0.00',
      yearlyValue: f.relatedSales,
      yearlyProfit: 0,
      valueBasis,
      lifetimeValue: historic ? 0 : f.relatedSales * relationshipYears,
      lifetimeProfit: 0,
    };
  }
  const perYearHundredths = mulDivRound(f.projects, YEAR_DAYS * 100, relationshipDays);
  const averageSpend = divRound(f.revenue, f.projects);
  const averageProfit = divRound(f.revenue - f.cost, f.projects);
  const yearlyValue = mulDivRound(averageSpend, perYearHundredths, 100) + f.relatedSales;
  const yearlyProfit = mulDivRound(averageProfit, perYearHundredths, 100);
  return {
    averageSpend,
    averageProfit,
    projectsPerYear: `${Math.trunc(perYearHundredths / 100)}.${String(perYearHundredths % 100).padStart(2, '0')}`,
    yearlyValue,
    yearlyProfit,
    valueBasis,
    lifetimeValue: historic ? f.revenue : yearlyValue * relationshipYears,
    lifetimeProfit: historic ? f.revenue - f.cost : yearlyProfit * relationshipYears,
  };
}

/**
 * The relationship length the yearly figures divide by (lifetimeFigures, and after-win.ts for the
 * profit after the cost to serve): days from the first won project to today, at least a year; a
 * year for a client never won. Day numbers (care.ts dayNumber), so a new day parses no date.
 */
export function relationshipDays(firstWonDay: number | null, todayDay: number): number {
  return firstWonDay === null ? YEAR_DAYS : Math.max(YEAR_DAYS, todayDay - firstWonDay);
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
 * `revenues` in that order (largest first); the tiers come back in the same order.
 */
export function revenueTiers(revenues: readonly number[]): AbcTier[] {
  let total = 0;
  for (const r of revenues) total += Math.max(0, r);
  let before = 0;
  return revenues.map((r) => {
    let tier: AbcTier = 'C';
    if (r > 0 && total > 0) tier = before * 100 < total * 80 ? 'A' : before * 100 < total * 95 ? 'B' : 'C';
    before += Math.max(0, r);
    return tier;
  });
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

/** The latest contact of a client, or null when there was none. */
export function lastContactOf(f: Pick<ClientFacts, 'contacts'>): { kind: ContactKind; on: string } | null {
  let last: { kind: ContactKind; on: string } | null = null;
  for (const c of f.contacts) if (last === null || c.on > last.on) last = c;
  return last;
}

/** A churn reason without a contact (a module function: standingChurnReasons runs for every client). */
function reason(code: ChurnReason['code'], value: number | null, date: string | null = null): ChurnReason {
  return { code, value, date, contactKind: null };
}

/** The lowest satisfaction of a survey, once per survey object (a base keeps it from day to day). */
const worstOfSurvey = new WeakMap<DimensionScores, number>();
function worstSatisfaction(scores: DimensionScores): number {
  let worst = worstOfSurvey.get(scores);
  if (worst === undefined) {
    worst = Math.min(...satisfactionOf(scores).dimensions.map((d) => d.satisfaction));
    worstOfSurvey.set(scores, worst);
  }
  return worst;
}

/**
 * Churn warnings (流失预警) with their reasons, for clients we still serve:
 * - long_silence: no contact (a visit that happened, a complaint or survey received, a win, a
 *   version sent) for `silenceDays`, counted from the client's creation if there was none; it says
 *   what and when the last contact was;
 * - open_complaints: any complaint without a resolution date;
 * - price_pressure: at least `pricePressureCount` discounted quotes in the last 12 months;
 * - lost_proposals: at least `lostProposalsCount` proposals lost in the last 12 months;
 * - no_top_management: no contact marked as top management;
 * - dissatisfied: the latest survey has a dimension where experience fell short of expectation;
 * - perfunctory / disagreement: visits in the last 12 months that noted perfunctory replies (敷衍)
 *   or disagreement inside the client (意见不统一), with the latest date;
 * and slow_payment (after-win.ts) after them. The long silence counts days, the others follow from
 * the facts: figuresOn puts the day's long_silence in front of the standing ones of the basis.
 */
function silenceReason(
  status: ClientFacts['status'],
  last: { kind: ContactKind; on: string } | null,
  silence: number,
  s: Pick<AnalyticsSettings, 'silenceDays'>,
): ChurnReason | null {
  if (status === 'let_go' || silence < s.silenceDays) return null;
  return { code: 'long_silence', value: silence, date: last?.on ?? null, contactKind: last?.kind ?? null };
}

/** The churn reasons other than long_silence and slow_payment, in the order above. */
function standingChurnReasons(f: ClientFacts, s: AnalyticsSettings): ChurnReason[] {
  if (f.status === 'let_go') return [];
  const reasons: ChurnReason[] = [];
  if (f.openComplaints > 0) reasons.push(reason('open_complaints', f.openComplaints));
  if (f.discounted12m >= s.pricePressureCount) reasons.push(reason('price_pressure', f.discounted12m));
  if (f.lost12m >= s.lostProposalsCount) reasons.push(reason('lost_proposals', f.lost12m));
  if (!f.hasTopManagement) reasons.push(reason('no_top_management', null));
  if (f.latestSurvey) {
    const worst = worstSatisfaction(f.latestSurvey);
    if (worst < 0) reasons.push(reason('dissatisfied', worst));
  }
  for (const signal of ['perfunctory', 'disagreement'] as const) {
    const seen = f.signals[signal];
    if (seen && seen.count > 0) reasons.push(reason(signal, seen.count, seen.last));
  }
  return reasons;
}

/** The rate in force on a day: the newest dated on or before it. */
function rateOn(rates: readonly { on: string; rate: string }[] | undefined, day: string) {
  let found: { on: string; rate: string } | undefined;
  for (const r of rates ?? []) if (r.on <= day) found = r;
  return found;
}

/**
 * A win in another currency in the workspace currency, with the newest rate dated on or before the
 * day it was won (rounded once per amount, by the shared convertMinor); null when there is none.
 */
export function convertWin(
  w: ForeignWin,
  rates: ReadonlyMap<string, readonly { on: string; rate: string }[]>,
  currency: CurrencyCode,
): { net: number; cost: number; rate: { on: string; rate: string } } | null {
  const rate = rateOn(rates.get(w.currency), w.decidedOn);
  if (!rate) return null;
  return {
    net: convertMinor(w.net, w.currency, currency, rate.rate),
    cost: convertMinor(w.cost, w.currency, currency, rate.rate),
    rate,
  };
}

/**
 * A client's wins in other currencies folded into its facts, each converted with the newest rate
 * dated on or before the day it was won (rounded once per win, by the shared convertMinor). A win
 * with no such rate is left out of every figure and listed, never silently dropped. `f` is changed
 * in place (the caller passes facts of its own, fresh for this computation: copying 10,000 of them
 * would cost more than the conversion).
 */
export function foldForeignWins(
  f: ClientFacts,
  wins: readonly ForeignWin[],
  rates: ReadonlyMap<string, readonly { on: string; rate: string }[]>,
  currency: CurrencyCode,
  since: string,
  yearStart: string,
): Pick<AccountAnalytics, 'conversions' | 'unconverted'> {
  const conversions: AccountAnalytics['conversions'] = [];
  const unconverted: AccountAnalytics['unconverted'] = [];
  for (const w of wins) {
    const c = convertWin(w, rates, currency);
    if (!c) {
      unconverted.push({
        proposalId: w.proposalId,
        clientId: w.clientId,
        clientName: f.name,
        currency: w.currency,
        net: w.net,
        decidedOn: w.decidedOn,
      });
      continue;
    }
    const { net, cost, rate: r } = c;
    conversions.push({
      proposalId: w.proposalId,
      clientId: w.clientId,
      currency: w.currency,
      net: w.net,
      rate: r.rate,
      rateOn: r.on,
      convertedNet: net,
    });
    f.projects++;
    f.revenue += net;
    f.cost += cost;
    if (f.firstWonOn === null || w.decidedOn < f.firstWonOn) f.firstWonOn = w.decidedOn;
    if (w.decidedOn >= since.slice(0, 10)) {
      f.projects12m++;
      f.revenue12m += net;
      f.cost12m += cost;
    }
    if (w.decidedOn >= yearStart) {
      f.projectsYear++;
      f.revenueYear += net;
      f.costYear += cost;
    }
  }
  return { conversions, unconverted };
}

/**
 * The Pareto (80/20) view of the last 12 months' profit: clients with revenue in the window,
 * sorted by profit; each with its share of the total profit and the cumulative share (from the
 * cumulative integer sum, not from rounded shares), and its rank by revenue beside its rank by
 * profit — the biggest client is not necessarily the most profitable. `byProfit`: those clients,
 * sorted by profit, largest first (ties by client id), each with its revenue rank.
 */
export function paretoOf(
  byProfit: readonly {
    clientId: number;
    name: string;
    revenue: number;
    profit: number;
    profitBeforeCostToServe: number;
    revenueRank: number;
  }[],
) {
  let total = 0;
  for (const r of byProfit) total += r.profit;
  let cumulative = 0;
  const pareto: ParetoRow[] = byProfit.map((r, i) => {
    cumulative += r.profit;
    return {
      clientId: r.clientId,
      name: r.name,
      profit: r.profit,
      profitBeforeCostToServe: r.profitBeforeCostToServe,
      revenue: r.revenue,
      profitRank: i + 1,
      revenueRank: r.revenueRank,
      sharePercent: percentOf(r.profit, total),
      cumulativePercent: percentOf(cumulative, total),
    };
  });
  // The top fifth, rounded up: with 7 clients that is 2.
  const topFifthCount = Math.ceil(byProfit.length / 5);
  let topProfit = 0;
  for (let i = 0; i < topFifthCount; i++) topProfit += byProfit[i]!.profit;
  return { pareto, topFifthCount, topFifthSharePercent: percentOf(topProfit, total) };
}

/** The figures that depend on other clients too: the revenue tier (Pareto), the tier, the ranks. */
type CrossClient = 'revenueTier' | 'tier' | 'revenueRank' | 'profitRank';

/**
 * A client's own figures: everything that follows from its facts, today and the settings alone.
 * The analytics after a write recompute these for the clients the write touched only
 * (analytics/cache.ts); `assembleAccountAnalytics` adds the cross-client figures.
 */
export type OwnFigures = Omit<ClientFigures, CrossClient>;

/** What a client's figures after the cost to serve need besides its facts (DOMAIN.md §7). */
export interface AfterWinFacts {
  /** Cost to serve all-time and in the last 12 months, workspace currency. */
  costToServe: { total: number; recent: number };
  /** Money more than 60 days overdue (回款慢). */
  overdue60: number;
}

/**
 * What a client's figures take from its facts alone (issue 18): computed when the facts change (a
 * write, a fact crossing a window edge: base.ts factsValidUntil; on 1 January, the year sums alone:
 * withYearSums), not every day. The figures that count days (days since the last touch, the long
 * silence, the relationship length the yearly and lifetime figures divide by, hence the dormancy
 * band and the historic basis) are made from it on each day by figuresOn, which costs a few integer
 * operations per client.
 */
export interface FigureBasis {
  facts: ClientFacts;
  lastContact: { kind: ContactKind; on: string } | null;
  /** The last contact's day, or the client's creation if there was none. */
  lastTouch: string;
  lastTouchDay: number;
  firstWonDay: number | null;
  costToServe: AfterWinFacts['costToServe'];
  /** The churn reasons but long_silence, 回款慢 last: the same every day the facts hold. */
  standingChurn: ChurnReason[];
  clientType: ClientFigures['clientType'];
  frequencyTier: AbcTier;
  marginPercent: string | null;
  marginPercentThisYear: string | null;
}

export function figureBasis(f: ClientFacts, settings: AnalyticsSettings, extra: AfterWinFacts): FigureBasis {
  const lastContact = lastContactOf(f);
  const lastTouch = lastContact?.on ?? f.createdOn;
  const standingChurn = standingChurnReasons(f, settings);
  const slowPayment = slowPaymentOf(f.status, extra.overdue60);
  if (slowPayment) standingChurn.push(slowPayment);
  return {
    facts: f,
    lastContact,
    lastTouch,
    lastTouchDay: dayNumber(lastTouch),
    firstWonDay: f.firstWonOn === null ? null : dayNumber(f.firstWonOn),
    costToServe: extra.costToServe,
    standingChurn,
    clientType: clientTypeOf(f.character, f.professionalism),
    frequencyTier: frequencyTier(f.projects12m, settings),
    marginPercent: percentOf(f.revenue - f.cost, f.revenue),
    marginPercentThisYear: marginThisYear(f),
  };
}

const marginThisYear = (f: Pick<ClientFacts, 'revenueYear' | 'costYear'>) =>
  percentOf(f.revenueYear - f.costYear, f.revenueYear);

/** A client's calendar-year sums (ClientFacts projectsYear, revenueYear, costYear). */
export type YearSums = Pick<ClientFacts, 'projectsYear' | 'revenueYear' | 'costYear'>;

/**
 * The basis with other calendar-year sums, everything else kept (issue 18): on 1 January only
 * "this year" restarts, and a client none of whose other facts crosses an edge that day keeps them
 * (load.ts partOnDay). The same basis when the sums are the same (a client with no win last year
 * nor on the new one's first days). Every field named, no spreads (see figuresOn).
 */
export function withYearSums(b: FigureBasis, sums: YearSums): FigureBasis {
  const f = b.facts;
  if (f.projectsYear === sums.projectsYear && f.revenueYear === sums.revenueYear && f.costYear === sums.costYear)
    return b;
  const facts: ClientFacts = {
    clientId: f.clientId,
    name: f.name,
    status: f.status,
    character: f.character,
    professionalism: f.professionalism,
    relatedSales: f.relatedSales,
    createdOn: f.createdOn,
    keyAccount: f.keyAccount,
    projects: f.projects,
    revenue: f.revenue,
    cost: f.cost,
    firstWonOn: f.firstWonOn,
    projects12m: f.projects12m,
    revenue12m: f.revenue12m,
    cost12m: f.cost12m,
    projectsYear: sums.projectsYear,
    revenueYear: sums.revenueYear,
    costYear: sums.costYear,
    lost12m: f.lost12m,
    contacts: f.contacts,
    nextVisitOn: f.nextVisitOn,
    signals: f.signals,
    openComplaints: f.openComplaints,
    discounted12m: f.discounted12m,
    hasTopManagement: f.hasTopManagement,
    latestSurvey: f.latestSurvey,
  };
  return {
    facts,
    lastContact: b.lastContact,
    lastTouch: b.lastTouch,
    lastTouchDay: b.lastTouchDay,
    firstWonDay: b.firstWonDay,
    costToServe: b.costToServe,
    standingChurn: b.standingChurn,
    clientType: b.clientType,
    frequencyTier: b.frequencyTier,
    marginPercent: b.marginPercent,
    marginPercentThisYear: marginThisYear(facts),
  };
}

/**
 * A client's own figures on a day (`todayDay`, care.ts dayNumber) from its basis (made with the
 * same settings). Pure: no I/O. Built as one literal with every field named (no spreads): 10,000
 * spread copies of a 45-field object cost V8 half a second. It has ClientFigures' shape, the
 * cross-client fields as placeholders that the first assembly fills in place (withCrossClient).
 */
export function figuresOn(b: FigureBasis, todayDay: number, settings: AnalyticsSettings): OwnFigures {
  const f = b.facts;
  const silence = todayDay - b.lastTouchDay;
  const daysSinceTouch = Math.max(0, silence);
  const dormancy = f.status === 'let_go' ? null : dormancyBand(daysSinceTouch, settings);
  const historic = f.status === 'let_go' || dormancy === 'asleep';
  const days = relationshipDays(b.firstWonDay, todayDay);
  const l = lifetimeFigures(f, days, settings.relationshipYears, historic);
  const profit12m = f.revenue12m - f.cost12m;
  const after = costToServeFigures(
    f,
    { profit12m, lifetimeProfit: l.lifetimeProfit, valueBasis: l.valueBasis },
    b.costToServe,
    days,
    settings.relationshipYears,
  );
  const longSilence = silenceReason(f.status, b.lastContact, silence, settings);
  // Without a long silence the standing reasons are the whole list, shared from day to day (no
  // reply changes a reason list once made).
  const churn = longSilence ? [longSilence, ...b.standingChurn] : b.standingChurn;
  const own: ClientFigures = {
    clientId: f.clientId,
    name: f.name,
    status: f.status,
    clientType: b.clientType,
    keyAccount: f.keyAccount,
    projects: f.projects,
    revenue: f.revenue,
    cost: f.cost,
    averageSpend: l.averageSpend,
    averageProfit: l.averageProfit,
    projectsPerYear: l.projectsPerYear,
    relatedSales: f.relatedSales,
    yearlyValue: l.yearlyValue,
    yearlyProfit: l.yearlyProfit,
    valueBasis: l.valueBasis,
    lifetimeValue: l.lifetimeValue,
    lifetimeProfit: l.lifetimeProfit,
    projects12m: f.projects12m,
    revenue12m: f.revenue12m,
    profit12m,
    marginPercent: b.marginPercent,
    projectsThisYear: f.projectsYear,
    revenueThisYear: f.revenueYear,
    profitThisYear: f.revenueYear - f.costYear,
    marginPercentThisYear: b.marginPercentThisYear,
    // Placeholders, in ClientFigures' field order: the first assembly fills them in place
    // (withCrossClient), so a client recomputed costs one 41-field object, not two.
    revenueTier: 'C',
    frequencyTier: b.frequencyTier,
    tier: 'C',
    revenueRank: UNASSEMBLED,
    profitRank: null,
    lastTouch: b.lastTouch,
    lastContactKind: b.lastContact?.kind ?? null,
    daysSinceTouch,
    nextVisitOn: f.nextVisitOn,
    dormancy,
    churn,
    costToServe: after.costToServe,
    costToServe12m: after.costToServe12m,
    profit12mAfterCostToServe: after.profit12mAfterCostToServe,
    yearlyProfitAfterCostToServe: after.yearlyProfitAfterCostToServe,
    lifetimeProfitAfterCostToServe: after.lifetimeProfitAfterCostToServe,
  };
  return own;
}

/** The revenue rank of own figures not yet assembled (a real one is null or from 1). */
const UNASSEMBLED = -1;

/**
 * The figures last assembled from each own-figures object when they differ from the object itself:
 * after a write most clients keep their own figures and their tier and ranks, and their assembled
 * object is reused rather than rebuilt. An object is changed only before it is first assembled
 * (the placeholders filled in), never once handed out, so sharing them between replies is safe.
 */
const assembled = new WeakMap<OwnFigures, ClientFigures>();

/** A client's figures: its own ones and the cross-client ones, every field named (see figuresOn). */
function withCrossClient(c: OwnFigures, x: Pick<ClientFigures, CrossClient>): ClientFigures {
  // figuresOn builds every field, the cross-client ones as placeholders.
  const own = c as ClientFigures;
  if (own.revenueRank === UNASSEMBLED) {
    // Never handed out yet: filled in place (no second 41-field object per client recomputed).
    own.revenueTier = x.revenueTier;
    own.tier = x.tier;
    own.revenueRank = x.revenueRank;
    own.profitRank = x.profitRank;
    return own;
  }
  // Handed out already: reused while its cross-client figures hold, else copied.
  const last = assembled.get(c) ?? own;
  if (
    last.revenueTier === x.revenueTier &&
    last.tier === x.tier &&
    last.revenueRank === x.revenueRank &&
    last.profitRank === x.profitRank
  )
    return last;
  const figures: ClientFigures = {
    clientId: c.clientId,
    name: c.name,
    status: c.status,
    clientType: c.clientType,
    keyAccount: c.keyAccount,
    projects: c.projects,
    revenue: c.revenue,
    cost: c.cost,
    averageSpend: c.averageSpend,
    averageProfit: c.averageProfit,
    projectsPerYear: c.projectsPerYear,
    relatedSales: c.relatedSales,
    yearlyValue: c.yearlyValue,
    yearlyProfit: c.yearlyProfit,
    valueBasis: c.valueBasis,
    lifetimeValue: c.lifetimeValue,
    lifetimeProfit: c.lifetimeProfit,
    projects12m: c.projects12m,
    revenue12m: c.revenue12m,
    profit12m: c.profit12m,
    marginPercent: c.marginPercent,
    projectsThisYear: c.projectsThisYear,
    revenueThisYear: c.revenueThisYear,
    profitThisYear: c.profitThisYear,
    marginPercentThisYear: c.marginPercentThisYear,
    revenueTier: x.revenueTier,
    frequencyTier: c.frequencyTier,
    tier: x.tier,
    revenueRank: x.revenueRank,
    profitRank: x.profitRank,
    lastTouch: c.lastTouch,
    lastContactKind: c.lastContactKind,
    daysSinceTouch: c.daysSinceTouch,
    nextVisitOn: c.nextVisitOn,
    dormancy: c.dormancy,
    churn: c.churn,
    costToServe: c.costToServe,
    costToServe12m: c.costToServe12m,
    profit12mAfterCostToServe: c.profit12mAfterCostToServe,
    yearlyProfitAfterCostToServe: c.yearlyProfitAfterCostToServe,
    lifetimeProfitAfterCostToServe: c.lifetimeProfitAfterCostToServe,
  };
  assembled.set(c, figures);
  return figures;
}

/**
 * Every figure of the account analytics from every client's own figures (in client id order):
 * ABC by revenue over all clients, the tier (the worse of revenue and frequency), the Pareto view
 * of profit after the cost to serve (DOMAIN.md §7) with each client's ranks, and the counts.
 * Sorting 10,000 small records is cheap next to computing them, so this runs whole every time.
 */
export function assembleAccountAnalytics(
  own: readonly OwnFigures[],
  { today, currency, relationshipYears }: { today: string; currency: CurrencyCode; relationshipYears: number },
  converted: Pick<AccountAnalytics, 'conversions' | 'unconverted'> = { conversions: [], unconverted: [] },
): AccountAnalytics {
  // Positions into `own`, sorted: no per-client row objects or maps (this runs after every write).
  const n = own.length;
  const idOf = (i: number) => own[i]!.clientId;
  const byRevenue = sortFromLast(
    'revenue12m',
    Array.from({ length: n }, (_, i) => i),
    idOf,
    (i, j) => own[j]!.revenue12m - own[i]!.revenue12m || own[i]!.clientId - own[j]!.clientId,
  );
  const rTier = new Array<AbcTier>(n);
  revenueTiers(byRevenue.map((i) => own[i]!.revenue12m)).forEach((tier, k) => (rTier[byRevenue[k]!] = tier));
  // Clients with revenue in the window head the revenue order: their revenue rank is their place.
  const revenueRank = new Int32Array(n);
  byRevenue.forEach((i, k) => (revenueRank[i] = own[i]!.revenue12m > 0 ? k + 1 : 0));
  const profit = (i: number) => own[i]!.profit12mAfterCostToServe;
  const byProfit = sortFromLast(
    'profit12mAfterCostToServe',
    byRevenue.filter((i) => revenueRank[i]! > 0),
    idOf,
    (i, j) => profit(j) - profit(i) || own[i]!.clientId - own[j]!.clientId,
  );
  const profitRank = new Int32Array(n);
  byProfit.forEach((i, k) => (profitRank[i] = k + 1));
  // The 80/20 view on profit after the cost to serve (DOMAIN.md §7).
  const { pareto, topFifthCount, topFifthSharePercent } = paretoOf(
    byProfit.map((i) => {
      const c = own[i]!;
      return {
        clientId: c.clientId,
        name: c.name,
        revenue: c.revenue12m,
        profit: c.profit12mAfterCostToServe,
        profitBeforeCostToServe: c.profit12m,
        revenueRank: revenueRank[i]!,
      };
    }),
  );
  const tierCounts: Record<AbcTier, number> = { A: 0, B: 0, C: 0 };
  const dormancyCounts = { dozing: 0, half_asleep: 0, asleep: 0 };
  const clients: ClientFigures[] = own.map((c, i) => {
    const tier = worse(rTier[i]!, c.frequencyTier);
    tierCounts[tier]++;
    if (c.dormancy) dormancyCounts[c.dormancy]++;
    return withCrossClient(c, {
      revenueTier: rTier[i]!,
      tier,
      revenueRank: revenueRank[i]! || null,
      profitRank: profitRank[i]! || null,
    });
  });
  return {
    asOf: today,
    currency,
    relationshipYears,
    clients,
    pareto,
    topFifthSharePercent,
    topFifthCount,
    tierCounts,
    dormancyCounts,
    conversions: converted.conversions,
    unconverted: converted.unconverted,
  };
}
