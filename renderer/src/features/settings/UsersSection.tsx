import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api';
import { QueryView } from '../../components/QueryView';
import { AddUserForm } from './AddUserForm';
import { UsersTable } from './UsersTable';

export function UsersSection() {
  const { t } = useTranslation();
  const users = useCallQuery('users.list', {});
  return (
    <section className="panel" aria-labelledby="users-heading">
      <h2 id="users-heading" className="panel-title">
        {t('users.title')}
      </h2>
      <p className="muted panel-hint">{t('users.subtitle')}</p>
      <QueryView query={users}>{({ items }) => <UsersTable users={items} />}</QueryView>
      <AddUserForm />
    </section>
  );
}
