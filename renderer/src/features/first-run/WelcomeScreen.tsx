import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { LANGS, isLang } from '@shared/i18n/lang';
import { errorMapFor } from '@shared/validation';
import { useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { CurrencySelect, DecimalInput } from '../../components/forms/controls';
import { Field } from '../../components/Field';
import { useCatalogueField } from '../../components/forms/useCatalogueField';
import { useServerErrors } from '../../components/forms/useServerErrors';
import { LanguageSwitcher } from '../../app/layout/LanguageSwitcher';
import { ArchiveImport } from './ArchiveImport';
import { ModeChoice } from './ModeChoice';
import { StarterRateCard } from './StarterRateCard';
import {
  defaultSetupValues,
  offersStarterCard,
  renameStarterRoles,
  setupFormSchema,
  toSetupArgs,
  type SetupFormValues,
} from '@shared/first-run/setup-form';
import './first-run.css';

/** First run: who you are, what the agency is called, and whether to start empty or from the demo. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const { lang, setLang } = usePreferences();
  const schema = useMemo(() => setupFormSchema(lang), [lang]);
  const form = useForm<SetupFormValues>({
    resolver: zodResolver(schema, { error: errorMapFor(lang) }),
    // The starter roles are named in the language the screen opened in; they stay editable.
    defaultValues: defaultSetupValues(lang),
  });
  const serverErrors = useServerErrors(form);
  const setup = useCallMutation('workspace.setup', {
    // The person who set the workspace up is its admin: signed in (or solo) from now on.
    sessionChange: true,
    onError: serverErrors.apply,
  });
  const mode = useWatch({ control: form.control, name: 'mode' });
  const currency = useWatch({ control: form.control, name: 'currency' });

  // The header's switcher and this field are one choice: keep the field in step with it.
  useEffect(() => {
    if (form.getValues('language') !== lang) form.setValue('language', lang);
    // The starter roles follow the language too, unless the user renamed them.
    const starter = form.getValues('starter');
    const renamed = renameStarterRoles(starter, lang);
    renamed.forEach((row, i) => {
      if (row.role !== starter[i]?.role) form.setValue(`starter.${i}.role`, row.role);
    });
  }, [lang, form]);
  const { errors } = form.formState;
  const field = useCatalogueField('firstRun', errors);

  const submit = form.handleSubmit((values) => {
    serverErrors.clear();
    // The demo agency has several users, so everyone signs in: its admin needs a password now.
    if (values.mode === 'demo' && !values.adminPassword) {
      form.setError('adminPassword', { message: t('auth.required') });
      return;
    }
    setup.mutate(toSetupArgs(values));
  });

  return (
    <div className="fullpage welcome">
      <main className="fullpage-card welcome-card" aria-labelledby="welcome-title">
        <div className="fullpage-top">
          <span className="brand-mark" aria-hidden="true">
            工
          </span>
          <LanguageSwitcher />
        </div>
        <h1 id="welcome-title">{t('firstRun.title')}</h1>
        <p className="muted">{t('firstRun.intro')}</p>

        <form onSubmit={submit} noValidate aria-busy={setup.isPending}>
          <fieldset disabled={setup.isPending} className="plain-fieldset">
            <Field {...field('adminName')}>
              <input type="text" autoComplete="name" autoFocus {...form.register('adminName')} />
            </Field>
            <Field {...field('companyName')}>
              <input type="text" autoComplete="organization" {...form.register('companyName')} />
            </Field>
            <Field {...field('language')}>
              <select
                {...form.register('language', {
                  // The choice is also the interface language: see it take effect at once.
                  onChange: (e: { target: { value: string } }) => {
                    if (isLang(e.target.value)) setLang(e.target.value);
                  },
                })}
              >
                {LANGS.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {t(`languages.${l}`)}
                  </option>
                ))}
              </select>
            </Field>
            <ModeChoice register={form.register('mode')} value={mode} />
            <Field
              label={t('auth.adminPassword')}
              hint={mode === 'demo' ? t('auth.adminPasswordHintDemo') : t('auth.adminPasswordHintEmpty')}
              error={errors.adminPassword?.message}
            >
              <input
                type="password"
                autoComplete="new-password"
                {...form.register('adminPassword', { setValueAs: (v: string) => (v === '' ? undefined : v) })}
              />
            </Field>
            {mode === 'empty' && (
              <div className="form-grid first-run-defaults">
                <Field {...field('currency')}>
                  <CurrencySelect {...form.register('currency')} />
                </Field>
                <Field {...field('taxPercent')}>
                  <DecimalInput {...form.register('taxPercent')} />
                </Field>
              </div>
            )}
            {offersStarterCard({ mode, currency }) && (
              <StarterRateCard control={form.control} register={form.register} errors={errors.starter} />
            )}
            {mode === 'empty' && !offersStarterCard({ mode, currency }) && (
              <p className="field-hint">{t('firstRun.starterOtherCurrency')}</p>
            )}
          </fieldset>

          {serverErrors.formMessage && (
            <p className="form-error" role="alert">
              {serverErrors.formMessage}
            </p>
          )}

          {setup.isPending ? (
            <div className="progress" role="status" aria-live="polite">
              <span className="progress-bar" aria-hidden="true" />
              <span>{mode === 'demo' ? t('firstRun.progressDemo') : t('firstRun.progressEmpty')}</span>
            </div>
          ) : (
            <div className="form-actions">
              <button type="submit" className="btn btn-primary">
                {t('firstRun.submit')}
              </button>
            </div>
          )}
        </form>
        <ArchiveImport disabled={setup.isPending} />
      </main>
    </div>
  );
}
