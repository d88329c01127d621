/**
 * A moment of the demo's past at an office hour of the user's day: a date-time without an offset
 * is local time, so a proposal sent "at 10:00" reads 10:00 wherever the demo is created (a fixed
 * UTC hour read 02:00 in London and Europe's night for a Shanghai morning).
 */
export function atLocal(day: string, hour: number): Date {
  return new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`);
}

/** The same as the ISO-8601 UTC instant the tables store. */
export function isoAtLocal(day: string, hour: number): string {
  return atLocal(day, hour).toISOString();
}
