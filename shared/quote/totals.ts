import { BASIS_POINTS, compareProducts, MAX_SAFE, mulDivRound, parsePercent } from '../money';
import { isBlank, QUOTE_FLAG_SEVERITY, type QuoteFlagCode } from './flags';
import type { QuoteInterchange } from './interchange';
import { invalid, QuoteRangeError } from './range-error';
import type { OptionalTotals, QuoteFlag } from './result';
import type { QuoteSettings } from './settings';
import { percentText } from './text-cache';

/**
 * From the sections' sums to what the client pays: discount, net, tax, total, margin, and the same
 * with every optional line taken (a percent discount applies to the larger subtotal, an amount
 * discount stays the same amount). DOMAIN.md §1: each figure rounded once, half away from zero.
 */

export interface SectionSums {
  subtotal: number;
  cost: number;
  optionsPrice: number;
  optionsCost: number;
  marketTotal: number;
}

export interface QuoteTotals {
  subtotal: number;
  discount: number;
  net: number;
  tax: number;
  total: number;
  cost: number;
  grossMargin: number;
  marginPercent: string | null;
  optionalTotals: OptionalTotals;
}

export function quoteFlag(code: QuoteFlagCode): QuoteFlag {
  return { code, severity: QUOTE_FLAG_SEVERITY[code] };
}

/** gross margin / net to one place of a percent; null when net is 0. */
function marginPercent(grossMargin: number, net: number): string | null {
  return net > 0 ? percentText(mulDivRound(grossMargin, 1000, net)) : null;
}

/** Raises the quote-level range errors; pushes discount_exceeds_subtotal onto `flags`. */
export function quoteTotals(
  quote: QuoteInterchange,
  settings: QuoteSettings,
  sums: SectionSums,
  flags: QuoteFlag[],
): QuoteTotals {
  const { subtotal, cost, optionsPrice, optionsCost } = sums;
  // Sums of non-negative safe integers: past 2^53 the double sum can only stay past it, so one
  // check of the largest sum covers every partial sum.
  if (!(subtotal + optionsPrice <= MAX_SAFE)) throw new QuoteRangeError([], 'subtotal');
  if (!(cost + optionsCost <= MAX_SAFE)) throw new QuoteRangeError([], 'cost');
  if (!(sums.marketTotal <= MAX_SAFE)) throw new QuoteRangeError([], 'market total');
  const subtotalWithOptions = subtotal + optionsPrice;

  const discountSpec = quote.discount;
  let percent = -1; // basis points; -1: the discount is an amount
  let discount = 0;
  if (discountSpec !== undefined) {
    if (discountSpec.percent !== undefined) {
      percent = parsePercent(discountSpec.percent);
      if (!(percent >= 0)) throw invalid(['discount', 'percent'], 'percent');
      discount = mulDivRound(subtotal, percent, BASIS_POINTS);
    } else {
      discount = discountSpec.amount ?? 0;
    }
  }
  // The schema refuses this; it can still happen when a quote validated against other defaults
  // is computed with these. Never a negative net: clamp, and say so.
  if (discount > subtotal) {
    flags.push(quoteFlag('discount_exceeds_subtotal'));
    discount = subtotal;
  }
  const discountWithOptions =
    percent >= 0 ? Math.min(mulDivRound(subtotalWithOptions, percent, BASIS_POINTS), subtotalWithOptions) : discount;

  const net = subtotal - discount;
  const tax = mulDivRound(net, settings.taxBasisPoints, BASIS_POINTS);
  const total = net + tax;
  const netWithOptions = subtotalWithOptions - discountWithOptions;
  const taxWithOptions = mulDivRound(netWithOptions, settings.taxBasisPoints, BASIS_POINTS);
  const totalWithOptions = netWithOptions + taxWithOptions;
  if (!(total <= MAX_SAFE && totalWithOptions <= MAX_SAFE)) throw new QuoteRangeError([], 'total');
  const grossMargin = net - cost;
  const costWithOptions = cost + optionsCost;
  const grossMarginWithOptions = netWithOptions - costWithOptions;
  return {
    subtotal,
    discount,
    net,
    tax,
    total,
    cost,
    grossMargin,
    marginPercent: marginPercent(grossMargin, net),
    optionalTotals: {
      optionsPrice,
      optionsCost,
      subtotalWithOptions,
      discountWithOptions,
      netWithOptions,
      taxWithOptions,
      totalWithOptions,
      costWithOptions,
      grossMarginWithOptions,
      marginPercentWithOptions: marginPercent(grossMarginWithOptions, netWithOptions),
    },
  };
}

/** The quote-level flags after the figures: rationale, cost, margin floor, discount terms, validity. */
export function quoteLevelFlags(
  quote: QuoteInterchange,
  settings: QuoteSettings,
  totals: QuoteTotals,
  today: string | undefined,
  flags: QuoteFlag[],
): void {
  const { net, cost, grossMargin } = totals;
  if (quote.difficulty.level > 2 && isBlank(quote.difficulty.rationale))
    flags.push(quoteFlag('difficulty_without_rationale'));
  if (net < cost) flags.push(quoteFlag('below_cost'));
  // Exact: a 29.96% margin is below a 30% floor even though it shows as "30.0".
  if (net > 0 && compareProducts(grossMargin, BASIS_POINTS, settings.marginFloorBasisPoints, net) < 0) {
    flags.push(quoteFlag('below_margin_floor'));
  }
  const discountSpec = quote.discount;
  if (totals.optionalTotals.discountWithOptions > 0 && discountSpec !== undefined) {
    if (isBlank(discountSpec.condition)) flags.push(quoteFlag('discount_without_condition'));
    if (isBlank(discountSpec.reason)) flags.push(quoteFlag('discount_without_reason'));
  }
  if (today !== undefined && quote.validUntil !== undefined && quote.validUntil < today) {
    flags.push(quoteFlag('validity_expired'));
  }
}
