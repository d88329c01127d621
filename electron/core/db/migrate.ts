import { sql, type Kysely } from 'kysely';
import type SQLite from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import { NewerSchemaError } from './schema-version';

export { NewerSchemaError };

/** The schema version lives in SQLite's own header (PRAGMA user_version): no bookkeeping table. */
export function schemaVersion(sqlite: SQLite.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/**
 * Bring the file up to `target` (the latest by default), one migration per transaction: a failed
 * step rolls back whole and leaves the file at the version before it.
 */
export async function migrate(
  db: Kysely<any>,
  sqlite: SQLite.Database,
  target = MIGRATIONS.length,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number[]> {
  const current = schemaVersion(sqlite);
  if (current > migrations.length) throw new NewerSchemaError(current, migrations.length);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current || m.version > target) continue;
    await db.transaction().execute(async (trx) => {
      await m.up(trx);
      // A pragma takes no bound parameters; the version is our own integer.
      await sql.raw(`PRAGMA user_version = ${Number(m.version)}`).execute(trx);
    });
    applied.push(m.version);
  }
  return applied;
}
