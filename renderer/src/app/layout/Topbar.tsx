import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api';
import { SessionMenu } from '../../features/auth/SessionMenu';
import { WorkspaceSwitcher } from '../../features/workspace/WorkspaceSwitcher';
import { useSession } from '../session';
import { LanguageSwitcher } from './LanguageSwitcher';

export function Topbar() {
  const { t } = useTranslation();
  const settings = useCallQuery('settings.get', {});
  const { mode } = useSession();
  return (
    <>
      <header className="topbar">
        <div className="topbar-company" data-testid="company-name">
          {settings.data?.companyName ?? ''}
        </div>
        <div className="topbar-controls">
          <WorkspaceSwitcher />
          <LanguageSwitcher />
          <SessionMenu />
        </div>
      </header>
      {mode === 'unclaimed' && (
        <p className="banner banner-warning" role="note">
          {t('auth.unclaimedBanner')}
        </p>
      )}
    </>
  );
}
