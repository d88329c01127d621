import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { RemindersList } from './RemindersList';

const DAYS = 60;

export function CareScreen() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('accounts.care.title')} subtitle={t('accounts.care.upcoming', { days: DAYS })} />
      <section className="panel">
        <RemindersList days={DAYS} empty={t('accounts.care.empty')} />
      </section>
    </>
  );
}
