import {
  BASIS_POINTS,
  bigToSafeNumber,
  compareProducts,
  divRound,
  divRoundBig,
  MAX_SAFE,
  mulDivRound,
  mulMulDivRound,
  parsePercent,
  parseQuantity,
  MULTIPLIER_SCALE,
  QUANTITY_SCALE,
} from '../money';
import { BUILTIN_QUOTE_DEFAULTS, type QuoteDefaults } from './defaults';
import { isBlank, QUOTE_FLAG_SEVERITY, staleCutoff, type QuoteFlagCode } from './flags';
import type { QuoteInterchange, QuoteLine } from './interchange';
import type { ComputedLine, ComputedQuote, ComputedSection, QuoteFlag, RoleWorkload } from './result';
import { resolveSettings } from './settings';
import { percentText, quantityText } from './text-cache';

/**
 * The quote calculator of DOMAIN.md §1 — the only one: the renderer runs it on every keystroke,
 * the core on every save, the schema to check a discount against the subtotal.
 *
 * Exactness. Quantities are thousandths, multipliers thousandths, percents basis points, money
 * minor units; every figure is an exact integer ratio rounded once, half away from zero:
 *   labor by days   workload = h·d / 10^6            price = round(h·d·rate·m / 10^9)
 *   labor by hours  workload = h·t / (1000·p)        price = round(h·t·rate·m / (10^6·p))
 *   (h headcount, d days, t hours, p hours-per-day, all in thousandths; m multiplier in thousandths)
 * With a non-integer hours-per-day (7.5) the workload is a true rational — 10 h is 1.333… days —
 * and price, cost and market total are computed from that exact rational, not from a rounded
 * workload; only the printed workload is rounded, to 3 places. Workload by role sums the exact
 * rationals and rounds once too, so it can differ in the last place from the sum of printed lines.
 * The integer math stays in JS numbers while every product is ≤ 2^53 − 1 and falls back to BigInt
 * when one is not (shared/money/round.ts checks magnitudes, it does not guess).
 *
 * Figures past Number.MAX_SAFE_INTEGER (≈ 9 × 10^15 minor units) throw QuoteRangeError rather than
 * lose a unit; everything up to there, 10^13 included, is exact.
 *
 * Optional lines (可选项) are priced and shown but left out of the subtotal, cost, market totals
 * and workload. `optionalTotals` gives what the client pays if they take every option: a percent
 * discount applies to the larger subtotal, an amount discount stays the same amount.
 *
 * Workload by role: person-days summed over the role's lines; headcount is the most people on any
 * one line of the role, since the same planner working through three phases is one planner, not
 * three. Roles are keyed as written, less surrounding whitespace.
 */

export interface ComputeOptions {
  /** The workspace's settings, for what the quote does not carry itself. */
  defaults?: QuoteDefaults;
  /** YYYY-MM-DD; enables the date flags (stale market reference, expired validity). */
  today?: string;
}

export type QuotePath = (string | number)[];

/** A figure would pass Number.MAX_SAFE_INTEGER: refused, since it could no longer be exact. */
export class QuoteRangeError extends RangeError {
  override readonly name = 'QuoteRangeError';
  constructor(
    readonly path: QuotePath,
    readonly quantity: string,
  ) {
    super(
      `The ${quantity} at ${path.length > 0 ? path.join('.') : 'quote level'} is beyond ${MAX_SAFE} ` +
        (quantity === 'workload' ? '(person-days in millionths)' : 'minor units') +
        ' and cannot be computed exactly',
    );
  }
}

function invalid(path: QuotePath, what: string): TypeError {
  return new TypeError(`Invalid ${what} at ${path.join('.')}: validate the quote before computing it`);
}

/** headcount × days, both in thousandths, is person-days in millionths. */
const DAY_WORKLOAD_SCALE = QUANTITY_SCALE * QUANTITY_SCALE;

/** Per-role sums of exact workloads; one object per role, not per line. */
interface RoleTotals {
  /** Σ h·d of lines by days: person-days in millionths. */
  byDays: number;
  /** Σ h·t of lines by hours: person-hours in millionths. */
  byHours: number;
  /** The largest headcount on one line, thousandths. */
  headcount: number;
}

