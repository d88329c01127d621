import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema';
import type { PostgresStore } from '../store';
import { workbenchPgTypes } from './types';

export interface PostgresStoreOptions {
  /** Connections in the pool; a team server of 5–50 people needs few (see docs/scaling.md). */
  max?: number;
  /** Identifies the server's connections in pg_stat_activity. */
  applicationName?: string;
}

/** A URL with its password hidden, for logs and the title bar. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

/**
 * Open the team database. Every connection uses UTC, the C collation order of the database (text
 * sorts and compares byte-wise, as on SQLite) and the workbench's type parsers.
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): PostgresStore {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    types: workbenchPgTypes,
    application_name: options.applicationName ?? 'agency-workbench',
    options: '-c TimeZone=UTC -c client_encoding=UTF8',
  });
  // An idle connection that the server drops must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    engine: 'postgres',
    pool,
    db,
    location: redactUrl(url),
    async close() {
      await db.destroy();
    },
  };
}
