import type { User } from '@shared/contract';
import { useCallQuery } from '../../api';
import { LanguageSwitcher } from './LanguageSwitcher';
import { UserSwitcher } from './UserSwitcher';

export function Topbar({ users, currentUser }: { users: User[]; currentUser: User | undefined }) {
  const settings = useCallQuery('settings.get', {});
  return (
    <header className="topbar">
      <div className="topbar-company" data-testid="company-name">
        {settings.data?.companyName ?? ''}
      </div>
      <div className="topbar-controls">
        <LanguageSwitcher />
        <UserSwitcher users={users} current={currentUser} />
      </div>
    </header>
  );
}
