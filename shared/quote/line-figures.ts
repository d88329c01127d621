import {
  divRound,
  MAX_SAFE,
  mulDivRound,
  mulMulDivRound,
  MULTIPLIER_SCALE,
  parseQuantity,
  QUANTITY_SCALE,
} from '../money';
import type { QuoteFlagCode } from './flags';
import type { QuoteLine } from './interchange';
import { invalid, QuoteRangeError } from './range-error';
import type { ComputedLine } from './result';
import { percentText, quantityText } from './text-cache';
import { roleKey } from './workload';

/**
 * One line's figures (DOMAIN.md §1). Each comes from one exact ratio: numerator / scale is the
 * line's workload in person-days (labor) or its quantity (items).
 *   labor by days   workload = h·d / 10^6            price = round(h·d·rate·m / 10^9)
 *   labor by hours  workload = h·t / (1000·p)        price = round(h·t·rate·m / (10^6·p))
 *   (h headcount, d days, t hours, p hours-per-day, all in thousandths; m multiplier in thousandths)
 * With a non-integer hours-per-day (7.5) the workload is a true rational — 10 h is 1.333… days —
 * and price, cost and market total are computed from that exact rational, not from a rounded
 * workload; only the printed workload is rounded, to 3 places.
 *
 * A line's figures depend on the line and on LineContext only, never on where it stands: that is
 * what lets the editor keep them per line object and recompute only the line that changed.
 */

/** headcount × days, both in thousandths, is person-days in millionths. */
const DAY_WORKLOAD_SCALE = QUANTITY_SCALE * QUANTITY_SCALE;

/** What a line's figures depend on besides the line itself. */
export interface LineContext {
  /** The section's difficulty multiplier, thousandths. */
  multiplier: number;
  /** Thousandths. */
  hoursPerDay: number;
  /** The oldest market date that is not stale, or null without a `today`. */
  cutoff: string | null;
  /** All of the above as one string: a cached result is valid while this is the same. */
  key: string;
}

export function lineContext(multiplier: number, hoursPerDay: number, cutoff: string | null): LineContext {
  return { multiplier, hoursPerDay, cutoff, key: `${multiplier}|${hoursPerDay}|${cutoff ?? ''}` };
}

export interface LineFigures {
  computed: ComputedLine;
  /** The line's flags, in the order a section raises them. */
  flags: QuoteFlagCode[];
  /** The role as grouped (roleKey), null for an item. */
  role: string | null;
  /** Exact workload: person-days in millionths (by days) or person-hours in millionths (by hours). */
  byDays: number;
  byHours: number;
  /** Thousandths; 0 for an item. */
  headcount: number;
}

/** (price − market) / market to one place of a percent; null when there is nothing to compare with. */
export function deviation(price: number, market: number): string | null {
  return market > 0 ? percentText(mulDivRound(price - market, 1000, market)) : null;
}

const NO_FLAGS: QuoteFlagCode[] = [];

/** A line's flags: none shared, the first allocates, the next append. */
function withFlag(flags: QuoteFlagCode[], code: QuoteFlagCode): QuoteFlagCode[] {
  if (flags === NO_FLAGS) return [code];
  flags.push(code);
  return flags;
}

/**
 * `s` and `l` only name the line in an error. `into`: an object to fill instead of a new one —
 * the uncached path reuses one for every line (the core's save computes whole quotes, and a
 * wrapper per line was a third of its time); the cached path keeps each line's own.
 */
export function lineFigures(line: QuoteLine, ctx: LineContext, s: number, l: number, into?: LineFigures): LineFigures {
  const { multiplier, hoursPerDay, cutoff } = ctx;
  let numerator: number;
  let scale: number;
  let price: number;
  let lineCost: number;
  let unitPrice: number;
  let workload: string | null = null;
  let headcount = 0;
  let byDays = false;
  let role: string | null = null;
  if (line.kind === 'labor') {
    role = roleKey(line.role);
    const days = line.days;
    byDays = days !== undefined;
    headcount = parseQuantity(line.headcount);
    numerator = headcount * parseQuantity(days !== undefined ? days : (line.hours ?? ''));
    if (!(numerator <= MAX_SAFE)) {
      if (Number.isNaN(numerator)) throw invalid(['sections', s, 'lines', l], 'headcount, days or hours');
      throw new QuoteRangeError(['sections', s, 'lines', l], 'workload');
    }
    scale = byDays ? DAY_WORKLOAD_SCALE : QUANTITY_SCALE * hoursPerDay;
    unitPrice = line.rate;
    price = mulMulDivRound(numerator, unitPrice, multiplier, scale * MULTIPLIER_SCALE);
    lineCost = mulDivRound(numerator, line.costRate, scale);
    workload = quantityText(divRound(numerator, byDays ? QUANTITY_SCALE : hoursPerDay));
  } else {
    numerator = parseQuantity(line.quantity);
    if (!(numerator >= 0)) throw invalid(['sections', s, 'lines', l], 'quantity');
    scale = QUANTITY_SCALE;
    unitPrice = line.unitPrice;
    price = mulDivRound(numerator, unitPrice, scale);
    lineCost = mulDivRound(numerator, line.unitCost, scale);
  }
  if (!(price <= MAX_SAFE)) throw new QuoteRangeError(['sections', s, 'lines', l], 'price');
  if (!(lineCost <= MAX_SAFE)) throw new QuoteRangeError(['sections', s, 'lines', l], 'cost');

  let flags = NO_FLAGS;
  let lineMarket: number | null = null;
  let lineDeviation: string | null = null;
  const reference = line.market;
  if (reference !== undefined) {
    const marketUnitPrice = reference.unitPrice;
    lineMarket = mulDivRound(numerator, marketUnitPrice, scale);
    if (!(lineMarket <= MAX_SAFE)) throw new QuoteRangeError(['sections', s, 'lines', l], 'market total');
    lineDeviation = deviation(price, lineMarket);
    if (cutoff !== null && reference.date < cutoff) flags = withFlag(flags, 'stale_market_reference');
    // Above market by more than difficulty explains: deviation > multiplier − 1, which on the
    // unrounded figures is exactly "our unit rate is above the market's" (both sides carry the
    // same workload, and the multiplier is what explains the rest). A price under the market
    // total needs no explaining, whatever the multiplier.
    if (price > lineMarket && unitPrice > marketUnitPrice) flags = withFlag(flags, 'market_gap_unexplained');
  }
  if (price < lineCost) flags = withFlag(flags, price === 0 ? 'free_line_with_cost' : 'line_below_cost');

  const computed: ComputedLine = {
    optional: line.optional === true,
    workload,
    price,
    cost: lineCost,
    marketTotal: lineMarket,
    deviationPercent: lineDeviation,
  };
  const figures = into ?? ({} as LineFigures);
  figures.computed = computed;
  figures.flags = flags;
  figures.role = role;
  figures.byDays = byDays ? numerator : 0;
  figures.byHours = role !== null && !byDays ? numerator : 0;
  figures.headcount = headcount;
  return figures;
}
