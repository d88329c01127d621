import type { Reminder } from '@shared/contract';
import { daysBetween, nextOccurrence } from '@shared/analytics/care';

export interface CareDates {
  birthdays: { contactName: string; date: string; clientId: number; clientName: string }[];
  clientDates: { label: string; date: string; clientId: number; clientName: string }[];
  /** Festivals are stored per year (lunar dates move): they do not recur, each row is one day. */
  festivals: { name: string; date: string }[];
}

/**
 * The care calendar's reminders from `today` through `today + days` (inclusive), soonest first.
 * Birthdays and clients' own dates recur every year on their month and day; festivals fall on the
 * date stored for that year. Pure: the repository supplies the dates.
 */
export function upcomingReminders(dates: CareDates, today: string, days: number): Reminder[] {
  const within = (date: string) => {
    const away = daysBetween(today, date);
    return away >= 0 && away <= days ? away : null;
  };
  const items: Reminder[] = [];
  for (const b of dates.birthdays) {
    const date = nextOccurrence(b.date, today);
    const daysAway = within(date);
    if (daysAway !== null)
      items.push({
        kind: 'birthday',
        date,
        daysAway,
        label: b.contactName,
        clientId: b.clientId,
        clientName: b.clientName,
        contactName: b.contactName,
      });
  }
  for (const d of dates.clientDates) {
    const date = nextOccurrence(d.date, today);
    const daysAway = within(date);
    if (daysAway !== null)
      items.push({
        kind: 'client_date',
        date,
        daysAway,
        label: d.label,
        clientId: d.clientId,
        clientName: d.clientName,
        contactName: null,
      });
  }
  for (const f of dates.festivals) {
    const daysAway = within(f.date);
    if (daysAway !== null)
      items.push({
        kind: 'festival',
        date: f.date,
        daysAway,
        label: f.name,
        clientId: null,
        clientName: null,
        contactName: null,
      });
  }
  return items.sort(
    (a, b) => a.daysAway - b.daysAway || a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label),
  );
}
