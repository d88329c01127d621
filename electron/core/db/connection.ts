import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './schema';
import { ImmediateSqliteDialect } from './sqlite-dialect';
import type { SqliteStore } from './store';

export type { Store, SqliteStore, PostgresStore, Engine } from './store';

/**
 * Open the workspace file. WAL lets readers run beside the writer; `synchronous = FULL` fsyncs
 * every commit, because an agency's quote history must survive a power cut, not only a crash of
 * the app, and a desktop app commits a few times a second at most, so the cost is not felt.
 */
export function openStore(path: string, options: { nativeBinding?: string } = {}): SqliteStore {
  // Electron loads a copy of the native module built for its own ABI (see scripts/electron-setup.mjs).
  const sqlite = new SQLite(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite) });
  return {
    engine: 'sqlite',
    sqlite,
    db,
    path,
    location: path,
    async close() {
      await db.destroy();
      if (sqlite.open) sqlite.close();
    },
  };
}
