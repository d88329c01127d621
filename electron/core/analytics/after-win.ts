import type { AccountAnalytics, ChurnReason, ClientFigures } from '@shared/contract';
import { daysBetween } from '@shared/analytics/care';
import { mulDivRound } from '@shared/money';
import { paretoOf, type ClientFacts } from './accounts';

/**
 * DOMAIN.md §7 on top of the account analytics: profit after the cost to serve, the Pareto on
 * that profit, and the 回款慢 warning. Kept apart from accounts.ts so that the revenue-side
 * analytics can change without touching this, and the other way round. Pure.
 */
export interface AfterWinFacts {
  /** Cost to serve all-time and in the last 12 months, workspace currency. */
  costToServe: Map<number, { total: number; recent: number }>;
  /** Money more than 60 days overdue per client (回款慢). */
  overdue60: Map<number, number>;
}

const YEAR_DAYS = 365;

/**
 * Yearly profit after cost to serve = round((revenue − cost − cost to serve) × 365 / days), days
 * being the same relationship length as the profit before it (from the first won project, at
 * least a year); lifetime = yearly × relationship years. A client we only pitched to, never won,
 * counts its cost over at least a year from its first entry, so a lost pitch shows as a loss.
 */
export function profitAfterCostToServe(
  f: Pick<ClientFacts, 'revenue' | 'cost' | 'firstWonOn'>,
  costToServe: number,
  today: string,
  relationshipYears: number,
): { yearly: number; lifetime: number } {
  const days = f.firstWonOn === null ? YEAR_DAYS : Math.max(YEAR_DAYS, daysBetween(f.firstWonOn, today));
  const yearly = mulDivRound(f.revenue - f.cost - costToServe, YEAR_DAYS, days);
  return { yearly, lifetime: yearly * relationshipYears };
}

export function applyAfterWin(
  analytics: AccountAnalytics,
  facts: readonly ClientFacts[],
  extra: AfterWinFacts,
  today: string,
): AccountAnalytics {
  const factsBy = new Map(facts.map((f) => [f.clientId, f]));
  const clients: ClientFigures[] = analytics.clients.map((c) => {
    const f = factsBy.get(c.clientId)!;
    const cts = extra.costToServe.get(c.clientId) ?? { total: 0, recent: 0 };
    const after = profitAfterCostToServe(f, cts.total, today, analytics.relationshipYears);
    const slow = extra.overdue60.get(c.clientId) ?? 0;
    const churn: ChurnReason[] =
      slow > 0 && c.status !== 'let_go'
        ? [...c.churn, { code: 'slow_payment', value: slow, date: null, contactKind: null }]
        : c.churn;
    return {
      ...c,
      costToServe: cts.total,
      costToServe12m: cts.recent,
      profit12mAfterCostToServe: c.profit12m - cts.recent,
      yearlyProfitAfterCostToServe: after.yearly,
      // A let-go or asleep client shows its history (accounts.ts): what it brought, less what it cost.
      lifetimeProfitAfterCostToServe: c.valueBasis === 'historic' ? c.lifetimeProfit - cts.total : after.lifetime,
      churn,
    };
  });
  // The 80/20 view on profit after the cost to serve (DOMAIN.md §7).
  const { pareto, topFifthCount, topFifthSharePercent } = paretoOf(
    clients.map((c) => ({
      clientId: c.clientId,
      name: c.name,
      revenue: c.revenue12m,
      profit: c.profit12mAfterCostToServe,
    })),
  );
  const before = new Map(clients.map((c) => [c.clientId, c.profit12m]));
  const ranks = new Map(pareto.map((p) => [p.clientId, p]));
  return {
    ...analytics,
    clients: clients.map((c) => ({
      ...c,
      revenueRank: ranks.get(c.clientId)?.revenueRank ?? null,
      profitRank: ranks.get(c.clientId)?.profitRank ?? null,
    })),
    pareto: pareto.map((p) => ({ ...p, profitBeforeCostToServe: before.get(p.clientId) ?? p.profit })),
    topFifthCount,
    topFifthSharePercent,
  };
}
