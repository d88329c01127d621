import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { Field } from '../../components/Field';
import { DIFFICULTY_LEVELS, type SettingsInput } from './settingsValues';

/** Five multipliers, one per difficulty level, in one row under one heading. */
export function DifficultyFields({ form }: { form: UseFormReturn<SettingsInput> }) {
  const { t } = useTranslation();
  const errors = form.formState.errors.difficultyMultipliers;
  return (
    <fieldset className="difficulty">
      <legend>{t('settings.difficultyMultipliers')}</legend>
      <p className="field-hint">{t('settings.difficultyMultipliersHint')}</p>
      <div className="difficulty-grid">
        {DIFFICULTY_LEVELS.map((level) => (
          <Field key={level} label={t('settings.difficultyLevel', { level })} error={errors?.[level]?.message}>
            <input
              type="text"
              inputMode="decimal"
              className="input-num"
              {...form.register(`difficultyMultipliers.${level}`)}
            />
          </Field>
        ))}
      </div>
    </fieldset>
  );
}