/** Thousandths of person-days in byDays/10^6 + byHours/(1000·p), rounded once. */
function personDaysThousandths(byDays: number, byHours: number, hoursPerDay: number): number {
  if (byHours === 0) return divRound(byDays, QUANTITY_SCALE);
  if (byDays === 0) return divRound(byHours, hoursPerDay);
  const numerator = byDays * hoursPerDay + byHours * QUANTITY_SCALE;
  if (numerator <= MAX_SAFE) return divRound(numerator, QUANTITY_SCALE * hoursPerDay);
  return bigToSafeNumber(
    divRoundBig(
      BigInt(byDays) * BigInt(hoursPerDay) + BigInt(byHours) * BigInt(QUANTITY_SCALE),
      BigInt(QUANTITY_SCALE * hoursPerDay),
    ),
  );
}

/** (price − market) / market to one place of a percent; null when there is nothing to compare with. */
function deviation(price: number, market: number): string | null {
  return market > 0 ? percentText(mulDivRound(price - market, 1000, market)) : null;
}

/** gross margin / net to one place of a percent; null when net is 0. */
function marginPercent(grossMargin: number, net: number): string | null {
  return net > 0 ? percentText(mulDivRound(grossMargin, 1000, net)) : null;
}

/**
 * Roles are grouped as written, less surrounding whitespace (including the ideographic space a
 * Chinese keyboard types). Most roles need no trimming, and checking is cheaper than trimming.
 */
function roleKey(role: string): string {
  const first = role.charCodeAt(0);
  const last = role.charCodeAt(role.length - 1);
  return first > 32 && last > 32 && first !== 0x3000 && last !== 0x3000 && first !== 0xa0 && last !== 0xa0
    ? role
    : role.trim();
}

function lineFlag(code: QuoteFlagCode, sectionIndex: number, lineIndex: number, line: QuoteLine): QuoteFlag {
  const flag: QuoteFlag = { code, severity: QUOTE_FLAG_SEVERITY[code], sectionIndex, lineIndex };
  if (line.id !== undefined) flag.lineId = line.id;
  return flag;
}

function quoteFlag(code: QuoteFlagCode): QuoteFlag {
  return { code, severity: QUOTE_FLAG_SEVERITY[code] };
}

