import * as z from 'zod';
import { hoursPerDayField, multiplierField, percentField } from './fields';

/** Multiplier per difficulty level "1"–"5", as exact decimal strings. */
export const difficultyMultipliersSchema = z.strictObject({
  '1': multiplierField('multiplier1'),
  '2': multiplierField('multiplier2'),
  '3': multiplierField('multiplier3'),
  '4': multiplierField('multiplier4'),
  '5': multiplierField('multiplier5'),
});
export type DifficultyMultipliers = z.infer<typeof difficultyMultipliersSchema>;

export const hoursPerDaySchema = hoursPerDayField('hoursPerDay');
export const taxPercentSchema = percentField('taxPercent');
export const marginFloorPercentSchema = percentField('marginFloorPercent');
export const agencyFeePercentSchema = percentField('agencyFeePercent');

/**
 * The workspace's quote settings: what a quote falls back to when it does not carry its own.
 * Same field formats as the interchange file, so the settings screen and an imported quote
 * refuse the same things with the same words.
 */
export const quoteDefaultsSchema = z.strictObject({
  difficultyMultipliers: difficultyMultipliersSchema,
  hoursPerDay: hoursPerDaySchema,
  taxPercent: taxPercentSchema,
  marginFloorPercent: marginFloorPercentSchema,
  /**
   * 代理服务费 (DOMAIN.md §7) on non-labor lines. Optional so that settings and frozen snapshots
   * written before the fee existed still read; absent means 0.
   */
  agencyFeePercent: agencyFeePercentSchema.optional(),
});
export type QuoteDefaults = z.infer<typeof quoteDefaultsSchema>;

/** DOMAIN.md §1 defaults: difficulty 0.90–1.50, 8 hours a day, no tax, 30% margin floor. */
export const BUILTIN_QUOTE_DEFAULTS: Readonly<QuoteDefaults> = Object.freeze({
  difficultyMultipliers: Object.freeze({ '1': '0.90', '2': '1.00', '3': '1.15', '4': '1.30', '5': '1.50' }),
  hoursPerDay: '8',
  taxPercent: '0',
  marginFloorPercent: '30',
});

/** The quote defaults held in a workspace's settings (which carry other fields besides). */
export function quoteDefaultsOf(settings: QuoteDefaults): QuoteDefaults {
  return {
    difficultyMultipliers: settings.difficultyMultipliers,
    hoursPerDay: settings.hoursPerDay,
    taxPercent: settings.taxPercent,
    marginFloorPercent: settings.marginFloorPercent,
    agencyFeePercent: settings.agencyFeePercent ?? '0',
  };
}
