import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@shared/contract';
import { usePreferences } from '../preferences';

/** Whom this window acts as; every call carries the id, so the audit log names the right person. */
export function UserSwitcher({ users, current }: { users: User[]; current: User | undefined }) {
  const { t } = useTranslation();
  const { setUserId } = usePreferences();
  const id = useId();
  const active = users.filter((u) => u.active);
  return (
    <div className="user-switcher" title={t('header.userHint')}>
      <label htmlFor={id}>{t('header.user')}</label>
      <select
        id={id}
        value={current?.id ?? ''}
        onChange={(e) => setUserId(Number(e.target.value))}
        disabled={active.length === 0}
      >
        {active.length === 0 && <option value="">{t('header.noUsers')}</option>}
        {active.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name} · {t(`roles.${u.role}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
