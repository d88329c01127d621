import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { accountAnalytics } from './load';

type Computed = Awaited<ReturnType<typeof accountAnalytics>>;

interface Entry {
  version: string;
  today: string;
  result: Promise<Computed>;
}

/**
 * The account analytics computed once per data version and day (issue 18), reused until either
 * moves. The version is a counter every write to a table the analytics read moves on, in the
 * writer's transaction (triggers, migration 020), so a write by any path — another window, another
 * app on the team database, a restore — is seen; the day is in the key because the figures age
 * with it (dormancy, the 12-month window, a planned visit that becomes past).
 *
 * One entry per connection handle (a restore opens a new one, and its counter starts elsewhere):
 * the version is read before the figures, so an entry holds data at least as new as its key, and
 * concurrent callers of the same key share one computation.
 */
const entries = new WeakMap<object, Entry>();

export async function analyticsVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ n: number | string }>`select n from analytics_version where id = 1`.execute(db);
  return String(rows[0]?.n ?? 'none');
}

export async function cachedAccountAnalytics(db: Kysely<Database>, today: string): Promise<Computed> {
  const version = await analyticsVersion(db);
  const entry = entries.get(db);
  if (entry && entry.version === version && entry.today === today) return entry.result;
  const result = accountAnalytics(db, today);
  const fresh: Entry = { version, today, result };
  entries.set(db, fresh);
  // A failed computation is not kept: the next call tries again.
  result.catch(() => {
    if (entries.get(db) === fresh) entries.delete(db);
  });
  return result;
}
