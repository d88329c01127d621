import * as z from 'zod';
import { compareProducts, formatPercentTenths, mulDivRound, parsePercent } from '../money';
import type { ComputedQuote, QuoteInterchange } from '../quote';
import { SELF_CHECK_DIMENSIONS, weakDimensions, type SelfCheck } from './records';

/**
 * What stands between a proposal and the client, decided from its quote's figures (the one
 * calculator's) and the practice rules. Pure: the core decides sending with it, and the editor
 * shows the very same findings before the user presses Send.
 */
export const BLOCKER_CODES = [
  'no_quote',
  'below_cost',
  /** The client may take every option: with them the offer must not be below cost either. */
  'below_cost_with_options',
  'discount_exceeds_subtotal',
  'validity_expired',
  'approval_missing',
] as const;
export const WARNING_CODES = [
  'free_line_with_cost',
  'discount_without_condition',
  'discount_without_reason',
  'market_gap_unexplained',
  'no_pre_communication',
  'self_check_missing',
  'self_check_low',
] as const;
export const APPROVAL_REASONS = [
  'margin_below_floor',
  'margin_below_floor_with_options',
  'discount_over_limit',
  'free_line_over_limit',
] as const;
export const APPROVAL_STATES = ['not_needed', 'needed', 'pending', 'approved', 'rejected'] as const;

