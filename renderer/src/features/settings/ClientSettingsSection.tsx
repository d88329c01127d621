import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { ABC_TIERS, clientSettingsSchema, type StoredClientSettings } from '@shared/contract';
import { CLIENT_TYPES } from '@shared/analytics/client-type';
import { errorMapFor } from '@shared/validation';
import { useCallMutation, useCallQuery } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';
import { useServerErrors } from '../../components/forms/useServerErrors';
import { QueryView } from '../../components/QueryView';
import { MoneyInput } from '../clients/MoneyField';

type Values = z.input<typeof clientSettingsSchema>;
const NUMBER_FIELDS = [
  'dozingDays',
  'halfAsleepDays',
  'asleepDays',
  'silenceDays',
  'pricePressureCount',
  'lostProposalsCount',
  'frequencyA',
  'frequencyB',
  'relationshipYears',
  'keyMaxAccounts',
] as const;

/** The client area's settings: dormancy, churn thresholds, ABC, lifetime years, key-account criteria, festivals. */
export function ClientSettingsSection() {
  const stored = useCallQuery('clientSettings.get', {});
  return <QueryView query={stored}>{(s) => <ClientSettingsForm stored={s} />}</QueryView>;
}

function ClientSettingsForm({ stored }: { stored: StoredClientSettings }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const currency = useCallQuery('settings.get', {}).data?.currency ?? 'CNY';
  const form = useForm<Values>({
    resolver: zodResolver(clientSettingsSchema, { error: errorMapFor(lang) }),
    defaultValues: stored.settings,
  });
  const festivals = useFieldArray({ control: form.control, name: 'festivals' });
  const serverErrors = useServerErrors(form);
  const [saved, setSaved] = useState(false);
  const update = useCallMutation('clientSettings.update', {
    onSuccess: (s) => {
      form.reset(s.settings);
      setSaved(true);
    },
    onError: serverErrors.apply,
  });
  const { errors, isDirty } = form.formState;
  return (
    <form
      className="panel"
      aria-labelledby="client-settings-heading"
      noValidate
      onSubmit={form.handleSubmit((v) => {
        serverErrors.clear();
        setSaved(false);
        update.mutate(v);
      })}
    >
      <h2 id="client-settings-heading" className="panel-title">
        {t('accounts.settings.title')}
      </h2>
      <p className="muted panel-hint">{t('accounts.settings.hint')}</p>
      <div className="form-grid">
        {NUMBER_FIELDS.map((name) => (
          <Field key={name} label={t(`accounts.settings.${name}`)} error={errors[name]?.message}>
            <input type="number" className="input-num" {...form.register(name, { valueAsNumber: true })} />
          </Field>
        ))}
        <Field
          label={t('accounts.settings.keyMinYearlyProfit')}
          error={errors.keyMinYearlyProfit ? t('accounts.form.invalidMoney') : undefined}
        >
          <Controller
            control={form.control}
            name="keyMinYearlyProfit"
            render={({ field }) => <MoneyInput value={field.value} onChange={field.onChange} currency={currency} />}
          />
        </Field>
        <fieldset className="check-group">
          <legend>{t('accounts.settings.keyTiers')}</legend>
          {ABC_TIERS.map((tier) => (
            <label key={tier} className="check">
              <input type="checkbox" value={tier} {...form.register('keyTiers')} />
              {tier}
            </label>
          ))}
        </fieldset>
        <fieldset className="check-group">
          <legend>{t('accounts.settings.keyTypes')}</legend>
          {CLIENT_TYPES.map((type) => (
            <label key={type} className="check">
              <input type="checkbox" value={type} {...form.register('keyTypes')} />
              {t(`accounts.types.${type}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <h3 className="subsection-title festivals-title">{t('accounts.settings.festivals')}</h3>
      <div className="festival-list">
        {festivals.fields.map((f, i) => (
          <div key={f.id} className="inline-form">
            <Field
              label={`${t('accounts.settings.festivalName')} ${i + 1}`}
              error={errors.festivals?.[i]?.name?.message}
            >
              <input type="text" {...form.register(`festivals.${i}.name`)} />
            </Field>
            <Field
              label={`${t('accounts.settings.festivalDate')} ${i + 1}`}
              error={errors.festivals?.[i]?.date?.message}
            >
              <input type="date" {...form.register(`festivals.${i}.date`)} />
            </Field>
            <button type="button" className="btn btn-small" onClick={() => festivals.remove(i)}>
              {t('accounts.settings.removeFestival', { n: i + 1 })}
            </button>
          </div>
        ))}
      </div>
      <button type="button" className="btn" onClick={() => festivals.append({ name: '', date: '' })}>
        {t('accounts.settings.addFestival')}
      </button>
      <div className="form-footer">
        <button type="submit" className="btn btn-primary" disabled={!isDirty || update.isPending}>
          {update.isPending ? t('common.saving') : t('accounts.settings.save')}
        </button>
        {serverErrors.formMessage ? (
          <p className="form-error" role="alert">
            {serverErrors.formMessage}
          </p>
        ) : (
          saved && !isDirty && <p className="saved-notice">✓ {t('accounts.settings.saved')}</p>
        )}
      </div>
    </form>
  );
}
