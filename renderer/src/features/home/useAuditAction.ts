import { useTranslation } from 'react-i18next';
import { zhCN } from '../../i18n/zh-CN';

type ActionKey = keyof typeof zhCN.audit.actions;

function isActionKey(key: string): key is ActionKey {
  return Object.prototype.hasOwnProperty.call(zhCN.audit.actions, key);
}

/**
 * An audit entry's action is a call name (`settings.update`). Known ones read as a sentence; a call
 * added to the core later shows by its name until the catalogue learns it.
 */
export function useAuditAction(): (action: string) => string {
  const { t } = useTranslation();
  return (action) => {
    const key = action.replace(/\./g, '_');
    return isActionKey(key) ? t(`audit.actions.${key}`) : action;
  };
}
