import * as z from 'zod';
import { CURRENCY_CODES, formatMoney } from '../money';
import { addCustomIssue } from '../validation/validate';
import { computeQuote, QuoteRangeError } from './compute';
import {
  agencyFeePercentSchema,
  BUILTIN_QUOTE_DEFAULTS,
  difficultyMultipliersSchema,
  hoursPerDaySchema,
  marginFloorPercentSchema,
  taxPercentSchema,
  type QuoteDefaults,
} from './defaults';
import { dateField, levelField, moneyField, percentField, quantityField, textField } from './fields';

/** The one interchange version this build reads and writes (DOMAIN.md §6). */
export const QUOTE_FORMAT = 'workbench.quote/1';

export const QUOTE_LIMITS = {
  /** Titles, roles, units, client names. */
  shortText: 200,
  /** Rationale, discount reason and condition, notes, descriptions, sources. */
  longText: 2000,
  /** The quality-and-effect statement: a few paragraphs. */
  statement: 10000,
  lineId: 100,
  sections: 200,
  /** Lines in the whole quote, over all sections. */
  lines: 10000,
} as const;

const L = QUOTE_LIMITS;

export const marketReferenceSchema = z.strictObject({
  unitPrice: moneyField('marketUnitPrice'),
  source: textField('marketSource', L.longText, true),
  date: dateField(),
});

// Extensions of the interchange format that any line may carry; all optional.
const lineExtensions = {
  id: textField('lineId', L.lineId, true).optional(),
  /** 可选项: priced and shown, but left out of the subtotal unless the client takes it. */
  optional: z.boolean().optional(),
  note: textField('note', L.longText, false).optional(),
  /**
   * 说明: what the line delivers ("3 篇深度稿件，含两轮修改"), printed in the document's 说明
   * column. Optional, inside the line's JSON: quotes stored before it read as they were.
   */
  deliverable: textField('deliverable', L.longText, false).optional(),
};

export const laborLineSchema = z
  .strictObject({
    kind: z.literal('labor'),
    id: lineExtensions.id,
    role: textField('role', L.shortText, true),
    headcount: quantityField('headcount'),
    days: quantityField('days').optional(),
    hours: quantityField('hours').optional(),
    rate: moneyField('rate'),
    costRate: moneyField('costRate'),
    market: marketReferenceSchema.optional(),
    optional: lineExtensions.optional,
    note: lineExtensions.note,
    deliverable: lineExtensions.deliverable,
  })
  .superRefine((line, ctx) => {
    if (line.days !== undefined && line.hours !== undefined)
      addCustomIssue(ctx, 'quote.labor_days_and_hours', ['hours']);
    else if (line.days === undefined && line.hours === undefined)
      addCustomIssue(ctx, 'quote.labor_duration_missing', ['days']);
  });

export const itemLineSchema = z.strictObject({
  kind: z.literal('item'),
  id: lineExtensions.id,
  description: textField('description', L.longText, true),
  quantity: quantityField('quantity'),
  unit: textField('unit', L.shortText, false).optional(),
  unitPrice: moneyField('unitPrice'),
  unitCost: moneyField('unitCost'),
  market: marketReferenceSchema.optional(),
  optional: lineExtensions.optional,
  note: lineExtensions.note,
  deliverable: lineExtensions.deliverable,
});

export const quoteLineSchema = z.discriminatedUnion('kind', [laborLineSchema, itemLineSchema]);

export const quoteSectionSchema = z.strictObject({
  title: textField('sectionTitle', L.shortText, true),
  /** Overrides the quote's level for this section's labor lines. */
  difficultyLevel: levelField('sectionLevel').optional(),
  /** Overrides the quote's agency fee for this section's non-labor lines; "0" turns it off. */
  agencyFeePercent: agencyFeePercentSchema.optional(),
  lines: z.array(quoteLineSchema).superRefine((lines, ctx) => {
    if (lines.length > L.lines) addCustomIssue(ctx, 'quote.too_many_lines', [], { max: L.lines, count: lines.length });
  }),
});

export const difficultySchema = z.strictObject({
  level: levelField('level'),
  rationale: textField('rationale', L.longText, false).optional(),
});

/** One of percent or amount, checked below; a union would word its refusals far less clearly. */
export const discountSchema = z
  .strictObject({
    percent: percentField('discountPercent').optional(),
    amount: moneyField('discountAmount').optional(),
    reason: textField('discountReason', L.longText, false).optional(),
    condition: textField('discountCondition', L.longText, false).optional(),
  })
  .superRefine((discount, ctx) => {
    if (discount.percent !== undefined && discount.amount !== undefined)
      addCustomIssue(ctx, 'quote.discount_percent_and_amount', ['amount']);
    else if (discount.percent === undefined && discount.amount === undefined)
      addCustomIssue(ctx, 'quote.discount_value_missing', ['percent']);
  });

