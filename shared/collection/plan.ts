import { BASIS_POINTS, mulDivRound, parsePercent } from '../money';

/**
 * Payment milestones (付款条件, DOMAIN.md §7) resolved to amounts. Pure.
 *
 * A percent milestone is round(total × percent), half away from zero; the **last percent
 * milestone takes the remainder**, so a plan with any percent milestone sums exactly to the total
 * whatever the rounding did. Amount milestones are exact. A plan whose amounts would pass the
 * total is refused (`over_total`); a plan of amounts only must cover the total exactly
 * (`under_total`), since nothing else could take the difference.
 */
export type MilestoneBasis = { percent: string } | { amount: number };

export type PlanProblem =
  { code: 'over_total'; index: number; sum: number } | { code: 'under_total'; sum: number } | { code: 'empty' };

export type ResolvedPlan = { ok: true; amounts: number[] } | { ok: false; problem: PlanProblem };

export function resolvePlan(total: number, milestones: readonly MilestoneBasis[]): ResolvedPlan {
  if (milestones.length === 0) return { ok: false, problem: { code: 'empty' } };
  let lastPercent = -1;
  milestones.forEach((m, i) => {
    if ('percent' in m) lastPercent = i;
  });
  const amounts = milestones.map((m, i) => {
    if ('amount' in m) return m.amount;
    if (i === lastPercent) return 0; // filled below
    return mulDivRound(total, parsePercent(m.percent), BASIS_POINTS);
  });
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) {
    sum += amounts[i]!;
    if (sum > total) return { ok: false, problem: { code: 'over_total', index: i, sum } };
  }
  if (lastPercent >= 0) amounts[lastPercent] = total - sum;
  else if (sum < total) return { ok: false, problem: { code: 'under_total', sum } };
  return { ok: true, amounts };
}
