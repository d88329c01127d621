/** Timestamps are stored as ISO-8601 UTC text: sortable, readable, and the same in PostgreSQL. */
export function isoNow(now: Date = new Date()): string {
  return now.toISOString();
}
