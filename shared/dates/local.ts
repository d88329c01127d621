/**
 * Dates in the user's day. `toISOString().slice(0, 10)` is the UTC date: at 07:30 in Shanghai it is
 * still yesterday there. Every "today" and every date or time shown to a person goes through here,
 * read in the local time zone of the process (the desktop app, the browser tab, or the local server
 * the same person started).
 */

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** YYYY-MM-DD of `at` in the local time zone. */
export function localIsoDate(at: Date): string {
  return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Today's date in the local time zone, as YYYY-MM-DD (form defaults, export dates, file names). */
export function localToday(now: Date = new Date()): string {
  return localIsoDate(now);
}

/** "YYYY-MM-DD HH:mm" in the local time zone, for a stored ISO-8601 UTC timestamp. */
export function localDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${localIsoDate(at)} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** "HH:mm:ss" in the local time zone, for a stored ISO-8601 UTC timestamp. */
export function localTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** The UTC instant (ISO-8601) at which local day `day` ("YYYY-MM-DD") begins: a local date range as stored timestamps. */
export function localDayStart(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}
