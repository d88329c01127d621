import type { Kysely } from 'kysely';

/**
 * A numbered schema change. `up` gets an untyped handle: a migration must keep working when the
 * Database type moves on, so it speaks in table and column names, not in today's types.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}
