/** Dates of the care calendar (关怀): plain YYYY-MM-DD strings, days counted in UTC so no time zone shifts a day. */
const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return dayNumber(toIso) - dayNumber(fromIso);
}

export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * DAY_MS).toISOString().slice(0, 10);
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The next yearly recurrence of a date (a birthday, a client's anniversary) on or after `today`.
 * A 29 February falls on 28 February in years without one.
 */
export function nextOccurrence(isoDate: string, today: string): string {
  const month = isoDate.slice(5, 7);
  const day = isoDate.slice(8, 10);
  const on = (year: number) => `${year}-${month}-${month === '02' && day === '29' && !isLeap(year) ? '28' : day}`;
  const year = Number(today.slice(0, 4));
  const thisYear = on(year);
  return thisYear >= today.slice(0, 10) ? thisYear : on(year + 1);
}
