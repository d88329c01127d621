import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { LanguageSwitcher } from '../../app/layout/LanguageSwitcher';
import { usePreferences } from '../../app/preferences';
import { Field } from '../../components/Field';
import { WorkspaceSwitcher } from '../workspace/WorkspaceSwitcher';

/**
 * A workspace with two or more active users: pick your name, type your password. The password
 * goes to the host once and is never kept by the page; the session comes back as an HttpOnly
 * cookie (browser mode) or stays in the main process (Electron).
 */
export function SignInScreen({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const active = users.filter((u) => u.active);
  const [userId, setUserId] = useState<number | ''>(active.length === 1 ? active[0]!.id : '');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<'who' | 'password' | null>(null);
  const signIn = useCallMutation('auth.signIn', {
    sessionChange: true,
    onError: () => setPassword(''),
  });
  const chosen = active.find((u) => u.id === userId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (userId === '') return setMissing('who');
    if (password === '') return setMissing('password');
    setMissing(null);
    signIn.mutate({ userId, password });
  };

  return (
    <div className="fullpage welcome">
      <main className="fullpage-card signin-card" aria-labelledby="signin-title">
        <div className="fullpage-top">
          <span className="brand-mark" aria-hidden="true">
            工
          </span>
          <LanguageSwitcher />
        </div>
        <WorkspaceSwitcher />
        <h1 id="signin-title">{t('auth.signInTitle')}</h1>
        <p className="muted">{t('auth.signInIntro')}</p>
        <form onSubmit={submit} noValidate aria-busy={signIn.isPending}>
          <fieldset disabled={signIn.isPending} className="plain-fieldset">
            <Field label={t('auth.who')} error={missing === 'who' ? t('auth.required') : undefined}>
              <select
                value={userId}
                autoFocus={userId === ''}
                onChange={(e) => setUserId(e.target.value === '' ? '' : Number(e.target.value))}
              >
                <option value="">{t('auth.whoPlaceholder')}</option>
                {active.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} · {t(`roles.${u.role}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label={t('auth.password')}
              hint={chosen && !chosen.hasPassword ? t('auth.noPasswordYet', { name: chosen.name }) : undefined}
              error={missing === 'password' ? t('auth.required') : undefined}
            >
              <input
                type="password"
                autoComplete="current-password"
                autoFocus={userId !== ''}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            </Field>
          </fieldset>
          {signIn.isError && (
            <p className="form-error" role="alert">
              {errorText(signIn.error, lang)}
            </p>
          )}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={signIn.isPending}>
              {signIn.isPending ? t('auth.signingIn') : t('auth.signIn')}
            </button>
          </div>
        </form>
      </main>
    </div>
  );
}
