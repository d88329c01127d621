import * as z from 'zod';
import { LANGS } from '../../i18n/lang';
import { CURRENCY_CODES } from '../../money';
import { quoteDefaultsSchema } from '../../quote/defaults';
import { command, query } from '../define';
import { ADMIN, ANY_ROLE } from '../roles';
import { isoDateTime, noArgs, text } from '../common';

/** The workspace's settings: who the agency is, and the defaults every new quote starts from. */
export const settingsSchema = z.strictObject({
  companyName: text(100),
  currency: z.enum(CURRENCY_CODES),
  documentLanguage: z.enum(LANGS),
  ...quoteDefaultsSchema.shape,
});
export type Settings = z.infer<typeof settingsSchema>;

export const storedSettingsSchema = settingsSchema.extend({
  updatedAt: isoDateTime.nullable(),
  updatedBy: z.string().nullable(),
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

export const settingsContract = {
  'settings.get': query(ANY_ROLE, noArgs, storedSettingsSchema),
  'settings.update': command(ADMIN, settingsSchema, storedSettingsSchema),
};
