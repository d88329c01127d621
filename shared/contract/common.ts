import * as z from 'zod';
import { cleanText } from '../validation/clean-text';

/**
 * A row id: a positive 32-bit integer, the id column's range on PostgreSQL (and far beyond any
 * workspace on SQLite), so an absurd id is a validation refusal on both engines, not a crash on one.
 */
export const idSchema = z.int().positive().max(2_147_483_647);
export const noArgs = z.strictObject({});
export const isoDateTime = z.string();
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      params: { key: 'common.invalid_date' },
    },
  );

/** A trimmed, non-empty line of text with an upper bound, so no field can grow without limit. */
export function text(max: number) {
  return z
    .string()
    .overwrite(cleanText)
    .trim()
    .refine((s) => s.length > 0, { params: { key: 'common.required' }, abort: true })
    .max(max);
}
export function optionalText(max: number) {
  return z.string().overwrite(cleanText).trim().max(max);
}
