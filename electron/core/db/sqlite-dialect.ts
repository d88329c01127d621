import type SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';

/** How many distinct statements stay prepared: the core's queries are a few hundred shapes. */
const STATEMENT_CACHE_SIZE = 512;

/**
 * Kysely prepares every query anew, and preparing is most of a small query's cost (a demo set-up
 * of several hundred calls spent a quarter of its time in it). The same SQL text gets the same
 * prepared statement, the oldest dropped past the limit. Safe because Kysely runs a statement to
 * completion (`all`/`run`) before the next query; the core streams no query (a streamed one would
 * hold its statement busy). A schema change makes SQLite re-prepare a cached statement itself.
 */
function withStatementCache(database: SQLite.Database): SqliteDialectConfig['database'] {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        // Most recently used last: the first key is the one to drop.
        cache.delete(sql);
      } else {
        statement = database.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * Kysely's SQLite driver starts a transaction with a plain (deferred) `begin`: it takes the write
 * lock only at its first write, and in WAL mode a transaction that read first and then finds that
 * another process committed meanwhile fails at once with SQLITE_BUSY — busy_timeout is not
 * consulted, because waiting could not help a snapshot that is already stale. Every transaction of
 * the core is a write (reads run outside one), so each starts with `begin immediate`: it takes the
 * write lock first, and a second process holding it makes this one wait up to busy_timeout
 * instead of failing.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  constructor(private readonly database: SQLite.Database) {
    super({ database: withStatementCache(database) });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  /**
   * On some errors (a full disk, an I/O error) SQLite has already rolled the transaction back
   * itself; a second `rollback` would throw "no transaction is active" and that error would replace
   * the one that says what happened. Roll back only what is still open.
   */
  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.database.inTransaction) await super.rollbackTransaction(connection);
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  constructor(private readonly database: SQLite.Database) {
    super({ database });
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.database);
  }
}
