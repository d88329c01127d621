import * as z from 'zod';
import { CURRENCY_CODES } from '../../money';
import { command, query } from '../define';
import { ANY_ROLE } from '../roles';
import { idSchema, isoDate, isoDateTime, noArgs, text } from '../common';
import { CLIENT_STATUSES, clientTypeSchema } from './clients';
import { abcTierSchema } from './client-settings';

/** Account analytics and the key-account list (DOMAIN.md §4), computed from the store. */
export const DORMANCY_BANDS = ['dozing', 'half_asleep', 'asleep'] as const;
export const dormancySchema = z.enum(DORMANCY_BANDS);

export const CHURN_REASONS = [
  'long_silence',
  'open_complaints',
  'price_pressure',
  'lost_proposals',
  'no_top_management',
  'dissatisfied',
  'perfunctory',
  'disagreement',
  /** 回款慢 (DOMAIN.md §7): money more than 60 days overdue; the value is that amount, minor units. */
  'slow_payment',
] as const;

/** What counts as contact with a client (issue 14): things that happened, each on its own date. */
export const CONTACT_KINDS = ['visit', 'complaint', 'survey', 'won', 'sent'] as const;
export const contactKindSchema = z.enum(CONTACT_KINDS);

export const churnReasonSchema = z.object({
  code: z.enum(CHURN_REASONS),
  /**
   * The figure behind the reason: days of silence, open complaints, discounted quotes, lost
   * proposals, the weakest satisfaction, visits with the signal in the last 12 months.
   */
  value: z.int().nullable(),
  /** The date behind it: the last contact (long silence), the latest visit with the signal. */
  date: isoDate.nullable(),
  /** For long silence: what the last contact was (null: none since the client was created). */
  contactKind: contactKindSchema.nullable(),
});
export type ChurnReason = z.infer<typeof churnReasonSchema>;

/** Percent as a decimal string with one place ("80.0"), or null when the base is zero. */
const percent = z.string().nullable();

export const clientFiguresSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  status: z.enum(CLIENT_STATUSES),
  clientType: clientTypeSchema.nullable(),
  keyAccount: z.boolean(),
  /** All-time won projects, their revenue (quote net) and cost, minor units. */
  projects: z.int(),
  revenue: z.int(),
  cost: z.int(),
  averageSpend: z.int(),
  averageProfit: z.int(),
  /** Projects per year, two decimals: yearly value = round(averageSpend × this) + relatedSales, exactly. */
  projectsPerYear: z.string(),
  relatedSales: z.int(),
  yearlyValue: z.int(),
  yearlyProfit: z.int(),
  /**
   * projected: yearly × relationship years. historic (let go or asleep clients): what they brought
   * (all-time revenue and profit), not a projection of a relationship that has stopped.
   */
  valueBasis: z.enum(['projected', 'historic']),
  lifetimeValue: z.int(),
  lifetimeProfit: z.int(),
  /** The last 12 months. */
  projects12m: z.int(),
  revenue12m: z.int(),
  profit12m: z.int(),
  /** Gross margin of the all-time won projects: (revenue − cost) ÷ revenue, one decimal; null without revenue. */
  marginPercent: percent,
  /** Won since 1 January of the current year (the client record's "this year"). */
  projectsThisYear: z.int(),
  revenueThisYear: z.int(),
  profitThisYear: z.int(),
  marginPercentThisYear: percent,
  revenueTier: abcTierSchema,
  frequencyTier: abcTierSchema,
  tier: abcTierSchema,
  revenueRank: z.int().nullable(),
  profitRank: z.int().nullable(),
  /** The last contact (CONTACT_KINDS), or the day the client was created when there was none. */
  lastTouch: isoDate,
  lastContactKind: contactKindSchema.nullable(),
  daysSinceTouch: z.int(),
  /** The next planned visit (dated after today): a plan, not contact. */
  nextVisitOn: isoDate.nullable(),
  dormancy: dormancySchema.nullable(),
  churn: z.array(churnReasonSchema),
  /** DOMAIN.md §7: the cost to serve (all-time, last 12 months) and the profit after it. */
  costToServe: z.int(),
  costToServe12m: z.int(),
  profit12mAfterCostToServe: z.int(),
  yearlyProfitAfterCostToServe: z.int(),
  lifetimeProfitAfterCostToServe: z.int(),
});
export type ClientFigures = z.infer<typeof clientFiguresSchema>;

export const paretoRowSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  /** 12-month profit after the cost to serve (DOMAIN.md §7): what the Pareto ranks by. */
  profit: z.int(),
  profitBeforeCostToServe: z.int(),
  revenue: z.int(),
  profitRank: z.int(),
  revenueRank: z.int(),
  sharePercent: percent,
  cumulativePercent: percent,
});
export type ParetoRow = z.infer<typeof paretoRowSchema>;

