import * as z from 'zod';
import { AGING_BUCKETS, OPEN_STATUSES } from '../../collection';
import { CURRENCY_CODES } from '../../money';
import { percentField, quantityField } from '../../quote/fields';
import { addCustomIssue } from '../../validation/validate';
import { command, query } from '../define';
import { ANY_ROLE, FINANCE } from '../roles';
import { idSchema, isoDate, isoDateTime, noArgs, optionalText, text } from '../common';
import { base64Of } from './branding';
import { EXPORT_FORMATS, exportedFileSchema } from './export';
import { minorAmount } from './rate-card';

/**
 * After the win (DOMAIN.md §7): payment plans and collection (回款), receivables, cost to serve
 * (服务成本), the weighted pipeline (加权预测) and the client's acceptance (报价确认函).
 */

export const PAYMENT_TRIGGERS = ['signing', 'delivery', 'completion'] as const;
export const paymentTriggerSchema = z.enum(PAYMENT_TRIGGERS);

const percent = (name: 'milestonePercent' | 'winProbability') => percentField(name);

/** A milestone as asked for: a percent or an amount, due on a date or a trigger plus days. */
export const milestoneInputSchema = z
  .strictObject({
    label: text(100),
    percent: percent('milestonePercent').optional(),
    amount: minorAmount.optional(),
    dueOn: isoDate.optional(),
    trigger: paymentTriggerSchema.optional(),
    triggerDays: z.int().min(0).max(365).optional(),
  })
  .superRefine((m, ctx) => {
    if ((m.percent === undefined) === (m.amount === undefined))
      addCustomIssue(ctx, 'collection.percent_or_amount', ['percent']);
    if (m.dueOn === undefined && m.trigger === undefined) addCustomIssue(ctx, 'collection.due_rule', ['dueOn']);
  });
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;

export const paymentTemplateSchema = z.strictObject({
  id: idSchema.optional(),
  name: text(60),
  milestones: z.array(milestoneInputSchema).min(1).max(12),
});
export type PaymentTemplate = z.infer<typeof paymentTemplateSchema>;

export const receiptSchema = z.object({
  id: idSchema,
  receivedOn: isoDate,
  amount: z.int(),
  note: z.string(),
});

export const milestoneSchema = z.object({
  id: idSchema,
  position: z.int(),
  label: z.string(),
  percent: z.string().nullable(),
  fixedAmount: z.int().nullable(),
  /** Resolved amount due, minor units. */
  amount: z.int(),
  dueOn: isoDate.nullable(),
  trigger: paymentTriggerSchema.nullable(),
  triggerDays: z.int().nullable(),
  triggerOn: isoDate.nullable(),
  /** The due date in force: dueOn, or triggerOn + days; null while the trigger has not happened. */
  effectiveDueOn: isoDate.nullable(),
  invoiceNumber: z.string().nullable(),
  invoicedOn: isoDate.nullable(),
  received: z.int(),
  outstanding: z.int(),
  /** Days past the due date today (negative before it); null without a due date. */
  daysOverdue: z.int().nullable(),
  receipts: z.array(receiptSchema),
});
export type Milestone = z.infer<typeof milestoneSchema>;

export const paymentPlanSchema = z.object({
  proposalId: idSchema,
  clientId: idSchema,
  currency: z.enum(CURRENCY_CODES),
  total: z.int(),
  received: z.int(),
  milestones: z.array(milestoneSchema),
  updatedAt: isoDateTime,
});
export type PaymentPlan = z.infer<typeof paymentPlanSchema>;

const agingSchema = z.object(
  Object.fromEntries(AGING_BUCKETS.map((b) => [b, z.int()])) as Record<(typeof AGING_BUCKETS)[number], z.ZodInt>,
);

export const clientCollectionSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  collectedThisYear: z.int(),
  outstanding: z.int(),
  overdue: z.int(),
  /** Outstanding more than 60 days past due (回款慢). */
  overdue60: z.int(),
  billed90: z.int(),
  /** Days sales outstanding, whole days; null when nothing was billed in the last 90 days. */
  dso: z.int().nullable(),
  aging: agingSchema,
});
export type ClientCollectionFigures = z.infer<typeof clientCollectionSchema>;

