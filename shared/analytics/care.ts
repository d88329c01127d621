/** Dates of the care calendar (关怀): plain YYYY-MM-DD strings, days counted in UTC so no time zone shifts a day. */
const DAY_MS = 86_400_000;

/** Days before each month in a common year (March on: add the leap day in a leap year). */
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Leap years from year 1 to `year` (proleptic Gregorian, as Date counts them). */
const leapYearsUpTo = (year: number) => Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400);
/** Days from 0000-01-01 to 1970-01-01. */
const EPOCH_DAY = 719_528;

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date (or a timestamp starting with one). Counted with
 * integer arithmetic rather than Date.parse: the account analytics count days for every client
 * several times per figure, and parsing was a quarter of a new day's recomputation (issue 18).
 * Anything not shaped like a date goes to Date.parse, so it stays NaN as before; the unit test
 * holds both ways equal over two centuries of days.
 */
export function dayNumber(isoDate: string): number {
  const year = digits(isoDate, 0, 4);
  const month = digits(isoDate, 5, 7);
  const day = digits(isoDate, 8, 10);
  const leap = isLeap(year);
  const shaped =
    year >= 0 &&
    isoDate.charCodeAt(4) === 45 && // '-'
    isoDate.charCodeAt(7) === 45 &&
    (isoDate.length === 10 || isoDate.charCodeAt(10) === 84) && // 'T'
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
  if (!shaped) return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
  const dayOfYear = DAYS_BEFORE_MONTH[month - 1]! + (leap && month > 2 ? 1 : 0) + day - 1;
  // Year 0 is a leap year, hence the + 1.
  return year * 365 + leapYearsUpTo(year - 1) + 1 + dayOfYear - EPOCH_DAY;
}

/** The number written by the ASCII digits of s[from, to), or −1 if any is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
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