export function computeQuote(quote: QuoteInterchange, options: ComputeOptions = {}): ComputedQuote {
  const settings = resolveSettings(quote, options.defaults ?? BUILTIN_QUOTE_DEFAULTS);
  const { multipliers, multiplierText, hoursPerDay } = settings;
  const hoursWorkloadScale = QUANTITY_SCALE * hoursPerDay;
  const cutoff = options.today === undefined ? null : staleCutoff(options.today);
  const quoteLevel = quote.difficulty.level;
  const quoteHasRationale = !isBlank(quote.difficulty.rationale);
  if (multipliers[quoteLevel] === undefined || !(quoteLevel >= 1))
    throw invalid(['difficulty', 'level'], 'difficulty level');

  const flags: QuoteFlag[] = [];
  const roles = new Map<string, RoleTotals>();
  const sourceSections = quote.sections;
  const sections: ComputedSection[] = new Array<ComputedSection>(sourceSections.length);
  let subtotal = 0;
  let cost = 0;
  let optionsPrice = 0;
  let optionsCost = 0;
  let marketTotal = 0;
  let marketComparedPrice = 0;
  let hasMarket = false;

  for (let s = 0; s < sourceSections.length; s++) {
    const section = sourceSections[s]!;
    const override = section.difficultyLevel;
    const level = override ?? quoteLevel;
    const multiplier = multipliers[level];
    if (multiplier === undefined || !(level >= 1)) throw invalid(['sections', s], 'difficulty level');
    if (override !== undefined && override > 2 && !quoteHasRationale) {
      flags.push({ code: 'difficulty_without_rationale', severity: 'warning', sectionIndex: s });
    }
    const sourceLines = section.lines;
    const lineCount = sourceLines.length;
    const lines: ComputedLine[] = new Array<ComputedLine>(lineCount);
    const feeText = section.agencyFeePercent ?? settings.text.agencyFeePercent ?? '0';
    const feeBasisPoints =
      section.agencyFeePercent === undefined ? settings.agencyFeeBasisPoints : parsePercent(section.agencyFeePercent);
    if (!(feeBasisPoints >= 0)) throw invalid(['sections', s, 'agencyFeePercent'], 'percent');
    // Σ prices of the non-labor lines the fee applies to, kept apart for optional lines.
    let feeBase = 0;
    let feeBaseOptional = 0;
    let sectionPrice = 0;
    let sectionCost = 0;
    let sectionOptional = 0;
    let sectionMarket = 0;
    let sectionMarketPrice = 0;
    let sectionHasMarket = false;

    for (let l = 0; l < lineCount; l++) {
      const line = sourceLines[l]!;
      // Each line's figures come from one exact ratio: numerator / scale is its workload in
      // person-days (labor) or its quantity (items).
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
        role = line.role;
        const days = line.days;
        byDays = days !== undefined;
        headcount = parseQuantity(line.headcount);
        numerator = headcount * parseQuantity(days !== undefined ? days : (line.hours ?? ''));
        if (!(numerator <= MAX_SAFE)) {
          if (Number.isNaN(numerator)) throw invalid(['sections', s, 'lines', l], 'headcount, days or hours');
          throw new QuoteRangeError(['sections', s, 'lines', l], 'workload');
        }
        scale = byDays ? DAY_WORKLOAD_SCALE : hoursWorkloadScale;
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

      let lineMarket: number | null = null;
      let lineDeviation: string | null = null;
      const reference = line.market;
      if (reference !== undefined) {
        const marketUnitPrice = reference.unitPrice;
        lineMarket = mulDivRound(numerator, marketUnitPrice, scale);
        if (!(lineMarket <= MAX_SAFE)) throw new QuoteRangeError(['sections', s, 'lines', l], 'market total');
        lineDeviation = deviation(price, lineMarket);
        if (cutoff !== null && reference.date < cutoff) flags.push(lineFlag('stale_market_reference', s, l, line));
        // Above market by more than difficulty explains: deviation > multiplier − 1, which on the
        // unrounded figures is exactly "our unit rate is above the market's" (both sides carry the
        // same workload, and the multiplier is what explains the rest). A price under the market
        // total needs no explaining, whatever the multiplier.
        if (price > lineMarket && unitPrice > marketUnitPrice)
          flags.push(lineFlag('market_gap_unexplained', s, l, line));
      }

      const optional = line.optional === true;
      lines[l] = {
        optional,
        workload,
        price,
        cost: lineCost,
        marketTotal: lineMarket,
        deviationPercent: lineDeviation,
      };

      if (price < lineCost) flags.push(lineFlag(price === 0 ? 'free_line_with_cost' : 'line_below_cost', s, l, line));

      if (role === null) {
        if (optional) feeBaseOptional += price;
        else feeBase += price;
      }
      if (optional) {
        sectionOptional += price;
        optionsCost += lineCost;
        continue;
      }
      sectionPrice += price;
      sectionCost += lineCost;
      if (lineMarket !== null) {
        sectionMarket += lineMarket;
        sectionMarketPrice += price;
        sectionHasMarket = true;
      }
      if (role !== null) {
        const key = roleKey(role);
        let totals = roles.get(key);
        if (totals === undefined) {
          totals = { byDays: 0, byHours: 0, headcount: 0 };
          roles.set(key, totals);
        }
        if (byDays) totals.byDays += numerator;
        else totals.byHours += numerator;
        if (headcount > totals.headcount) totals.headcount = headcount;
      }
    }

    // One fee per section, rounded once over the sum (DOMAIN.md §7), not per line.
    const agencyFee = feeBasisPoints === 0 ? 0 : mulDivRound(feeBase, feeBasisPoints, BASIS_POINTS);
    const agencyFeeOptional = feeBasisPoints === 0 ? 0 : mulDivRound(feeBaseOptional, feeBasisPoints, BASIS_POINTS);
    if (!(agencyFee <= MAX_SAFE && agencyFeeOptional <= MAX_SAFE))
      throw new QuoteRangeError(['sections', s, 'agencyFeePercent'], 'agency fee');
    sectionPrice += agencyFee;
    sectionOptional += agencyFeeOptional;

    sections[s] = {
      difficultyLevel: level,
      multiplier: multiplierText[level]!,
      price: sectionPrice,
      cost: sectionCost,
      optionalPrice: sectionOptional,
      marketTotal: sectionHasMarket ? sectionMarket : null,
      marketComparedPrice: sectionHasMarket ? sectionMarketPrice : null,
      deviationPercent: sectionHasMarket ? deviation(sectionMarketPrice, sectionMarket) : null,
      agencyFeePercent: feeText,
      agencyFee,
      agencyFeeOptional,
      lines,
    };
    subtotal += sectionPrice;
    cost += sectionCost;
    optionsPrice += sectionOptional;
    if (sectionHasMarket) {
      hasMarket = true;
      marketTotal += sectionMarket;
      marketComparedPrice += sectionMarketPrice;
    }
  }

  // Sums of non-negative safe integers: past 2^53 the double sum can only stay past it, so one
  // check of the largest sum covers every partial sum.
  if (!(subtotal + optionsPrice <= MAX_SAFE)) throw new QuoteRangeError([], 'subtotal');
  if (!(cost + optionsCost <= MAX_SAFE)) throw new QuoteRangeError([], 'cost');
  if (!(marketTotal <= MAX_SAFE)) throw new QuoteRangeError([], 'market total');
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

  const workloadByRole: Record<string, RoleWorkload> = {};
  let byDays = 0;
  let byHours = 0;
  for (const [role, totals] of roles) {
    const workload: RoleWorkload = {
      personDays: quantityText(personDaysThousandths(totals.byDays, totals.byHours, hoursPerDay)),
      headcount: quantityText(totals.headcount),
    };
    // Assigning "__proto__" would set the prototype instead of adding a role.
    if (role === '__proto__')
      Object.defineProperty(workloadByRole, role, {
        value: workload,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else workloadByRole[role] = workload;
    byDays += totals.byDays;
    byHours += totals.byHours;
  }
  if (!(byDays <= MAX_SAFE && byHours <= MAX_SAFE)) throw new QuoteRangeError([], 'workload');

  if (quoteLevel > 2 && !quoteHasRationale) flags.push(quoteFlag('difficulty_without_rationale'));
  if (net < cost) flags.push(quoteFlag('below_cost'));
  // Exact: a 29.96% margin is below a 30% floor even though it shows as "30.0".
  if (net > 0 && compareProducts(grossMargin, BASIS_POINTS, settings.marginFloorBasisPoints, net) < 0) {
    flags.push(quoteFlag('below_margin_floor'));
  }
  if (discountWithOptions > 0 && discountSpec !== undefined) {
    if (isBlank(discountSpec.condition)) flags.push(quoteFlag('discount_without_condition'));
    if (isBlank(discountSpec.reason)) flags.push(quoteFlag('discount_without_reason'));
  }
  if (options.today !== undefined && quote.validUntil !== undefined && quote.validUntil < options.today) {
    flags.push(quoteFlag('validity_expired'));
  }

  return {
    currency: quote.currency,
    settings: settings.text,
    difficultyLevel: quoteLevel,
    multiplier: multiplierText[quoteLevel]!,
    sections,
    workloadByRole,
    totalPersonDays: quantityText(personDaysThousandths(byDays, byHours, hoursPerDay)),
    subtotal,
    discount,
    net,
    tax,
    total,
    cost,
    grossMargin,
    marginPercent: marginPercent(grossMargin, net),
    marketTotal: hasMarket ? marketTotal : null,
    marketComparedPrice: hasMarket ? marketComparedPrice : null,
    deviationPercent: hasMarket ? deviation(marketComparedPrice, marketTotal) : null,
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
    flags,
  };
}
