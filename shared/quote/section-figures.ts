import { BASIS_POINTS, MAX_SAFE, mulDivRound, parsePercent } from '../money';
import { QUOTE_FLAG_SEVERITY } from './flags';
import type { QuoteLine, QuoteSection } from './interchange';
import { deviation, lineContext, lineFigures, type LineContext, type LineFigures } from './line-figures';
import { invalid, QuoteRangeError } from './range-error';
import type { ComputedLine, ComputedSection, QuoteFlag } from './result';
import { addToRole, type RoleMap } from './workload';

/**
 * One section's figures: its lines summed, its agency fee (代理服务费, DOMAIN.md §7: one fee per
 * section, rounded once over the sum of its non-labor lines, not per line), its flags and its
 * workload by role. Optional lines (可选项) are priced and shown but left out of the section's
 * price, cost, market totals and workload.
 */

/** What a section's figures depend on besides the section itself (and its position). */
export interface SectionContext {
  /** The level its labor lines are priced at: its override, else the quote's. */
  level: number;
  multiplier: number;
  multiplierText: string;
  /** The quote gives a difficulty rationale (an override above 2 without one is flagged). */
  quoteHasRationale: boolean;
  /** The quote's fee, for a section without its own. */
  feeText: string | undefined;
  feeBasisPoints: number;
  line: LineContext;
}

export interface SectionFigures {
  computed: ComputedSection;
  /** Its flags, with their section and line indices. */
  flags: QuoteFlag[];
  /** Workload by role over its non-optional lines, in order of first appearance. */
  roles: RoleMap;
  /** Σ costs of its optional lines (outside `computed.cost`). */
  optionsCost: number;
}

/**
 * Figures kept between computes of one evolving quote (the editor's): a section or line object
 * seen before, under the same context, is not computed again. Objects are keys by identity, so
 * the quote must be updated immutably (a changed line is a new object), as the editor does.
 */
export interface ComputeCache {
  lines: WeakMap<QuoteLine, { key: string; figures: LineFigures }>;
  sections: WeakMap<QuoteSection, { key: string; figures: SectionFigures }>;
}

export function createComputeCache(): ComputeCache {
  return { lines: new WeakMap(), sections: new WeakMap() };
}

export function sectionContextKey(ctx: SectionContext, s: number): string {
  return `${s}|${ctx.level}|${ctx.multiplierText}|${ctx.quoteHasRationale ? 1 : 0}|${ctx.feeText ?? ''}|${ctx.line.key}`;
}

export function makeSectionContext(
  level: number,
  multiplier: number,
  multiplierText: string,
  quoteHasRationale: boolean,
  feeText: string | undefined,
  feeBasisPoints: number,
  hoursPerDay: number,
  cutoff: string | null,
): SectionContext {
  return {
    level,
    multiplier,
    multiplierText,
    quoteHasRationale,
    feeText,
    feeBasisPoints,
    line: lineContext(multiplier, hoursPerDay, cutoff),
  };
}

/** Filled anew for each line when there is no cache; read before the next line is computed. */
const scratch = {} as LineFigures;

function cachedLine(line: QuoteLine, ctx: LineContext, s: number, l: number, cache: ComputeCache | null): LineFigures {
  if (cache === null) return lineFigures(line, ctx, s, l, scratch);
  const hit = cache.lines.get(line);
  if (hit !== undefined && hit.key === ctx.key) return hit.figures;
  const figures = lineFigures(line, ctx, s, l);
  cache.lines.set(line, { key: ctx.key, figures });
  return figures;
}

export function sectionFigures(
  section: QuoteSection,
  s: number,
  ctx: SectionContext,
  cache: ComputeCache | null,
): SectionFigures {
  const flags: QuoteFlag[] = [];
  if (section.difficultyLevel !== undefined && section.difficultyLevel > 2 && !ctx.quoteHasRationale) {
    flags.push({ code: 'difficulty_without_rationale', severity: 'warning', sectionIndex: s });
  }
  const feeText = section.agencyFeePercent ?? ctx.feeText ?? '0';
  const feeBasisPoints =
    section.agencyFeePercent === undefined ? ctx.feeBasisPoints : parsePercent(section.agencyFeePercent);
  if (!(feeBasisPoints >= 0)) throw invalid(['sections', s, 'agencyFeePercent'], 'percent');

  const sourceLines = section.lines;
  const lineCount = sourceLines.length;
  const lines: ComputedLine[] = new Array<ComputedLine>(lineCount);
  const roles: RoleMap = new Map();
  // Σ prices of the non-labor lines the fee applies to, kept apart for optional lines.
  let feeBase = 0;
  let feeBaseOptional = 0;
  let price = 0;
  let cost = 0;
  let optionalPrice = 0;
  let optionsCost = 0;
  let market = 0;
  let marketPrice = 0;
  let hasMarket = false;

  for (let l = 0; l < lineCount; l++) {
    const line = sourceLines[l]!;
    const figures = cachedLine(line, ctx.line, s, l, cache);
    const computed = figures.computed;
    lines[l] = computed;
    for (const code of figures.flags) {
      const flag: QuoteFlag = { code, severity: QUOTE_FLAG_SEVERITY[code], sectionIndex: s, lineIndex: l };
      if (line.id !== undefined) flag.lineId = line.id;
      flags.push(flag);
    }
    const linePrice = computed.price;
    if (figures.role === null) {
      if (computed.optional) feeBaseOptional += linePrice;
      else feeBase += linePrice;
    }
    if (computed.optional) {
      optionalPrice += linePrice;
      optionsCost += computed.cost;
      continue;
    }
    price += linePrice;
    cost += computed.cost;
    if (computed.marketTotal !== null) {
      market += computed.marketTotal;
      marketPrice += linePrice;
      hasMarket = true;
    }
    if (figures.role !== null) addToRole(roles, figures.role, figures.byDays, figures.byHours, figures.headcount);
  }

  const agencyFee = feeBasisPoints === 0 ? 0 : mulDivRound(feeBase, feeBasisPoints, BASIS_POINTS);
  const agencyFeeOptional = feeBasisPoints === 0 ? 0 : mulDivRound(feeBaseOptional, feeBasisPoints, BASIS_POINTS);
  if (!(agencyFee <= MAX_SAFE && agencyFeeOptional <= MAX_SAFE))
    throw new QuoteRangeError(['sections', s, 'agencyFeePercent'], 'agency fee');

  return {
    computed: {
      difficultyLevel: ctx.level,
      multiplier: ctx.multiplierText,
      price: price + agencyFee,
      cost,
      optionalPrice: optionalPrice + agencyFeeOptional,
      marketTotal: hasMarket ? market : null,
      marketComparedPrice: hasMarket ? marketPrice : null,
      deviationPercent: hasMarket ? deviation(marketPrice, market) : null,
      agencyFeePercent: feeText,
      agencyFee,
      agencyFeeOptional,
      lines,
    },
    flags,
    roles,
    optionsCost,
  };
}

/** sectionFigures, served from the cache when the same section object was seen in the same place. */
export function cachedSection(
  section: QuoteSection,
  s: number,
  ctx: SectionContext,
  cache: ComputeCache | null,
): SectionFigures {
  if (cache === null) return sectionFigures(section, s, ctx, null);
  const key = sectionContextKey(ctx, s);
  const hit = cache.sections.get(section);
  if (hit !== undefined && hit.key === key) return hit.figures;
  const figures = sectionFigures(section, s, ctx, cache);
  cache.sections.set(section, { key, figures });
  return figures;
}
