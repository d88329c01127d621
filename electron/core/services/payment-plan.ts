import type { FieldIssue } from '@shared/validation';
import type { MilestoneInput, PaymentPlan } from '@shared/contract';
import { resolvePlan } from '@shared/collection';
import { collectionMessages } from '@shared/collection/messages';
import { formatMoney, type CurrencyCode } from '@shared/money';
import { CoreError } from '../errors';
import type { HandlerContext } from '../handlers/types';
import { planActivity, proposalForPlan, readPlan, writePlan } from '../repos/payments';
import { isoNow } from '../time';
import { localIsoDate, localToday } from '@shared/dates/local';
import { fillText } from '@shared/i18n/fill';

/** A validation refusal at `path`, worded from the collection catalogue with `vars` filled in. */
export function collectionRefusal(
  path: (string | number)[],
  key: keyof typeof collectionMessages,
  vars: Record<string, string> = {},
): CoreError {
  const issue: FieldIssue = { path, code: key, message: fillText(collectionMessages[key], vars) };
  return new CoreError('validation', 'error.validation', {}, [issue]);
}

export const today = (now: Date) => localToday(now);

/**
 * Set a won proposal's milestones: amounts resolved by the one rule of shared/collection (the last
 * percent milestone takes the remainder), refused whole when they pass the total. A plan with an
 * invoice or a receipt is not replaced: that would drop money already on record.
 */
export async function setPlan(
  ctx: Pick<HandlerContext, 'db' | 'now' | 'actor'>,
  proposalId: number,
  milestones: MilestoneInput[],
  won: { total: number; currency: string; signedOn?: string } | null = null,
): Promise<PaymentPlan> {
  const p = await proposalForPlan(ctx.db, proposalId);
  if (!p) throw new CoreError('not_found', 'error.not_found');
  if (p.status !== 'won') throw new CoreError('conflict', 'error.plan_not_won');
  const total = won?.total ?? p.total;
  const currency = (won?.currency ?? p.currency) as CurrencyCode | null;
  if (total === null || total === undefined || currency === null)
    throw new CoreError('conflict', 'error.send_no_quote');
  const activity = await planActivity(ctx.db, proposalId);
  if (activity.invoices > 0 || activity.receipts > 0) throw new CoreError('conflict', 'error.plan_has_activity');
  const resolved = resolvePlan(
    total,
    milestones.map((m) => (m.percent !== undefined ? { percent: m.percent } : { amount: m.amount ?? 0 })),
  );
  if (!resolved.ok) {
    const money = (n: number) => formatMoney(n, currency, 'en', 'code').replace(/\s/g, ' ');
    const problem = resolved.problem;
    if (problem.code === 'empty') throw collectionRefusal(['milestones'], 'collection.plan_empty');
    if (problem.code === 'over_total')
      throw collectionRefusal(['milestones', problem.index, 'amount'], 'collection.plan_over_total', {
        sum: money(problem.sum),
        total: money(total),
      });
    throw collectionRefusal(['milestones'], 'collection.plan_under_total', {
      sum: money(problem.sum),
      total: money(total),
    });
  }
  const at = isoNow(ctx.now);
  await writePlan(
    ctx.db,
    {
      proposalId,
      currency,
      total,
      at,
      by: ctx.actor?.id ?? null,
      signedOn: won?.signedOn ?? (p.decided_at ? localIsoDate(new Date(p.decided_at)) : today(ctx.now)),
    },
    milestones.map((m, i) => ({ ...m, amount: resolved.amounts[i]! })),
  );
  return (await readPlan(ctx.db, proposalId, today(ctx.now)))!;
}
