import * as z from 'zod';
import { hoursPerDayField, multiplierField, percentField } from './fields';

/** Multiplier per difficulty level "1"–"5", as exact decimal strings. */
export const difficultyMultipliersSchema = z.strictObject({
  '1': multiplierField({ field: '1', label: '难度 1 系数' }),
  '2': multiplierField({ field: '2', label: '难度 2 系数' }),
  '3': multiplierField({ field: '3', label: '难度 3 系数' }),
  '4': multiplierField({ field: '4', label: '难度 4 系数' }),
  '5': multiplierField({ field: '5', label: '难度 5 系数' }),
});
export type DifficultyMultipliers = z.infer<typeof difficultyMultipliersSchema>;

export const hoursPerDaySchema = hoursPerDayField({ field: 'hoursPerDay', label: '每人天工时' });
export const taxPercentSchema = percentField({ field: 'taxPercent', label: '税率' });
export const marginFloorPercentSchema = percentField({ field: 'marginFloorPercent', label: '毛利率底线' });
export const agencyFeePercentSchema = percentField({ field: 'agencyFeePercent', label: '代理服务费比例' });

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
