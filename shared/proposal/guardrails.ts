import * as z from 'zod';
import { compareProducts, formatPercentTenths, mulDivRound, parsePercent } from '../money';
import type { ComputedQuote, QuoteInterchange } from '../quote';
import { SELF_CHECK_DIMENSIONS, weakDimensions, type SelfCheck } from './records';

/**
 * What stands between a proposal and the client, decided from its quote's figures (the one
 * calculator's) and the practice rules. Pure: the core decides sending with it, and the editor
 * shows the very same findings before the user presses Send.
 */
export const BLOCKER_CODES = ['no_quote', 'below_cost', 'discount_exceeds_subtotal', 'approval_missing'] as const;
export const WARNING_CODES = [
  'free_line_with_cost',
  'discount_without_condition',
  'discount_without_reason',
  'market_gap_unexplained',
  'no_pre_communication',
  'self_check_missing',
  'self_check_low',
] as const;
export const APPROVAL_REASONS = ['margin_below_floor', 'discount_over_limit'] as const;
export const APPROVAL_STATES = ['not_needed', 'needed', 'pending', 'approved', 'rejected'] as const;

export const findingSchema = z.object({
  code: z.enum([...BLOCKER_CODES, ...WARNING_CODES]),
  sectionIndex: z.int().optional(),
  lineIndex: z.int().optional(),
  /** The quote line's role or description, so the finding can be read without the quote open. */
  line: z.string().optional(),
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
    })
    .nullable(),
});
export type SendCheck = z.infer<typeof sendCheckSchema>;
export type ApprovalState = SendCheck['approval'];
export type ApprovalReason = (typeof APPROVAL_REASONS)[number];

export interface SendCheckInput {
  quote: { document: QuoteInterchange; computed: ComputedQuote } | null;
  /** The workspace's margin floor and discount limit, percent strings ("30", "10"). */
  marginFloorPercent: string;
  discountLimitPercent: string;
  selfCheckThreshold: number;
  hasPreCommunication: boolean;
  selfCheck: SelfCheck | null;
  /** The newest finance decision on exactly this content, if any. */
  decision: 'pending' | 'approved' | 'rejected' | null;
}

/** Why finance must look: under the floor (the workspace's, or the quote's own stricter one), or a discount past the limit. */
export function approvalReasons(
  document: QuoteInterchange,
  computed: ComputedQuote,
  marginFloorPercent: string,
  discountLimitPercent: string,
): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  const floor = parsePercent(marginFloorPercent);
  const underWorkspaceFloor = computed.net > 0 && compareProducts(computed.grossMargin, 10000, computed.net, floor) < 0;
  if (underWorkspaceFloor || computed.flags.some((f) => f.code === 'below_margin_floor'))
    reasons.push('margin_below_floor');
  const limit = parsePercent(discountLimitPercent);
  // A percent discount is judged by the percent written (5% is 5%, though the fen rounds up);
  // an amount by its exact share of the subtotal.
  const stated = document.discount?.percent;
  const overLimit =
    stated !== undefined
      ? parsePercent(stated) > limit
      : computed.discount > 0 && compareProducts(computed.discount, 10000, computed.subtotal, limit) > 0;
  if (overLimit) reasons.push('discount_over_limit');
  return reasons;
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
      if (flag.code === 'below_cost' || flag.code === 'discount_exceeds_subtotal') blockers.push({ code: flag.code });
      else if (QUOTE_WARNINGS.has(flag.code))
        warnings.push({ code: flag.code as Finding['code'], ...where, ...(line ? { line } : {}) });
    }
    reasons = approvalReasons(document, computed, input.marginFloorPercent, input.discountLimitPercent);
    figures = {
      marginPercent: computed.marginPercent,
      floorPercent: input.marginFloorPercent,
      discountPercent: discountPercentOf(computed),
      limitPercent: input.discountLimitPercent,
      deviationPercent: computed.deviationPercent,
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
