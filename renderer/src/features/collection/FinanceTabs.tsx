import { useTranslation } from 'react-i18next';
import './collection.css';
import { NavLink } from 'react-router';

/** Finance's two screens: the approval queue and receivables. */
export function FinanceTabs() {
  const { t } = useTranslation();
  return (
    <nav className="segmented fin-tabs" aria-label={t('finance.title')}>
      <NavLink end to="/finance">
        {({ isActive }) => <span aria-current={isActive ? 'page' : undefined}>{t('collection.tabs.approvals')}</span>}
      </NavLink>
      <NavLink to="/finance/receivables">
        {({ isActive }) => <span aria-current={isActive ? 'page' : undefined}>{t('collection.tabs.receivables')}</span>}
      </NavLink>
    </nav>
  );
}
