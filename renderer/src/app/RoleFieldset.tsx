import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallName } from '@shared/contract';
import { CALL_ACCESS } from '@shared/contract/generated/call-access';
import { useCan } from './session';

/**
 * Controls that make a call the acting user's role may not make: shown (one may look) but
 * disabled, with a line saying why. The contract's declaration decides, through `useCan`.
 */
export function RoleFieldset({ call, children }: { call: CallName; children: ReactNode }) {
  const { t } = useTranslation();
  const can = useCan();
  if (can(call)) return <>{children}</>;
  return (
    <fieldset disabled className="plain-fieldset" data-testid={`read-only-${call}`}>
      <p className="muted role-note">
        {t('auth.readOnly', { roles: CALL_ACCESS[call].roles.map((r) => t(`roles.${r}`)).join(t('auth.or')) })}
      </p>
      {children}
    </fieldset>
  );
}
