import type { ChurnReason } from '@shared/contract';
import { daysBetween } from '@shared/analytics/care';
import { mulDivRound } from '@shared/money';

/**
 * DOMAIN.md §7 on top of the account analytics: profit after the cost to serve and the 回款慢
 * warning (accounts.ts ranks the Pareto on that profit). Kept apart from accounts.ts so that the
 * revenue-side analytics can change without touching this, and the other way round. Pure.
 */
const YEAR_DAYS = 365;

/**
 * Yearly profit after cost to serve = round((revenue − cost − cost to serve) × 365 / days), days
 * being the same relationship length as the profit before it (from the first won project, at
 * least a year); lifetime = yearly × relationship years. A client we only pitched to, never won,
 * counts its cost over at least a year from its first entry, so a lost pitch shows as a loss.
 */
export function profitAfterCostToServe(
  f: { revenue: number; cost: number; firstWonOn: string | null },
  costToServe: number,
  today: string,
  relationshipYears: number,
): { yearly: number; lifetime: number } {
  const days = f.firstWonOn === null ? YEAR_DAYS : Math.max(YEAR_DAYS, daysBetween(f.firstWonOn, today));
  const yearly = mulDivRound(f.revenue - f.cost - costToServe, YEAR_DAYS, days);
  return { yearly, lifetime: yearly * relationshipYears };
}

/**
 * One client's figures after its cost to serve, and its 回款慢 warning (null without money more
 * than 60 days overdue, or for a client let go). The Pareto on profit after the cost to serve, and
 * the ranks from it, span all clients: accounts.ts assembles them.
 */
export function costToServeFigures(
  f: { revenue: number; cost: number; firstWonOn: string | null; status: string },
  before: { profit12m: number; lifetimeProfit: number; valueBasis: 'projected' | 'historic' },
  cts: { total: number; recent: number },
  overdue60: number,
  today: string,
  relationshipYears: number,
) {
  const after = profitAfterCostToServe(f, cts.total, today, relationshipYears);
  const slowPayment: ChurnReason | null =
    overdue60 > 0 && f.status !== 'let_go'
      ? { code: 'slow_payment', value: overdue60, date: null, contactKind: null }
      : null;
  return {
    costToServe: cts.total,
    costToServe12m: cts.recent,
    profit12mAfterCostToServe: before.profit12m - cts.recent,
    yearlyProfitAfterCostToServe: after.yearly,
    // A let-go or asleep client shows its history (accounts.ts): what it brought, less what it cost.
    lifetimeProfitAfterCostToServe:
      before.valueBasis === 'historic' ? before.lifetimeProfit - cts.total : after.lifetime,
    slowPayment,
  };
}
