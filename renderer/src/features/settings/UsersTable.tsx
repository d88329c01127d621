import { useTranslation } from 'react-i18next';
import type { User } from '@shared/contract';
import { errorText, useCallMutation } from '../../api';
import { usePreferences } from '../../app/preferences';
import { Badge } from '../../components/Badge';
import { DataTable } from '../../components/DataTable';
import { useFormat } from '../../i18n/format';

export function UsersTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const { lang, userId } = usePreferences();
  const fmt = useFormat();
  const update = useCallMutation('users.update');

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
                {u.id === userId && <span className="tag">{t('users.you')}</span>}
              </span>
            ),
          },
          { id: 'role', header: t('users.role'), cell: (u) => t(`roles.${u.role}`) },
          {
            id: 'status',
            header: t('users.status'),
            cell: (u) => (
              <Badge tone={u.active ? 'success' : 'muted'}>{u.active ? t('users.active') : t('users.inactive')}</Badge>
            ),
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
              <button
                type="button"
                className="btn btn-small"
                disabled={update.isPending}
                aria-label={
                  u.active ? t('users.deactivateLabel', { name: u.name }) : t('users.reactivateLabel', { name: u.name })
                }
                onClick={() => update.mutate({ id: u.id, active: !u.active })}
              >
                {u.active ? t('users.deactivate') : t('users.reactivate')}
              </button>
            ),
          },
        ]}
      />
      {update.isError && (
        <p className="form-error" role="alert">
          {errorText(update.error, lang)}
        </p>
      )}
    </>
  );
}