export const findingSchema = z.object({
  code: z.enum([...BLOCKER_CODES, ...WARNING_CODES]),
  sectionIndex: z.int().optional(),
  lineIndex: z.int().optional(),
  /** The quote line's role or description, so the finding can be read without the quote open. */
  line: z.string().optional(),
  /** The quote section's title, so a checklist item names the section it is about (issue 15). */
  section: z.string().optional(),
  /** self_check_low: the dimensions under the threshold. */
  dimensions: z.array(z.enum(SELF_CHECK_DIMENSIONS)).optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const sendCheckSchema = z.object({
  blockers: z.array(findingSchema),
  warnings: z.array(findingSchema),
  approvalReasons: z.array(z.enum(APPROVAL_REASONS)),
  /** Whether finance must approve this exact content, and where that stands. */
  approval: z.enum(APPROVAL_STATES),
  figures: z
    .object({
      marginPercent: z.string().nullable(),
      floorPercent: z.string(),
      /** discount / subtotal, one decimal; null without a subtotal. */
      discountPercent: z.string().nullable(),
      limitPercent: z.string(),
      deviationPercent: z.string().nullable(),
      /** The margin if the client takes every option; null without options (or without a net). */
      marginPercentWithOptions: z.string().nullable(),
      /** A free line costing more than this share of the subtotal needs approval. */
      freeLineCostPercent: z.string(),
    })
    .nullable(),
});
export type SendCheck = z.infer<typeof sendCheckSchema>;
export type ApprovalState = SendCheck['approval'];
export type ApprovalReason = (typeof APPROVAL_REASONS)[number];

/** What finance has set: the floor, the discount limit and the free-line limit, percent strings ("30", "10", "5"). */
export interface ApprovalRules {
  marginFloorPercent: string;
  discountLimitPercent: string;
  freeLineCostPercent: string;
}

/** Before migration 011 there was no free-line limit; snapshots made then are judged by the default. */
export const DEFAULT_FREE_LINE_COST_PERCENT = '5';

export interface SendCheckInput extends ApprovalRules {
  quote: { document: QuoteInterchange; computed: ComputedQuote } | null;
  selfCheckThreshold: number;
  hasPreCommunication: boolean;
  selfCheck: SelfCheck | null;
  /** The newest finance decision on exactly this content, if any. */
  decision: 'pending' | 'approved' | 'rejected' | null;
}

/** Options exist when a line is marked optional: their price or their cost is not zero. */
function hasOptions(computed: ComputedQuote): boolean {
  return computed.optionalTotals.optionsPrice > 0 || computed.optionalTotals.optionsCost > 0;
}

/** margin × 10000 < floor × net, exactly (a 29.96% margin is under a 30% floor though it prints "30.0"). */
function underFloor(grossMargin: number, net: number, floorBasisPoints: number): boolean {
  return net > 0 && compareProducts(grossMargin, 10000, net, floorBasisPoints) < 0;
}

/**
 * Why finance must look, on the whole offer: under the floor (the workspace's, or the quote's own
 * stricter one) without the options or with all of them (the client may take them), a discount
 * past the limit, or a free line whose cost is more than the limit's share of the subtotal (giving
 * paid work away is an anti-pattern finance judges, not a warning to click away).
 */
export function approvalReasons(
  document: QuoteInterchange,
  computed: ComputedQuote,
  rules: ApprovalRules,
): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  const floor = Math.max(parsePercent(rules.marginFloorPercent), parsePercent(computed.settings.marginFloorPercent));
  if (
    underFloor(computed.grossMargin, computed.net, floor) ||
    computed.flags.some((f) => f.code === 'below_margin_floor')
  )
    reasons.push('margin_below_floor');
  const o = computed.optionalTotals;
  if (hasOptions(computed) && underFloor(o.grossMarginWithOptions, o.netWithOptions, floor))
    reasons.push('margin_below_floor_with_options');
  const limit = parsePercent(rules.discountLimitPercent);
  // A percent discount is judged by the percent written (5% is 5%, though the fen rounds up);
  // an amount by its exact share of the subtotal.
  const stated = document.discount?.percent;
  const overLimit =
    stated !== undefined
      ? parsePercent(stated) > limit
      : computed.discount > 0 && compareProducts(computed.discount, 10000, computed.subtotal, limit) > 0;
  if (overLimit) reasons.push('discount_over_limit');
  if (freeLinesOverLimit(computed, rules.freeLineCostPercent).length > 0) reasons.push('free_line_over_limit');
  return reasons;
}

/**
 * The free lines (price 0, a cost) whose cost is more than `limitPercent` of the subtotal, optional
 * lines included: cost × 10000 > limit × subtotal. With no subtotal, any free line with a cost is.
 */
export function freeLinesOverLimit(
  computed: ComputedQuote,
  limitPercent: string,
): { sectionIndex: number; lineIndex: number }[] {
  const limit = parsePercent(limitPercent);
  const out: { sectionIndex: number; lineIndex: number }[] = [];
  computed.sections.forEach((section, s) =>
    section.lines.forEach((line, l) => {
      if (line.price === 0 && line.cost > 0 && compareProducts(line.cost, 10000, computed.subtotal, limit) > 0)
        out.push({ sectionIndex: s, lineIndex: l });
    }),
  );
  return out;
}

/** Below cost if the client takes every option (net with options under cost with options). */
export function belowCostWithOptions(computed: ComputedQuote): boolean {
  const o = computed.optionalTotals;
  return hasOptions(computed) && o.netWithOptions < o.costWithOptions;
}

export function discountPercentOf(computed: ComputedQuote): string | null {
  if (computed.subtotal === 0) return null;
  return formatPercentTenths(mulDivRound(computed.discount, 1000, computed.subtotal));
}

function lineName(document: QuoteInterchange, sectionIndex?: number, lineIndex?: number): string | undefined {
  if (sectionIndex === undefined || lineIndex === undefined) return undefined;
  const line = document.sections[sectionIndex]?.lines[lineIndex];
  if (!line) return undefined;
  return line.kind === 'labor' ? line.role : line.description;
}

const QUOTE_WARNINGS = new Set<string>([
  'free_line_with_cost',
  'discount_without_condition',
  'discount_without_reason',
  'market_gap_unexplained',
]);

export function sendCheck(input: SendCheckInput): SendCheck {
  const blockers: Finding[] = [];
  const warnings: Finding[] = [];
  let reasons: ApprovalReason[] = [];
  let figures: SendCheck['figures'] = null;
  const { quote } = input;
  if (!quote) blockers.push({ code: 'no_quote' });
  else {
    const { computed, document } = quote;
    for (const flag of computed.flags) {
      const where = {
        ...(flag.sectionIndex !== undefined ? { sectionIndex: flag.sectionIndex } : {}),
        ...(flag.lineIndex !== undefined ? { lineIndex: flag.lineIndex } : {}),
      };
      const line = lineName(document, flag.sectionIndex, flag.lineIndex);
      const section = flag.sectionIndex === undefined ? undefined : document.sections[flag.sectionIndex]?.title;
      if (flag.code === 'below_cost' || flag.code === 'discount_exceeds_subtotal' || flag.code === 'validity_expired')
        blockers.push({ code: flag.code });
      else if (QUOTE_WARNINGS.has(flag.code))
        warnings.push({
          code: flag.code as Finding['code'],
          ...where,
          ...(line ? { line } : {}),
          ...(section ? { section } : {}),
        });
    }
    if (belowCostWithOptions(computed)) blockers.push({ code: 'below_cost_with_options' });
    reasons = approvalReasons(document, computed, input);
    figures = {
      marginPercent: computed.marginPercent,
      floorPercent: input.marginFloorPercent,
      discountPercent: discountPercentOf(computed),
      limitPercent: input.discountLimitPercent,
      deviationPercent: computed.deviationPercent,
      marginPercentWithOptions: hasOptions(computed) ? computed.optionalTotals.marginPercentWithOptions : null,
      freeLineCostPercent: input.freeLineCostPercent,
    };
  }
  const approval: ApprovalState =
    reasons.length === 0 ? 'not_needed' : input.decision === null ? 'needed' : input.decision;
  if (reasons.length > 0 && approval !== 'approved') blockers.push({ code: 'approval_missing' });
  if (!input.hasPreCommunication) warnings.push({ code: 'no_pre_communication' });
  if (!input.selfCheck) warnings.push({ code: 'self_check_missing' });
  else {
    const weak = weakDimensions(input.selfCheck, input.selfCheckThreshold);
    if (weak.length > 0) warnings.push({ code: 'self_check_low', dimensions: weak });
  }
  return { blockers, warnings, approvalReasons: reasons, approval, figures };
}
