import type SQLite from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver } from 'kysely';

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
    super({ database });
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