export const accountAnalyticsSchema = z.object({
  asOf: isoDate,
  currency: z.enum(CURRENCY_CODES),
  relationshipYears: z.int(),
  clients: z.array(clientFiguresSchema),
  pareto: z.array(paretoRowSchema),
  /** Share of the 12-month profit brought by the top fifth of clients (by profit). */
  topFifthSharePercent: percent,
  topFifthCount: z.int(),
  tierCounts: z.record(abcTierSchema, z.int()),
  dormancyCounts: z.record(dormancySchema, z.int()),
  /** Wins in another currency, converted with the newest rate dated on or before their decision. */
  conversions: z.array(
    z.object({
      proposalId: idSchema,
      clientId: idSchema,
      currency: z.enum(CURRENCY_CODES),
      net: z.int(),
      rate: z.string(),
      rateOn: isoDate,
      convertedNet: z.int(),
    }),
  ),
  /** Wins that could not be converted (no rate on or before their day): left out, and listed. */
  unconverted: z.array(
    z.object({
      proposalId: idSchema,
      clientId: idSchema,
      clientName: z.string(),
      currency: z.enum(CURRENCY_CODES),
      net: z.int(),
      decidedOn: isoDate,
    }),
  ),
});
export type AccountAnalytics = z.infer<typeof accountAnalyticsSchema>;

/**
 * One page of the account analytics (issue 18): the counts and totals of every client, and one
 * list's rows from `offset` — a screen of 10,000 clients does not download them all. The lists are
 * the analytics screen's own orders (see electron/core/analytics/page.ts); `clientId` narrows a
 * list to that client (a client record shows its own figures).
 */
export const ANALYTICS_LISTS = ['lifetime', 'tier', 'dormant', 'churn', 'pareto'] as const;
export const analyticsPageArgsSchema = z.strictObject({
  list: z.enum(ANALYTICS_LISTS).default('lifetime'),
  offset: z.int().min(0).max(1_000_000).default(0),
  limit: z.int().min(1).max(500).default(50),
  clientId: idSchema.optional(),
});
export const analyticsPageSchema = accountAnalyticsSchema.extend({
  list: z.enum(ANALYTICS_LISTS),
  offset: z.int(),
  /** Rows in the whole list (the page holds at most `limit` of them). */
  total: z.int(),
  /** Every client counted, served or not. */
  clientCount: z.int(),
  /** Clients with at least one churn warning (let-go clients have none). */
  churnCount: z.int(),
  /**
   * `conversions` and `unconverted` hold the wins of this page's clients only; these count them
   * over every client.
   */
  conversionCount: z.int(),
  unconvertedCount: z.int(),
});
export type AnalyticsPage = z.infer<typeof analyticsPageSchema>;

export const KEY_CRITERIA = ['profit', 'tier', 'type', 'status'] as const;
export const keyCriterionSchema = z.enum(KEY_CRITERIA);

export const keyAccountSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  addedAt: isoDateTime,
  addedBy: z.string().nullable(),
  reason: z.string(),
  yearlyProfit: z.int(),
  tier: abcTierSchema,
  clientType: clientTypeSchema.nullable(),
  /** Criteria this account no longer meets; empty when it still qualifies. */
  failing: z.array(keyCriterionSchema),
});
export const keyCandidateSchema = z.object({
  clientId: idSchema,
  name: z.string(),
  yearlyProfit: z.int(),
  tier: abcTierSchema,
  clientType: clientTypeSchema.nullable(),
});
export const keyHistorySchema = z.object({
  clientId: idSchema,
  name: z.string(),
  addedAt: isoDateTime,
  addedBy: z.string().nullable(),
  addReason: z.string(),
  retiredAt: isoDateTime.nullable(),
  retiredBy: z.string().nullable(),
  retireReason: z.string().nullable(),
});
export const keyAccountListSchema = z.object({
  current: z.array(keyAccountSchema),
  candidates: z.array(keyCandidateSchema),
  history: z.array(keyHistorySchema),
  maxAccounts: z.int(),
  overLimit: z.boolean(),
  currency: z.enum(CURRENCY_CODES),
});
export type KeyAccountList = z.infer<typeof keyAccountListSchema>;

const keyChange = z.strictObject({ clientId: idSchema, reason: text(500) });

export const accountsContract = {
  'accounts.analytics': query(ANY_ROLE, noArgs, accountAnalyticsSchema),
  'accounts.analyticsPage': query(ANY_ROLE, analyticsPageArgsSchema, analyticsPageSchema),
  'keyAccounts.list': query(ANY_ROLE, noArgs, keyAccountListSchema),
  'keyAccounts.add': command(ANY_ROLE, keyChange, z.object({ clientId: idSchema })),
  'keyAccounts.retire': command(ANY_ROLE, keyChange, z.object({ clientId: idSchema })),
};
