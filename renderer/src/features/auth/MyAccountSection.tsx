import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { useSession } from '../../app/session';
import { Field } from '../../components/Field';

/** Change one's own password (the current one is asked for when there is one). */
export function MyAccountSection() {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const { user } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);
  const change = useCallMutation('auth.changePassword', {
    // The password change ended every session and gave this window a new one: read afresh.
    sessionChange: true,
    onSuccess: () => {
      setCurrent('');
      setNext('');
      setAgain('');
      setDone(true);
    },
  });
  const issue = (path: string) => change.error?.issues.find((i) => i.path[0] === path)?.messages[lang] ?? undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (next !== again) return setMismatch(true);
    setMismatch(false);
    change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <section className="panel" aria-labelledby="my-account-heading">
      <h2 id="my-account-heading" className="panel-title">
        {t('auth.myAccount')}
      </h2>
      <p className="muted panel-hint">{t('auth.myAccountHint')}</p>
      <form onSubmit={submit} noValidate aria-busy={change.isPending}>
        <div className="inline-form flow">
          {user.hasPassword && (
            <Field label={t('auth.currentPassword')} error={issue('currentPassword')}>
              <input
                type="password"
                autoComplete="current-password"
                value={current}
                onChange={(e) => setCurrent(e.target.value)}
              />
            </Field>
          )}
          <Field label={t('auth.newPassword')} hint={t('auth.newPasswordHint')} error={issue('newPassword')}>
            <input type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />
          </Field>
          <Field label={t('auth.confirmPassword')} error={mismatch ? t('auth.mismatch') : undefined}>
            <input
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
            />
          </Field>
          <button type="submit" className="btn" disabled={change.isPending || next === ''}>
            {user.hasPassword ? t('auth.changePassword') : t('auth.setFirstPassword')}
          </button>
        </div>
        {change.isError && !issue('currentPassword') && !issue('newPassword') && (
          <p className="form-error" role="alert">
            {errorText(change.error, lang)}
          </p>
        )}
        <p className="muted" role="status" aria-live="polite">
          {done && t('auth.passwordChanged')}
        </p>
      </form>
    </section>
  );
}