export const overdueItemSchema = z.object({
  milestoneId: idSchema,
  proposalId: idSchema,
  proposalTitle: z.string(),
  clientId: idSchema,
  clientName: z.string(),
  label: z.string(),
  dueOn: isoDate,
  daysOverdue: z.int(),
  outstanding: z.int(),
  invoiceNumber: z.string().nullable(),
});

export const receivablesSchema = z.object({
  asOf: isoDate,
  currency: z.enum(CURRENCY_CODES),
  totals: clientCollectionSchema.omit({ clientId: true, name: true }),
  clients: z.array(clientCollectionSchema),
  overdue: z.array(overdueItemSchema),
});
export type Receivables = z.infer<typeof receivablesSchema>;

export const COST_KINDS = ['pitch', 'lost_proposal', 'account_management', 'free_extra'] as const;
export const costKindSchema = z.enum(COST_KINDS);

export const costEntryInputSchema = z
  .strictObject({
    clientId: idSchema,
    proposalId: idSchema.optional(),
    onDate: isoDate,
    kind: costKindSchema,
    role: text(200),
    days: quantityField('days').optional(),
    hours: quantityField('hours').optional(),
    note: optionalText(2000).optional(),
  })
  .superRefine((e, ctx) => {
    const given = [e.days, e.hours].filter((v) => v !== undefined);
    if (given.length !== 1 || Number(given[0]) <= 0) addCustomIssue(ctx, 'collection.duration', ['days']);
  });
export type CostEntryInput = z.infer<typeof costEntryInputSchema>;

export const costEntrySchema = z.object({
  id: idSchema,
  clientId: idSchema,
  proposalId: idSchema.nullable(),
  proposalTitle: z.string().nullable(),
  onDate: isoDate,
  kind: costKindSchema,
  role: z.string(),
  unit: z.enum(['days', 'hours']),
  /** Days or hours as entered, decimal text. */
  quantity: z.string(),
  currency: z.enum(CURRENCY_CODES),
  /** The role's cost rate on the rate card in force on onDate, per person-day. */
  costRate: z.int(),
  cost: z.int(),
  note: z.string(),
  createdBy: z.string().nullable(),
});
export type CostEntry = z.infer<typeof costEntrySchema>;

export const probabilitiesSchema = z.strictObject(
  Object.fromEntries(OPEN_STATUSES.map((s) => [s, percent('winProbability')])) as Record<
    (typeof OPEN_STATUSES)[number],
    ReturnType<typeof percent>
  >,
);

const month = z.string().refine((s) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s), { params: { key: 'collection.month' } });

export const forecastArgsSchema = z
  .strictObject({
    id: idSchema,
    probability: percent('winProbability').nullable(),
    reason: optionalText(500),
    expectedMonth: month.nullable(),
  })
  .superRefine((a, ctx) => {
    if (a.probability !== null && a.reason === '') addCustomIssue(ctx, 'collection.reason_required', ['reason']);
  });

export const forecastSchema = z.object({
  currency: z.enum(CURRENCY_CODES),
  probabilities: probabilitiesSchema,
  months: z.array(z.object({ month: z.string().nullable(), count: z.int(), unweighted: z.int(), weighted: z.int() })),
  proposals: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      clientName: z.string(),
      status: z.enum(OPEN_STATUSES),
      net: z.int(),
      probability: z.string(),
      overridden: z.boolean(),
      reason: z.string().nullable(),
      expectedMonth: z.string().nullable(),
      weighted: z.int(),
    }),
  ),
  unweighted: z.int(),
  weighted: z.int(),
});
export type Forecast = z.infer<typeof forecastSchema>;

/** The signed scan: a PDF or an image, ≤ 10 MB. */
export const SCAN_MAX_BYTES = 10 * 1024 * 1024;
export const SCAN_MIME_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

export const acceptanceInputSchema = z.strictObject({
  proposalId: idSchema,
  versionNumber: z.int().positive(),
  acceptedOn: isoDate,
  signedBy: text(200),
  contractNumber: text(100),
  scan: z
    .strictObject({
      fileName: z.string().trim().min(1).max(200),
      mimeType: z.enum(SCAN_MIME_TYPES),
      bytesBase64: base64Of(SCAN_MAX_BYTES),
    })
    .optional(),
  /** The payment plan to start; absent = the first template in settings. */
  milestones: z.array(milestoneInputSchema).min(1).max(12).optional(),
});

