import * as z from 'zod';
import { CURRENCY_CODES } from '../money';
import { quoteDefaultsSchema } from './defaults';
import { QUOTE_FLAG_CODES } from './flags';

/**
 * The computed quote: the result type of `quotes.compute` and of computeQuote.
 *
 * Amounts are minor units as JS numbers, always safe integers. Every amount up to 10^13 minor
 * units (¥100 billion) and beyond, up to Number.MAX_SAFE_INTEGER (≈ 9.007 × 10^15), is exact;
 * a quote whose figures would go past that is refused (the schema raises `quote.amount_too_large`,
 * computeQuote throws QuoteRangeError) rather than rounded.
 */
const amount = z.number().int().nonnegative();
/** Gross margin may be negative. */
const signedAmount = z.number().int();
/** Person-days and headcounts, rounded to 3 places for display, no trailing zeros: "2.25". */
const quantityText = z.string().regex(/^\d+(?:\.\d{1,3})?$/);
/** A percent to exactly one place, half away from zero: "36.8", "-4.0". */
const percentText = z.string().regex(/^-?\d+\.\d$/);
const level = z.number().int().min(1).max(5);

export const quoteFlagSchema = z.strictObject({
  code: z.enum(QUOTE_FLAG_CODES),
  severity: z.enum(['error', 'warning']),
  sectionIndex: z.number().int().nonnegative().optional(),
  lineIndex: z.number().int().nonnegative().optional(),
  /** The line's own `id`, when it carries one. */
  lineId: z.string().optional(),
});

export const computedLineSchema = z.strictObject({
  optional: z.boolean(),
  /** Person-days (headcount × duration), labor lines only. */
  workload: quantityText.nullable(),
  price: amount,
  cost: amount,
  /** round(workload or quantity × market unit price), without difficulty; null without a reference. */
  marketTotal: amount.nullable(),
  /** (price − marketTotal) / marketTotal; null without a reference or when the market total is 0. */
  deviationPercent: percentText.nullable(),
});

export const computedSectionSchema = z.strictObject({
  /** The level its labor lines are priced at: the section's override, else the quote's. */
  difficultyLevel: level,
  multiplier: z.string(),
  /**
   * Σ prices of the section's lines that are not optional, plus its agency fee; costs of the same
   * lines (the fee costs nothing).
   */
  price: amount,
  cost: amount,
  /** Σ prices of its optional lines and their agency fee, outside `price`. */
  optionalPrice: amount,
  /** Σ market totals of its non-optional lines with a reference; null when none has one. */
  marketTotal: amount.nullable(),
  /** Σ prices of those same lines: what marketTotal is compared with. */
  marketComparedPrice: amount.nullable(),
  deviationPercent: percentText.nullable(),
  /*
   * 代理服务费 (DOMAIN.md §7): the percent in force for the section, the fee on its non-optional
   * non-labor lines (inside `price`) and on its optional ones (only in the total with options).
   * Defaults let versions frozen before the fee existed read as "no fee".
   */
  agencyFeePercent: z.string().default('0'),
  agencyFee: amount.default(0),
  agencyFeeOptional: amount.default(0),
  lines: z.array(computedLineSchema),
});

export const roleWorkloadSchema = z.strictObject({
  personDays: quantityText,
  /** The most people on any one line of the role (see computeQuote). */
  headcount: quantityText,
});

/** What the client pays if they take every optional line. */
export const optionalTotalsSchema = z.strictObject({
  optionsPrice: amount,
  optionsCost: amount,
  subtotalWithOptions: amount,
  discountWithOptions: amount,
  netWithOptions: amount,
  taxWithOptions: amount,
  totalWithOptions: amount,
  costWithOptions: amount,
  grossMarginWithOptions: signedAmount,
  marginPercentWithOptions: percentText.nullable(),
});

export const computedQuoteSchema = z.strictObject({
  currency: z.enum(CURRENCY_CODES),
  /** The settings the figures were computed with: the quote's own, else the workspace's. */
  settings: quoteDefaultsSchema,
  difficultyLevel: level,
  multiplier: z.string(),
  sections: z.array(computedSectionSchema),
  /** Role → workload, over non-optional lines, in order of first appearance. */
  workloadByRole: z.record(z.string(), roleWorkloadSchema),
  totalPersonDays: quantityText,
  subtotal: amount,
  discount: amount,
  net: amount,
  tax: amount,
  total: amount,
  cost: amount,
  grossMargin: signedAmount,
  /** grossMargin / net; null when net is 0. */
  marginPercent: percentText.nullable(),
  marketTotal: amount.nullable(),
  marketComparedPrice: amount.nullable(),
  deviationPercent: percentText.nullable(),
  optionalTotals: optionalTotalsSchema,
  flags: z.array(quoteFlagSchema),
});

export type ComputedQuote = z.infer<typeof computedQuoteSchema>;
export type ComputedSection = z.infer<typeof computedSectionSchema>;
export type ComputedLine = z.infer<typeof computedLineSchema>;
export type RoleWorkload = z.infer<typeof roleWorkloadSchema>;
export type OptionalTotals = z.infer<typeof optionalTotalsSchema>;
export type QuoteFlag = z.infer<typeof quoteFlagSchema>;
export type QuoteFlagSeverity = QuoteFlag['severity'];
