import { addDays, daysBetween } from '../analytics/care';
import { mulDivRound } from '../money';

/**
 * Receivables arithmetic (回款, DOMAIN.md §7). Pure: dates are YYYY-MM-DD, `today` is given.
 *
 * A milestone is **receivable** once it is invoiced or its due date has come; before that it is
 * only scheduled. Outstanding = amount due − received. Days overdue count from the due date
 * (0 on the due date itself); a milestone is overdue from the day after. Aging buckets by days
 * past due: 0–30, 31–60, 61–90, over 90; invoiced money not yet due is "not due".
 */
export const AGING_BUCKETS = ['not_due', 'd0_30', 'd31_60', 'd61_90', 'over_90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Money more than this many days overdue raises the 回款慢 warning. */
export const SLOW_PAYMENT_DAYS = 60;

export interface MilestoneFacts {
  id: number;
  clientId: number;
  amount: number;
  received: number;
  /** The date it falls due: set, or trigger date + days; null while the trigger has not happened. */
  dueOn: string | null;
  invoicedOn: string | null;
}

/** The due date: a fixed date, or the trigger's date plus days once the trigger has happened. */
export function dueDateOf(m: { dueOn: string | null; triggerOn: string | null; triggerDays: number | null }) {
  if (m.dueOn !== null) return m.dueOn;
  if (m.triggerOn !== null) return addDays(m.triggerOn, m.triggerDays ?? 0);
  return null;
}

export function isReceivable(m: MilestoneFacts, today: string): boolean {
  return m.invoicedOn !== null || (m.dueOn !== null && m.dueOn <= today);
}

/** Days past the due date (negative before it); null without a due date. */
export function daysOverdue(m: Pick<MilestoneFacts, 'dueOn'>, today: string): number | null {
  return m.dueOn === null ? null : daysBetween(m.dueOn, today);
}

export function agingBucket(days: number | null): AgingBucket {
  if (days === null || days < 0) return 'not_due';
  if (days <= 30) return 'd0_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  return 'over_90';
}

export type AgingTotals = Record<AgingBucket, number>;

export function emptyAging(): AgingTotals {
  return { not_due: 0, d0_30: 0, d31_60: 0, d61_90: 0, over_90: 0 };
}

export interface ClientCollection {
  clientId: number;
  /** Received this calendar year (of `today`). */
  collectedThisYear: number;
  outstanding: number;
  /** Outstanding on milestones past their due date. */
  overdue: number;
  /** Outstanding more than 60 days past due: the 回款慢 amount. */
  overdue60: number;
  /** Amounts invoiced in the last 90 days (today − 89 … today). */
  billed90: number;
  /** outstanding ÷ billed90 × 90, whole days; null when nothing was billed in 90 days. */
  dso: number | null;
  aging: AgingTotals;
}

/** DSO = outstanding ÷ billed in the last 90 days × 90, rounded once to whole days. */
export function dsoOf(outstanding: number, billed90: number): number | null {
  return billed90 > 0 ? mulDivRound(outstanding, 90, billed90) : null;
}

/**
 * Per-client collection figures from milestones and receipts. `receipts` carries each payment's
 * date and amount (part payments are separate receipts).
 */
export function collectionByClient(
  milestones: readonly MilestoneFacts[],
  receipts: readonly { clientId: number; receivedOn: string; amount: number }[],
  today: string,
): Map<number, ClientCollection> {
  const out = new Map<number, ClientCollection>();
  const of = (clientId: number) => {
    let c = out.get(clientId);
    if (!c) {
      c = {
        clientId,
        collectedThisYear: 0,
        outstanding: 0,
        overdue: 0,
        overdue60: 0,
        billed90: 0,
        dso: null,
        aging: emptyAging(),
      };
      out.set(clientId, c);
    }
    return c;
  };
  const year = today.slice(0, 4);
  for (const r of receipts) {
    const c = of(r.clientId);
    if (r.receivedOn.slice(0, 4) === year && r.receivedOn <= today) c.collectedThisYear += r.amount;
  }
  const billedSince = addDays(today, -89);
  for (const m of milestones) {
    const c = of(m.clientId);
    if (m.invoicedOn !== null && m.invoicedOn >= billedSince && m.invoicedOn <= today) c.billed90 += m.amount;
    if (!isReceivable(m, today)) continue;
    const open = m.amount - m.received;
    if (open <= 0) continue;
    const days = daysOverdue(m, today);
    c.outstanding += open;
    c.aging[agingBucket(days)] += open;
    if (days !== null && days > 0) c.overdue += open;
    if (days !== null && days > SLOW_PAYMENT_DAYS) c.overdue60 += open;
  }
  for (const c of out.values()) c.dso = dsoOf(c.outstanding, c.billed90);
  return out;
}
