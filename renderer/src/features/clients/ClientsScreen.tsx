import { useTranslation } from 'react-i18next';
import { NavLink, Route, Routes } from 'react-router';
import { lazyScreen } from '../../components/lazyScreen';
import { CareScreen } from './CareScreen';
import { ClientEditScreen, ClientNewScreen } from './ClientFormScreen';
import { ClientList } from './ClientList';
import { ClientRecord } from './ClientRecord';
import { KeyAccountsScreen } from './KeyAccountsScreen';
import './clients.css';

// Analytics brings recharts: loaded when its tab is first opened, not with the client list.
const AnalyticsScreen = lazyScreen(() => import('./AnalyticsScreen'), 'AnalyticsScreen');

const TABS = [
  { to: '/clients', label: 'accounts.tabs.list', end: true },
  { to: '/clients/key-accounts', label: 'accounts.tabs.keyAccounts', end: false },
  { to: '/clients/analytics', label: 'accounts.tabs.analytics', end: false },
  { to: '/clients/care', label: 'accounts.tabs.care', end: false },
] as const;

/** The client area: the list, key accounts, analytics and the care calendar, and each client's record. */
export function ClientsScreen() {
  const { t } = useTranslation();
  return (
    <>
      <nav className="sub-tabs" aria-label={t('accounts.tabs.label')}>
        {TABS.map((tab) => (
          <NavLink key={tab.to} to={tab.to} end={tab.end} className="sub-tab">
            {t(tab.label)}
          </NavLink>
        ))}
      </nav>
      <Routes>
        <Route index element={<ClientList />} />
        <Route path="new" element={<ClientNewScreen />} />
        <Route path="key-accounts" element={<KeyAccountsScreen />} />
        <Route path="analytics" element={<AnalyticsScreen />} />
        <Route path="care" element={<CareScreen />} />
        <Route path=":id" element={<ClientRecord />} />
        <Route path=":id/edit" element={<ClientEditScreen />} />
      </Routes>
    </>
  );
}
