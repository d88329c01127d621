import * as z from 'zod';
import { CLIENT_TYPES } from '../../analytics/client-type';
import { addCustomIssue } from '../../validation/validate';
import { command, query } from '../define';
import { ADMIN, ANY_ROLE } from '../roles';
import { isoDate, isoDateTime, noArgs, text } from '../common';

export const ABC_TIERS = ['A', 'B', 'C'] as const;
export const abcTierSchema = z.enum(ABC_TIERS);
export type AbcTier = z.infer<typeof abcTierSchema>;

const days = z.int().min(1).max(3650);

/** A festival on a given year's date: lunar festivals (春节, 中秋) move, so each year is stored. */
export const festivalSchema = z.strictObject({ name: text(20), date: isoDate });

/**
 * The client area's settings (DOMAIN.md §4): dormancy bands, churn thresholds, ABC frequency,
 * the relationship length the lifetime value assumes, the key-account criteria and the festivals.
 */
export const clientSettingsSchema = z
  .strictObject({
    /** Days since the last project or contact from which a client is dozing (瞌睡)… */
    dozingDays: days,
    /** …half asleep (半睡)… */
    halfAsleepDays: days,
    /** …and asleep (沉睡). */
    asleepDays: days,
    /** Days without a visit after which the silence itself is a churn warning. */
    silenceDays: days,
    /** Discounted quotes in the last 12 months that count as price pressure (压价). */
    pricePressureCount: z.int().min(1).max(100),
    /** Lost proposals in the last 12 months that count as a warning. */
    lostProposalsCount: z.int().min(1).max(100),
    /** Won projects in the last 12 months for frequency tier A and B. */
    frequencyA: z.int().min(1).max(1000),
    frequencyB: z.int().min(1).max(1000),
    /** Typical relationship length: lifetime value = yearly value × these years. */
    relationshipYears: z.int().min(1).max(50),
    /** Key-account criteria: yearly profit at least this (minor units of the workspace currency)… */
    keyMinYearlyProfit: z.int().min(0).max(1e13),
    /** …an ABC tier among these… */
    keyTiers: z.array(abcTierSchema).max(3),
    /** …and a client type among these (an unjudged type fails the criterion when any is listed). */
    keyTypes: z.array(z.enum(CLIENT_TYPES)).max(4),
    /** Rule of thumb 5–25 key accounts: above this the list warns. */
    keyMaxAccounts: z.int().min(1).max(500),
    festivals: z.array(festivalSchema).max(200),
  })
  .superRefine((s, ctx) => {
    if (!(s.dozingDays < s.halfAsleepDays && s.halfAsleepDays < s.asleepDays))
      addCustomIssue(ctx, 'clientSettings.bands_order', ['halfAsleepDays']);
    if (s.frequencyA < s.frequencyB) addCustomIssue(ctx, 'clientSettings.frequency_order', ['frequencyA']);
  });
export type ClientSettings = z.infer<typeof clientSettingsSchema>;

export const storedClientSettingsSchema = z.object({
  settings: clientSettingsSchema,
  updatedAt: isoDateTime.nullable(),
  updatedBy: z.string().nullable(),
});
export type StoredClientSettings = z.infer<typeof storedClientSettingsSchema>;

export const clientSettingsContract = {
  'clientSettings.get': query(ANY_ROLE, noArgs, storedClientSettingsSchema),
  /** Workspace-wide thresholds that classify every client: one admin decision, not per lead. */
  'clientSettings.update': command(ADMIN, clientSettingsSchema, storedClientSettingsSchema),
};
