import { mulDivRound, QUANTITY_SCALE } from '../money';

/**
 * Cost to serve (服务成本, DOMAIN.md §7): person-days × the role's cost rate on the rate card in
 * force on the entry's date, rounded once per entry, half away from zero. Pure.
 *
 * `quantity` is thousandths of days or of hours; hours become days at the workspace's hours per
 * day (thousandths), inside the one rounding: 10 h at 7.5 h/day is 1.333… days, not 1.333.
 */
export function costToServe(
  quantity: number,
  unit: 'days' | 'hours',
  costRate: number,
  hoursPerDayThousandths: number,
): number {
  return unit === 'days'
    ? mulDivRound(quantity, costRate, QUANTITY_SCALE)
    : mulDivRound(quantity, costRate, hoursPerDayThousandths);
}
