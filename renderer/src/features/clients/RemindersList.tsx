import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Reminder } from '@shared/contract';
import { useCallQuery } from '../../api';
import { Badge, type BadgeTone } from '../../components/Badge';
import { QueryView } from '../../components/QueryView';
import { useFormat } from '../../i18n/format';

const KIND_TONE: Record<Reminder['kind'], BadgeTone> = {
  birthday: 'progress',
  festival: 'warning',
  client_date: 'info',
};

/** Birthdays, festivals and client dates coming up, soonest first. */
export function RemindersList({
  days,
  clientId,
  empty,
  limit,
}: {
  days: number;
  clientId?: number;
  empty: string;
  limit?: number;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const reminders = useCallQuery('care.upcoming', clientId === undefined ? { days } : { days, clientId });
  return (
    <QueryView query={reminders}>
      {({ items }) =>
        items.length === 0 ? (
          <p className="muted">{empty}</p>
        ) : (
          <ul className="reminders" aria-label={t('accounts.care.title')}>
            {items.slice(0, limit ?? items.length).map((r) => (
              <li key={`${r.kind}-${r.clientId ?? ''}-${r.label}-${r.date}`} className="reminder">
                <Badge tone={KIND_TONE[r.kind]}>{t(`accounts.care.kinds.${r.kind}`)}</Badge>
                <span className="reminder-when nowrap">
                  {fmt.date(r.date)} ·{' '}
                  {r.daysAway === 0 ? t('accounts.care.today') : t('accounts.care.inDays', { count: r.daysAway })}
                </span>
                <span className="reminder-what">
                  <span className="strong">{r.label}</span>
                  {r.clientId !== null && r.clientName && (
                    <>
                      {' · '}
                      <Link to={`/clients/${r.clientId}`}>{r.clientName}</Link>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )
      }
    </QueryView>
  );
}
