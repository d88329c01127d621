import { sql, type Kysely } from 'kysely';
import { MIGRATIONS, type Migration } from '../migrations';
import { NewerSchemaError } from '../schema-version';
import { grantServerRole } from './privileges';

/**
 * The team database's schema version: one row in `workbench_schema` (PostgreSQL has no
 * user_version header). A database without the table is at version 0.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema version
export async function postgresSchemaVersion(db: Kysely<any>): Promise<number> {
  const { rows } = await sql<{ t: string | null }>`select to_regclass('public.workbench_schema')::text as t`.execute(
    db,
  );
  if (rows[0]?.t == null) return 0;
  const v = await sql<{ version: number }>`select version from workbench_schema where id = 1`.execute(db);
  return v.rows[0]?.version ?? 0;
}

/** Arbitrary but fixed: the key of the advisory lock that lets one server migrate at a time. */
const MIGRATION_LOCK = 0x5742_4d49; // "WBMI"

/**
 * Bring the team database up to `target`, one migration per transaction, as the owner role. Several
 * servers may start at once: each migration takes a transaction-scoped advisory lock and rereads the
 * version under it, so a step runs once. Afterwards the server's role gets its privileges.
 */
export async function migratePostgres(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema version
  db: Kysely<any>,
  options: { target?: number; migrations?: readonly Migration[]; serverRole?: string } = {},
): Promise<number[]> {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = options.target ?? migrations.length;
  // Under the lock too: two servers starting on an empty database would race to create the table.
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
    await sql`create table if not exists workbench_schema (
                id integer primary key check (id = 1), version integer not null)`.execute(trx);
    await sql`insert into workbench_schema (id, version) values (1, 0) on conflict (id) do nothing`.execute(trx);
  });
  const found = await postgresSchemaVersion(db);
  if (found > migrations.length) throw new NewerSchemaError(found, migrations.length);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version > target) break;
    const ran = await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      if ((await postgresSchemaVersion(trx)) >= m.version) return false;
      await m.postgres(trx);
      await sql`update workbench_schema set version = ${m.version} where id = 1`.execute(trx);
      return true;
    });
    if (ran) applied.push(m.version);
  }
  const role = options.serverRole;
  if (role)
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(trx);
      await grantServerRole(trx, role);
    });
  return applied;
}
