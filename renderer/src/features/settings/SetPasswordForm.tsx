import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';

/** The admin sets (or resets) a user's password; that user's sessions end. */
export function SetPasswordForm({ user, onDone }: { user: User; onDone(): void }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const set = useCallMutation('users.setPassword', {
    onSuccess: (u) => {
      setPassword('');
      setDone(u.name);
    },
  });
  const issue = set.error?.issues.find((i) => i.path[0] === 'password')?.messages[lang];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    set.mutate({ id: user.id, password });
  };

  return (
    <form className="add-user" onSubmit={submit} noValidate aria-labelledby="set-password-title">
      <h3 id="set-password-title" className="subsection-title">
        {t('auth.setPasswordFor', { name: user.name })}
      </h3>
      <div className="inline-form flow">
        <Field label={t('auth.initialPassword')} hint={t('auth.initialPasswordHint')} error={issue}>
          <input
            type="password"
            autoComplete="new-password"
            autoFocus
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <button type="submit" className="btn btn-primary" disabled={set.isPending || password === ''}>
          {t('auth.setPassword')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {set.isError && !issue && (
        <p className="form-error" role="alert">
          {errorText(set.error, lang)}
        </p>
      )}
      <p className="muted" role="status" aria-live="polite">
        {done && t('auth.passwordSet', { name: done })}
      </p>
    </form>
  );
}
