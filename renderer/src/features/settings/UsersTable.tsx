import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { USER_ROLES, type User, type UserRole } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { useSession } from '../../app/session';
import { Badge } from '../../components/Badge';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/format';
import { SetPasswordForm } from './SetPasswordForm';

/** The admin's user management: role, password and active state of each user. */
export function UsersTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const { lang } = usePreferences();
  const { user: me } = useSession();
  const fmt = useFormat();
  const update = useCallMutation('users.update');
  const [passwordFor, setPasswordFor] = useState<User | null>(null);

  return (
    <>
      <DataTable
        caption={t('users.caption')}
        rows={users}
        rowKey={(u) => u.id}
        columns={[
          {
            id: 'name',
            header: t('users.name'),
            cell: (u) => (
              <span className="strong">
                {u.name}
                {u.id === me.id && <span className="tag">{t('users.you')}</span>}
              </span>
            ),
          },
          {
            id: 'role',
            header: t('users.role'),
            cell: (u) => (
              <select
                aria-label={t('auth.roleFor', { name: u.name })}
                value={u.role}
                disabled={update.isPending}
                onChange={(e) => update.mutate({ id: u.id, role: e.target.value as UserRole })}
              >
                {USER_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}`)}
                  </option>
                ))}
              </select>
            ),
          },
          {
            id: 'status',
            header: t('users.status'),
            cell: (u) => (
              <Badge tone={u.active ? 'success' : 'muted'}>{u.active ? t('users.active') : t('users.inactive')}</Badge>
            ),
          },
          {
            id: 'password',
            header: t('auth.hasPassword'),
            cell: (u) => (u.hasPassword ? t('auth.passwordYes') : t('auth.passwordNo')),
          },
          {
            id: 'created',
            header: t('users.createdAt'),
            cell: (u) => <span className="nowrap">{fmt.date(u.createdAt)}</span>,
          },
          {
            id: 'actions',
            header: t('users.actions'),
            align: 'end',
            cell: (u) => (
              <span className="row-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('auth.setPasswordFor', { name: u.name })}
                  onClick={() => setPasswordFor(u)}
                >
                  {t('auth.setPassword')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  disabled={update.isPending}
                  aria-label={
                    u.active
                      ? t('users.deactivateLabel', { name: u.name })
                      : t('users.reactivateLabel', { name: u.name })
                  }
                  onClick={() => update.mutate({ id: u.id, active: !u.active })}
                >
                  {u.active ? t('users.deactivate') : t('users.reactivate')}
                </button>
              </span>
            ),
          },
        ]}
      />
      {update.isError && (
        <p className="form-error" role="alert">
          {errorText(update.error, lang)}
        </p>
      )}
      {passwordFor && <SetPasswordForm user={passwordFor} onDone={() => setPasswordFor(null)} />}
    </>
  );
}
