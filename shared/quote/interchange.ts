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
  unitPrice: moneyField({ field: 'unitPrice', label: '市价单价' }),
  source: textField({ field: 'source', label: '市价来源' }, L.longText, true),
  date: dateField(),
});

// Extensions of the interchange format that any line may carry; all optional.
const lineExtensions = {
  id: textField({ field: 'id', label: '明细编号' }, L.lineId, true).optional(),
  /** 可选项: priced and shown, but left out of the subtotal unless the client takes it. */
  optional: z.boolean().optional(),
  note: textField({ field: 'note', label: '备注' }, L.longText, false).optional(),
  /**
   * 说明: what the line delivers ("3 篇深度稿件，含两轮修改"), printed in the document's 说明
   * column. Optional, inside the line's JSON: quotes stored before it read as they were.
   */
  deliverable: textField({ field: 'deliverable', label: '说明' }, L.longText, false).optional(),
};

export const laborLineSchema = z
  .strictObject({
    kind: z.literal('labor'),
    id: lineExtensions.id,
    role: textField({ field: 'role', label: '岗位' }, L.shortText, true),
    headcount: quantityField({ field: 'headcount', label: '人数' }),
    days: quantityField({ field: 'days', label: '天数' }).optional(),
    hours: quantityField({ field: 'hours', label: '小时数' }).optional(),
    rate: moneyField({ field: 'rate', label: '人天单价' }),
    costRate: moneyField({ field: 'costRate', label: '人天成本' }),
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
  description: textField({ field: 'description', label: '项目说明' }, L.longText, true),
  quantity: quantityField({ field: 'quantity', label: '数量' }),
  unit: textField({ field: 'unit', label: '单位' }, L.shortText, false).optional(),
  unitPrice: moneyField({ field: 'unitPrice', label: '单价' }),
  unitCost: moneyField({ field: 'unitCost', label: '单位成本' }),
  market: marketReferenceSchema.optional(),
  optional: lineExtensions.optional,
  note: lineExtensions.note,
  deliverable: lineExtensions.deliverable,
});

export const quoteLineSchema = z.discriminatedUnion('kind', [laborLineSchema, itemLineSchema]);

export const quoteSectionSchema = z.strictObject({
  title: textField({ field: 'title', label: '章节标题' }, L.shortText, true),
  /** Overrides the quote's level for this section's labor lines. */
  difficultyLevel: levelField({ field: 'difficultyLevel', label: '章节难度等级' }).optional(),
  /** Overrides the quote's agency fee for this section's non-labor lines; "0" turns it off. */
  agencyFeePercent: agencyFeePercentSchema.optional(),
  lines: z.array(quoteLineSchema).superRefine((lines, ctx) => {
    if (lines.length > L.lines) addCustomIssue(ctx, 'quote.too_many_lines', [], { max: L.lines, count: lines.length });
  }),
});

export const difficultySchema = z.strictObject({
  level: levelField({ field: 'level', label: '难度等级' }),
  rationale: textField({ field: 'rationale', label: '难度说明' }, L.longText, false).optional(),
});

/** One of percent or amount, checked below; a union would word its refusals far less clearly. */
export const discountSchema = z
  .strictObject({
    percent: percentField({ field: 'percent', label: '折扣比例' }).optional(),
    amount: moneyField({ field: 'amount', label: '折扣金额' }).optional(),
    reason: textField({ field: 'reason', label: '折扣原因' }, L.longText, false).optional(),
    condition: textField({ field: 'condition', label: '折扣条件' }, L.longText, false).optional(),
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
  title: textField({ field: 'title', label: '报价标题' }, L.shortText, true),
  client: textField({ field: 'client', label: '客户' }, L.shortText, false).optional(),
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
  qualityAndEffect: textField({ field: 'qualityAndEffect', label: '品质与效果说明' }, L.statement, false).optional(),
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
