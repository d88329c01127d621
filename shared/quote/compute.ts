import { MAX_SAFE } from '../money';
import { BUILTIN_QUOTE_DEFAULTS, type QuoteDefaults } from './defaults';
import { isBlank, staleCutoff } from './flags';
import type { QuoteInterchange } from './interchange';
import { invalid, QuoteRangeError } from './range-error';
import type { ComputedQuote, ComputedSection, QuoteFlag } from './result';
import { cachedSection, makeSectionContext, type ComputeCache } from './section-figures';
import { resolveSettings } from './settings';
import { quantityText } from './text-cache';
import { quoteLevelFlags, quoteTotals } from './totals';
import { deviation } from './line-figures';
import { addToRole, personDaysThousandths, workloadFigures, type RoleMap } from './workload';

/**
 * The quote calculator of DOMAIN.md §1 — the only one: the renderer runs it on every keystroke,
 * the core on every save, the schema to check a discount against the subtotal. This module puts
 * the parts together: a line's figures (line-figures.ts), a section's sums and fee
 * (section-figures.ts), workload by role (workload.ts), discount, tax and margins (totals.ts).
 *
 * Exactness. Quantities are thousandths, multipliers thousandths, percents basis points, money
 * minor units; every figure is an exact integer ratio rounded once, half away from zero. Workload
 * by role sums the exact rationals and rounds once too, so it can differ in the last place from
 * the sum of printed lines. The integer math stays in JS numbers while every product is ≤ 2^53 − 1
 * and falls back to BigInt when one is not (shared/money/round.ts checks magnitudes, it does not
 * guess). Figures past Number.MAX_SAFE_INTEGER (≈ 9 × 10^15 minor units) throw QuoteRangeError
 * rather than lose a unit; everything up to there, 10^13 included, is exact.
 *
 * Incremental (issue 18). With `cache`, a section or line object already computed under the same
 * context is taken from it: at 10,000 lines a keystroke recomputes one line and one section and
 * re-sums the rest. The cached path runs the same functions on the same values, so its result
 * equals a full compute's (a property test holds it to that after random edit sequences); the
 * cache only ever skips work. Results share cached objects: treat them as read-only.
 */

export interface ComputeOptions {
  /** The workspace's settings, for what the quote does not carry itself. */
  defaults?: QuoteDefaults;
  /** YYYY-MM-DD; enables the date flags (stale market reference, expired validity). */
  today?: string;
  /** Figures kept from earlier computes of the same, immutably edited quote (createComputeCache). */
  cache?: ComputeCache;
}

export function computeQuote(quote: QuoteInterchange, options: ComputeOptions = {}): ComputedQuote {
  const settings = resolveSettings(quote, options.defaults ?? BUILTIN_QUOTE_DEFAULTS);
  const { multipliers, multiplierText, hoursPerDay } = settings;
  const cache = options.cache ?? null;
  const cutoff = options.today === undefined ? null : staleCutoff(options.today);
  const quoteLevel = quote.difficulty.level;
  const quoteHasRationale = !isBlank(quote.difficulty.rationale);
  if (multipliers[quoteLevel] === undefined || !(quoteLevel >= 1))
    throw invalid(['difficulty', 'level'], 'difficulty level');

  // One context per level in use: sections at the same level share it (and its cache key).
  const contexts: (ReturnType<typeof makeSectionContext> | undefined)[] = [];
  const flags: QuoteFlag[] = [];
  const roles: RoleMap = new Map();
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
    const level = section.difficultyLevel ?? quoteLevel;
    const multiplier = multipliers[level];
    if (multiplier === undefined || !(level >= 1)) throw invalid(['sections', s], 'difficulty level');
    const ctx = (contexts[level] ??= makeSectionContext(
      level,
      multiplier,
      multiplierText[level]!,
      quoteHasRationale,
      settings.text.agencyFeePercent,
      settings.agencyFeeBasisPoints,
      hoursPerDay,
      cutoff,
    ));
    const figures = cachedSection(section, s, ctx, cache);
    const computed = figures.computed;
    sections[s] = computed;
    for (const flag of figures.flags) flags.push(flag);
    for (const [role, totals] of figures.roles) addToRole(roles, role, totals.byDays, totals.byHours, totals.headcount);
    subtotal += computed.price;
    cost += computed.cost;
    optionsPrice += computed.optionalPrice;
    optionsCost += figures.optionsCost;
    if (computed.marketTotal !== null) {
      hasMarket = true;
      marketTotal += computed.marketTotal;
      marketComparedPrice += computed.marketComparedPrice!;
    }
  }

  const totals = quoteTotals(quote, settings, { subtotal, cost, optionsPrice, optionsCost, marketTotal }, flags);
  const workload = workloadFigures(roles, hoursPerDay);
  if (!(workload.byDays <= MAX_SAFE && workload.byHours <= MAX_SAFE)) throw new QuoteRangeError([], 'workload');
  quoteLevelFlags(quote, settings, totals, options.today, flags);

  return {
    currency: quote.currency,
    settings: settings.text,
    difficultyLevel: quoteLevel,
    multiplier: multiplierText[quoteLevel]!,
    sections,
    workloadByRole: workload.workloadByRole,
    totalPersonDays: quantityText(personDaysThousandths(workload.byDays, workload.byHours, hoursPerDay)),
    subtotal: totals.subtotal,
    discount: totals.discount,
    net: totals.net,
    tax: totals.tax,
    total: totals.total,
    cost: totals.cost,
    grossMargin: totals.grossMargin,
    marginPercent: totals.marginPercent,
    marketTotal: hasMarket ? marketTotal : null,
    marketComparedPrice: hasMarket ? marketComparedPrice : null,
    deviationPercent: hasMarket ? deviation(marketComparedPrice, marketTotal) : null,
    optionalTotals: totals.optionalTotals,
    flags,
  };
}

export { QuoteRangeError, type QuotePath } from './range-error';
export { createComputeCache, type ComputeCache } from './section-figures';
