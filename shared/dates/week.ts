import { addDays } from '../analytics/care';

/** Monday and Sunday of the ISO week holding `day` ("YYYY-MM-DD"): "this week" on Home. */
export function weekOf(day: string): { start: string; end: string } {
  // getUTCDay: 0 = Sunday … 6 = Saturday; days back to Monday: Sunday 6, Monday 0.
  const back = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const start = addDays(day, -back);
  return { start, end: addDays(start, 6) };
}