export const acceptanceSchema = z.object({
  proposalId: idSchema,
  versionNumber: z.int(),
  acceptedOn: isoDate,
  signedBy: z.string(),
  contractNumber: z.string(),
  scanFileName: z.string().nullable(),
  recordedAt: isoDateTime,
});
export type Acceptance = z.infer<typeof acceptanceSchema>;

const byProposal = z.strictObject({ proposalId: idSchema });
const byMilestone = { milestoneId: idSchema };

/**
 * Who may call (roles): money is recorded by finance — invoices, payments, the receivables
 * screen, the payment templates and the forecast probabilities are finance/admin; the plan, the
 * acceptance, cost to serve and the forecast per proposal are the account team's work, any role.
 */
export const collectionContract = {
  'payments.templates': query(ANY_ROLE, noArgs, z.object({ items: z.array(paymentTemplateSchema) })),
  'payments.saveTemplates': command(
    FINANCE,
    z.strictObject({ items: z.array(paymentTemplateSchema).max(20) }),
    z.object({ items: z.array(paymentTemplateSchema) }),
  ),
  /** A proposal's plan, or null before one is set. */
  'payments.plan': query(ANY_ROLE, byProposal, z.object({ plan: paymentPlanSchema.nullable() })),
  /** Set (or replace, while nothing is invoiced or received) a won proposal's milestones. */
  'payments.setPlan': command(
    ANY_ROLE,
    z.strictObject({ proposalId: idSchema, milestones: z.array(milestoneInputSchema).min(1).max(12) }),
    paymentPlanSchema,
  ),
  'payments.markTrigger': command(ANY_ROLE, z.strictObject({ ...byMilestone, triggerOn: isoDate }), paymentPlanSchema),
  'payments.invoice': command(
    FINANCE,
    z.strictObject({ ...byMilestone, invoicedOn: isoDate, invoiceNumber: text(60) }),
    paymentPlanSchema,
  ),
  'payments.receive': command(
    FINANCE,
    z.strictObject({
      ...byMilestone,
      receivedOn: isoDate,
      amount: minorAmount.refine((n) => n > 0, { params: { key: 'common.required' } }),
      note: optionalText(500).optional(),
    }),
    paymentPlanSchema,
  ),
  'receivables.overview': query(FINANCE, noArgs, receivablesSchema),
  'receivables.client': query(ANY_ROLE, z.strictObject({ clientId: idSchema }), clientCollectionSchema),
  'costToServe.list': query(
    ANY_ROLE,
    z.strictObject({ clientId: idSchema }),
    z.object({ items: z.array(costEntrySchema), total: z.int() }),
  ),
  'costToServe.add': command(ANY_ROLE, costEntryInputSchema, costEntrySchema),
  'costToServe.delete': command(ANY_ROLE, z.strictObject({ id: idSchema }), z.object({ id: idSchema })),
  'forecast.settings': query(ANY_ROLE, noArgs, probabilitiesSchema),
  'forecast.saveSettings': command(FINANCE, probabilitiesSchema, probabilitiesSchema),
  'forecast.pipeline': query(ANY_ROLE, noArgs, forecastSchema),
  'forecast.setProposal': command(ANY_ROLE, forecastArgsSchema, z.object({ id: idSchema })),
  'acceptance.get': query(ANY_ROLE, byProposal, z.object({ acceptance: acceptanceSchema.nullable() })),
  /** Record the signed confirmation: the proposal becomes won and its payment plan starts. */
  'acceptance.record': command(ANY_ROLE, acceptanceInputSchema, acceptanceSchema),
  /**
   * The confirmation letter (报价确认函) of a sent version: its payment terms are the proposal's
   * plan once set, else the template asked for (the first one by default) on the version's total.
   */
  'export.confirmationLetter': query(
    ANY_ROLE,
    z.strictObject({
      proposalId: idSchema,
      number: z.int().positive(),
      templateId: idSchema.optional(),
      format: z.enum(EXPORT_FORMATS).optional(),
    }),
    exportedFileSchema,
  ),
};
