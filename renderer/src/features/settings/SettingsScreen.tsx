import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api';
import { RoleFieldset } from '../../app/RoleFieldset';
import { useCan } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { MyAccountSection } from '../auth/MyAccountSection';
import { CollectionSettingsSection } from '../collection/CollectionSettingsSection';
import { BrandingSection } from './BrandingSection';
import { ClientSettingsSection } from './ClientSettingsSection';
import { DataSafetySection } from './DataSafetySection';
import { ExchangeRatesSection } from './ExchangeRatesSection';
import { SettingsForm } from './SettingsForm';
import { UsersSection } from './UsersSection';

/**
 * Everyone sees their own account and may read the workspace's settings; what governs money,
 * users, branding and the data itself is changed by an admin only (the contract's roles).
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const can = useCan();
  const settings = useCallQuery('settings.get', {});
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <MyAccountSection />
      {/* The form starts from what is stored; it mounts once that has loaded. */}
      <RoleFieldset call="settings.update">
        <QueryView query={settings}>{(stored) => <SettingsForm stored={stored} />}</QueryView>
      </RoleFieldset>
      {can('users.create') && <UsersSection />}
      <RoleFieldset call="clientSettings.update">
        <ClientSettingsSection />
      </RoleFieldset>
      {/* Payment templates and win probabilities: finance and admins change them (the contract's roles). */}
      <RoleFieldset call="payments.saveTemplates">
        <CollectionSettingsSection />
      </RoleFieldset>
      {/* Exchange rates by date: finance enters them; everyone sees the rates the analytics use. */}
      <RoleFieldset call="exchangeRates.save">
        <ExchangeRatesSection />
      </RoleFieldset>
      <RoleFieldset call="branding.update">
        <BrandingSection />
      </RoleFieldset>
      {can('backups.list') && <DataSafetySection />}
    </>
  );
}
