import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

/** Not built yet: say what it will hold, offer nothing that does not work. */
export function FinanceScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('finance.title')} subtitle={t('finance.subtitle')} />
      <EmptyState title={t('finance.emptyTitle')} body={t('finance.emptyBody')} later={t('finance.emptyLater')} />
    </>
  );
}
