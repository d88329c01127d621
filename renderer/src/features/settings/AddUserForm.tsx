import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import { USER_ROLES, userInputSchema } from '@shared/contract';
import { errorMapFor } from '@shared/validation';
import { useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';
import { useServerErrors } from '../../components/forms/useServerErrors';

type UserInput = z.input<typeof userInputSchema>;

export function AddUserForm() {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const form = useForm<UserInput>({
    resolver: zodResolver(userInputSchema, { error: errorMapFor(lang) }),
    defaultValues: { name: '', role: 'account_lead', password: '' },
  });
  const serverErrors = useServerErrors(form);
  const [added, setAdded] = useState<string | null>(null);
  const create = useCallMutation('users.create', {
    onSuccess: (user) => {
      setAdded(user.name);
      form.reset({ name: '', role: user.role, password: '' });
    },
    onError: serverErrors.apply,
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => {
    serverErrors.clear();
    setAdded(null);
    create.mutate(values);
  });

  return (
    <form className="add-user" onSubmit={submit} noValidate aria-labelledby="add-user-title">
      <h3 id="add-user-title" className="subsection-title">
        {t('users.addTitle')}
      </h3>
      <div className="inline-form flow">
        <Field label={t('users.newName')} error={errors.name?.message}>
          <input type="text" autoComplete="off" {...form.register('name')} />
        </Field>
        <Field label={t('users.newRole')} error={errors.role?.message}>
          <select {...form.register('role')}>
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('auth.initialPassword')} hint={t('auth.initialPasswordHint')} error={errors.password?.message}>
          <input type="password" autoComplete="new-password" {...form.register('password')} />
        </Field>
        <button type="submit" className="btn" disabled={create.isPending}>
          {create.isPending ? t('common.adding') : t('common.add')}
        </button>
      </div>
      {serverErrors.formMessage && (
        <p className="form-error" role="alert">
          {serverErrors.formMessage}
        </p>
      )}
      <p className="muted" role="status" aria-live="polite">
        {added && t('users.added', { name: added })}
      </p>
    </form>
  );
}
