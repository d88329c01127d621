import { useTranslation } from 'react-i18next';
import { useCallMutation } from '../../api';
import { useSession } from '../../app/session';

/**
 * The header's "signed in as NAME (role)" and sign-out. A solo workspace's user needs no sign-in,
 * so there is nothing to sign out of: the name and role are shown alone.
 */
export function SessionMenu() {
  const { t } = useTranslation();
  const { mode, user } = useSession();
  const signOut = useCallMutation('auth.signOut', { sessionChange: true });
  const role = t(`roles.${user.role}`);
  return (
    <div className="session-menu" role="group" aria-label={t('auth.sessionLabel')}>
      <span className="session-user" data-testid="session-user">
        {mode === 'required'
          ? t('auth.signedInAs', { name: user.name, role })
          : t('auth.soloAs', { name: user.name, role })}
      </span>
      {mode === 'required' && (
        <button type="button" className="btn btn-small" disabled={signOut.isPending} onClick={() => signOut.mutate({})}>
          {t('auth.signOut')}
        </button>
      )}
    </div>
  );
}
