import type * as z from 'zod';
import type { StoredSettings, settingsSchema } from '@shared/contract';

export type SettingsInput = z.input<typeof settingsSchema>;

/** The editable part of what is stored: the form's values, without who changed it and when. */
export function editableSettings(stored: StoredSettings): SettingsInput {
  const { updatedAt: _at, updatedBy: _by, ...values } = stored;
  return { ...values, difficultyMultipliers: { ...values.difficultyMultipliers } };
}

export const DIFFICULTY_LEVELS = ['1', '2', '3', '4', '5'] as const;
