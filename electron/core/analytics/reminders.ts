import type { Reminder } from '@shared/contract';
import { addDays, daysBetween, nextOccurrence } from '@shared/analytics/care';

export interface CareDates {
  birthdays: { contactName: string; date: string; clientId: number; clientName: string }[];
  clientDates: { label: string; date: string; clientId: number; clientName: string }[];
  /** Festivals are stored per year (lunar dates move): they do not recur, each row is one day. */
  festivals: { name: string; date: string }[];
}

/**
 * The care calendar's reminders falling in [from, to] (inclusive), soonest first, each with its
 * distance in days from `today` (negative for a day of the window already past). Birthdays and
 * clients' own dates recur every year on their month and day; festivals fall on the date stored for
 * that year. Pure: the repository supplies the dates.
 */
export function remindersBetween(dates: CareDates, today: string, from: string, to: string): Reminder[] {
  const within = (date: string) => (date >= from && date <= to ? daysBetween(today, date) : null);
  const items: Reminder[] = [];
  for (const b of dates.birthdays) {
    const date = nextOccurrence(b.date, from);
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
    const date = nextOccurrence(d.date, from);
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

/** The reminders from `today` through `today + days` (inclusive): the care calendar's list. */
export function upcomingReminders(dates: CareDates, today: string, days: number): Reminder[] {
  return remindersBetween(dates, today, today, addDays(today, days));
}
