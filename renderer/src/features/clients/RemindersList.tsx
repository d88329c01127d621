import type { TFunction } from 'i18next';
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
  const reminders = useCallQuery('care.upcoming', clientId === undefined ? { days } : { days, clientId });
  return (
    <QueryView query={reminders}>
      {({ items }) => <ReminderItems items={items.slice(0, limit ?? items.length)} empty={empty} />}
    </QueryView>
  );
}

/** How far a reminder's day is from today: today, in n days, or n days ago (a day of this week already past). */
function whenOf(t: TFunction, daysAway: number): string {
  if (daysAway === 0) return t('accounts.care.today');
  return daysAway > 0
    ? t('accounts.care.inDays', { count: daysAway })
    : t('accounts.care.daysAgo', { count: -daysAway });
}

/** Reminders as a list (the care calendar's, a client record's, Home's week): kind, day, whom. */
export function ReminderItems({ items, empty }: { items: Reminder[]; empty: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="reminders" aria-label={t('accounts.care.title')}>
      {items.map((r) => (
        <li key={`${r.kind}-${r.clientId ?? ''}-${r.label}-${r.date}`} className="reminder">
          <Badge tone={KIND_TONE[r.kind]}>{t(`accounts.care.kinds.${r.kind}`)}</Badge>
          <span className="reminder-when nowrap">
            {fmt.date(r.date)} · {whenOf(t, r.daysAway)}
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
  );
}
