import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RemindersList } from '../clients/RemindersList';

/** The home screen's care reminders: the next 30 days of birthdays, festivals and client dates. */
export function CareReminders() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="care-heading">
      <h2 id="care-heading" className="section-title">
        {t('accounts.care.homeTitle')}
      </h2>
      <div className="panel">
        <RemindersList days={30} limit={8} empty={t('accounts.care.empty')} />
        <p className="panel-foot">
          <Link to="/clients/care">{t('accounts.care.all')}</Link>
        </p>
      </div>
    </section>
  );
}
