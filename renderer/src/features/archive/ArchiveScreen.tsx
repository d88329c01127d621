import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

/** Not built yet: say what it will hold, offer nothing that does not work. */
export function ArchiveScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('archive.title')} subtitle={t('archive.subtitle')} />
      <EmptyState title={t('archive.emptyTitle')} body={t('archive.emptyBody')} later={t('archive.emptyLater')} />
    </>
  );
}
