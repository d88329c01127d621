import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { CollectionSettingsSection } from '../collection/CollectionSettingsSection';
import { BrandingSection } from './BrandingSection';
import { ClientSettingsSection } from './ClientSettingsSection';
import { DataSafetySection } from './DataSafetySection';
import { SettingsForm } from './SettingsForm';
import { UsersSection } from './UsersSection';

export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useCallQuery('settings.get', {});
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      {/* The form starts from what is stored; it mounts once that has loaded. */}
      <QueryView query={settings}>{(stored) => <SettingsForm stored={stored} />}</QueryView>
      <UsersSection />
      <ClientSettingsSection />
      <CollectionSettingsSection />
      <BrandingSection />
      <DataSafetySection />
    </>
  );
}
