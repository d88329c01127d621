import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { settingsSchema, type StoredSettings } from '@shared/contract';
import { LANGS } from '@shared/i18n/lang';
import { errorMapFor } from '@shared/validation';
import { useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { CurrencySelect, DecimalInput } from '../../components/forms/controls';
import { Field } from '../../components/Field';
import { useCatalogueField } from '../../components/forms/useCatalogueField';
import { useServerErrors } from '../../components/forms/useServerErrors';
import { DifficultyFields } from './DifficultyFields';
import { LastChanged } from './LastChanged';
import { editableSettings, type SettingsInput } from './settingsValues';

export function SettingsForm({ stored }: { stored: StoredSettings }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const form = useForm<SettingsInput>({
    // The contract's schema, worded in the UI language: the same rules the core applies.
    resolver: zodResolver(settingsSchema, { error: errorMapFor(lang) }),
    defaultValues: editableSettings(stored),
  });
  const serverErrors = useServerErrors(form);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const update = useCallMutation('settings.update', {
    onSuccess: (saved) => {
      // What was stored becomes the new "unchanged" state, so Save greys out again.
      form.reset(editableSettings(saved));
      setSavedAt(saved.updatedAt);
    },
    onError: serverErrors.apply,
  });
  const { isDirty } = form.formState;
  const field = useCatalogueField('settings', form.formState.errors);
  const current = update.data ?? stored;

  const submit = form.handleSubmit((values) => {
    serverErrors.clear();
    setSavedAt(null);
    update.mutate(values);
  });

  return (
    <form className="settings-form" onSubmit={submit} noValidate aria-busy={update.isPending}>
      <section className="panel" aria-labelledby="settings-workspace">
        <h2 id="settings-workspace" className="panel-title">
          {t('settings.workspace')}
        </h2>
        <div className="form-grid">
          <Field {...field('companyName')} className="span-2">
            <input type="text" autoComplete="organization" {...form.register('companyName')} />
          </Field>
          <Field {...field('currency')}>
            <CurrencySelect {...form.register('currency')} />
          </Field>
          <Field {...field('documentLanguage')}>
            <select {...form.register('documentLanguage')}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
      </section>

      <section className="panel" aria-labelledby="settings-defaults">
        <h2 id="settings-defaults" className="panel-title">
          {t('settings.quoteDefaults')}
        </h2>
        <p className="muted panel-hint">{t('settings.quoteDefaultsHint')}</p>
        <DifficultyFields form={form} />
        <div className="form-grid">
          <Field {...field('hoursPerDay')}>
            <DecimalInput {...form.register('hoursPerDay')} />
          </Field>
          <Field {...field('taxPercent')}>
            <DecimalInput {...form.register('taxPercent')} />
          </Field>
          <Field {...field('marginFloorPercent')}>
            <DecimalInput {...form.register('marginFloorPercent')} />
          </Field>
          <Field {...field('agencyFeePercent')}>
            <DecimalInput {...form.register('agencyFeePercent')} />
          </Field>
        </div>
      </section>

      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={!isDirty || update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <div className="form-footer-status">
          {serverErrors.formMessage ? (
            <p className="form-error" role="alert">
              {serverErrors.formMessage}
            </p>
          ) : (
            <p className="muted" role="status" aria-live="polite">
              {savedAt && !isDirty ? (
                <span className="saved-notice">✓ {t('settings.savedNotice')}</span>
              ) : !isDirty ? (
                t('settings.unchanged')
              ) : null}
            </p>
          )}
          <LastChanged by={current.updatedBy} at={current.updatedAt} />
        </div>
      </div>
    </form>
  );
}
