import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeOverview } from '@shared/contract';
import { useFormat } from '../../i18n/format';
import { ReminderItems } from '../clients/RemindersList';

/**
 * This week's care dates beside this week's visits: birthdays, festivals and client dates from
 * Monday to Sunday (the core's home.overview, in the user's local day); the calendar holds the rest.
 */
export function CareReminders({ overview: o }: { overview: HomeOverview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="panel" aria-labelledby="care-heading">
      <h2 id="care-heading" className="panel-title">
        {t('home.weekCare', { from: fmt.date(o.weekStart), to: fmt.date(o.weekEnd) })}
      </h2>
      <ReminderItems items={o.careThisWeek} empty={t('home.weekCareEmpty')} />
      <p className="panel-foot">
        <Link to="/clients/care">{t('accounts.care.all')}</Link>
      </p>
    </section>
  );
}
