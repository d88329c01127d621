import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Pool } from 'pg';
import type { Database } from './schema';

/**
 * The store port: what the core holds open. Repositories speak Kysely to `db` and do not care which
 * engine is behind it; the few things that differ (the full-text index, schema versions, backups,
 * the acting user) are chosen by `engine` inside the adapters (db/sqlite-*, db/postgres/*,
 * search/fts-*), never in handlers.
 */
export type Engine = 'sqlite' | 'postgres';

interface StoreBase {
  db: Kysely<Database>;
  /** Where the data lives, for logs and the title bar: a file path or a redacted URL. */
  location: string;
  close(): Promise<void>;
}

/** The solo workspace: one SQLite file, one connection in the process that owns it. */
export interface SqliteStore extends StoreBase {
  engine: 'sqlite';
  sqlite: SQLite.Database;
  path: string;
}

/** The team workspace: a pool of connections to a shared PostgreSQL database, as the server's role. */
export interface PostgresStore extends StoreBase {
  engine: 'postgres';
  pool: Pool;
}

export type Store = SqliteStore | PostgresStore;