// z.custom rather than z.literal so that the refusal is our own words ("this file is a newer
// format"), not a bare "expected …".
const formatSchema = z.custom<typeof QUOTE_FORMAT>((value) => value === QUOTE_FORMAT, {
  params: { key: 'quote.unsupported_format', expected: QUOTE_FORMAT },
});

/** The quote's fields, without the checks that need its arithmetic. Key order = file order. */
export const quoteObjectSchema = z.strictObject({
  format: formatSchema,
  title: textField('quoteTitle', L.shortText, true),
  client: textField('client', L.shortText, false).optional(),
  currency: z.enum(CURRENCY_CODES),
  validUntil: dateField().optional(),
  difficulty: difficultySchema,
  difficultyMultipliers: difficultyMultipliersSchema.optional(),
  hoursPerDay: hoursPerDaySchema.optional(),
  taxPercent: taxPercentSchema.optional(),
  marginFloorPercent: marginFloorPercentSchema.optional(),
  /** 代理服务费 on non-labor lines (DOMAIN.md §7); absent = the workspace's default. */
  agencyFeePercent: agencyFeePercentSchema.optional(),
  discount: discountSchema.optional(),
  qualityAndEffect: textField('qualityAndEffect', L.statement, false).optional(),
  sections: z.array(quoteSectionSchema).superRefine((sections, ctx) => {
    if (sections.length > L.sections)
      addCustomIssue(ctx, 'quote.too_many_sections', [], { max: L.sections, count: sections.length });
  }),
});

export type QuoteInterchange = z.infer<typeof quoteObjectSchema>;
export type QuoteSection = z.infer<typeof quoteSectionSchema>;
export type QuoteLine = z.infer<typeof quoteLineSchema>;
export type LaborLine = z.infer<typeof laborLineSchema>;
export type ItemLine = z.infer<typeof itemLineSchema>;
export type QuoteDiscount = z.infer<typeof discountSchema>;
export type MarketReference = z.infer<typeof marketReferenceSchema>;

/**
 * The checks that need the quote's arithmetic: the line count over all sections, amounts beyond the
 * exact range, and a discount above the subtotal. They run the one calculator, computeQuote (a
 * 10,000-line quote computes in about a millisecond, far below parsing it), and only once every
 * field is valid.
 */
function checkArithmetic(quote: QuoteInterchange, ctx: z.RefinementCtx, defaults: QuoteDefaults): void {
  let lines = 0;
  for (const section of quote.sections) lines += section.lines.length;
  if (lines > L.lines) {
    addCustomIssue(ctx, 'quote.too_many_lines', ['sections'], { max: L.lines, count: lines });
    return;
  }
  let subtotal: number;
  try {
    subtotal = computeQuote(quote, { defaults }).subtotal;
  } catch (error) {
    if (!(error instanceof QuoteRangeError)) throw error;
    addCustomIssue(
      ctx,
      error.quantity === 'workload' ? 'quote.workload_too_large' : 'quote.amount_too_large',
      error.path,
      {
        max: Number.MAX_SAFE_INTEGER,
      },
    );
    return;
  }
  const amount = quote.discount?.amount;
  if (amount !== undefined && amount > subtotal) {
    // "CNY 50,000.00" reads the same in either language.
    const money = (minor: number) => formatMoney(minor, quote.currency, 'en', 'code').replace(/\s/g, ' ');
    addCustomIssue(ctx, 'quote.discount_over_subtotal', ['discount', 'amount'], {
      amount: money(amount),
      subtotal: money(subtotal),
    });
  }
}

/**
 * The interchange schema checked against a workspace's defaults: whether a discount amount exceeds
 * the subtotal depends on the multipliers and hours-per-day the quote falls back to.
 */
export function makeQuoteInterchangeSchema(defaults: QuoteDefaults = BUILTIN_QUOTE_DEFAULTS) {
  return quoteObjectSchema.superRefine((quote, ctx) => checkArithmetic(quote, ctx, defaults), {
    when: (payload) => payload.issues.length === 0,
  });
}

/** DOMAIN.md §6, checked against the built-in defaults. */
export const quoteInterchangeSchema = makeQuoteInterchangeSchema();
