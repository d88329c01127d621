/**
 * The store refusing a write for a reason of its own, not of the call: the disk is full, the file
 * (or its folder, or the database role) is read-only, or another process held the write lock past
 * busy_timeout. Each has its own cause and remedy for the user, so the dispatcher turns it into its
 * own refusal instead of "internal error". Both engines: better-sqlite3's SqliteError codes and
 * PostgreSQL's SQLSTATEs (disk_full, read_only_sql_transaction, lock_not_available).
 */
export type StorageFault = 'disk_full' | 'read_only' | 'busy';

export function storageFaultOf(e: unknown): StorageFault | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  // SQLite reports ENOSPC as SQLITE_FULL, as it does a file at its max_page_count.
  if (code === 'SQLITE_FULL' || code === '53100') return 'disk_full';
  if (code.startsWith('SQLITE_READONLY') || code === '25006') return 'read_only';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '55P03') return 'busy';
  return null;
}
