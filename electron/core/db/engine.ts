import { PostgresAdapter, type Kysely } from 'kysely';
import type { Engine } from './store';

/**
 * Which engine a Kysely handle (or a transaction of one) speaks to. The adapters that differ by
 * engine (search, schema version) ask this instead of having a store threaded through every call.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: only the adapter is read
export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
