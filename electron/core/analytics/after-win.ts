import type { ChurnReason } from '@shared/contract';
import { mulDivRound } from '@shared/money';

/**
 * DOMAIN.md §7 on top of the account analytics: profit after the cost to serve and the 回款慢
 * warning (accounts.ts ranks the Pareto on that profit). Kept apart from accounts.ts so that the
 * revenue-side analytics can change without touching this, and the other way round. Pure.
 */
const YEAR_DAYS = 365;

/**
 * Yearly profit after cost to serve = round((revenue − cost − cost to serve) × 365 / days), days
 * being the same relationship length as the profit before it (accounts.ts relationshipDays: from
 * the first won project, at least a year); lifetime = yearly × relationship years. A client we
 * only pitched to, never won, counts its cost over a year, so a lost pitch shows as a loss.
 */
export function profitAfterCostToServe(
  f: { revenue: number; cost: number },
  costToServe: number,
  relationshipDays: number,
  relationshipYears: number,
): { yearly: number; lifetime: number } {
  const yearly = mulDivRound(f.revenue - f.cost - costToServe, YEAR_DAYS, relationshipDays);
  return { yearly, lifetime: yearly * relationshipYears };
}

/**
 * The 回款慢 warning: null without money more than 60 days overdue, or for a client let go. It
 * depends on the facts alone (the overdue money of the day), not on the day itself.
 */
export function slowPaymentOf(status: string, overdue60: number): ChurnReason | null {
  return overdue60 > 0 && status !== 'let_go'
    ? { code: 'slow_payment', value: overdue60, date: null, contactKind: null }
    : null;
}

/**
 * One client's figures after its cost to serve. The Pareto on profit after the cost to serve, and
 * the ranks from it, span all clients: accounts.ts assembles them.
 */
export function costToServeFigures(
  f: { revenue: number; cost: number },
  before: { profit12m: number; lifetimeProfit: number; valueBasis: 'projected' | 'historic' },
  cts: { total: number; recent: number },
  relationshipDays: number,
  relationshipYears: number,
) {
  const after = profitAfterCostToServe(f, cts.total, relationshipDays, relationshipYears);
  return {
    costToServe: cts.total,
    costToServe12m: cts.recent,
    profit12mAfterCostToServe: before.profit12m - cts.recent,
    yearlyProfitAfterCostToServe: after.yearly,
    // A let-go or asleep client shows its history (accounts.ts): what it brought, less what it cost.
    lifetimeProfitAfterCostToServe:
      before.valueBasis === 'historic' ? before.lifetimeProfit - cts.total : after.lifetime,
  };
}
