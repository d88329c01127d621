import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
// @ts-expect-error -- a plain .mjs helper shared with the bench and the server scripts
import { startThrowawayPostgres } from '../../scripts/lib/throwaway-postgres.mjs';
import { migratePostgres } from '../../electron/core/db/postgres/migrate';
import { DEMO_DB_PREFIX, TEST_ROLES, TEMPLATE_DB, withDatabase } from './postgres-urls';

/**
 * Global set-up of the PostgreSQL test project: a throwaway cluster (unless WORKBENCH_TEST_PG names
 * a superuser URL of a server to use), the two roles a team server uses — an owner that migrates and
 * a server role without UPDATE/DELETE on the evidence tables — and a template database migrated to
 * the latest version, which each test file copies (CREATE DATABASE … TEMPLATE: milliseconds).
 */
export default async function setup(project: TestProject) {
  const given = process.env.WORKBENCH_TEST_PG;
  const cluster = given ? null : await startThrowawayPostgres();
  const superUrl: string = given ?? cluster.url;
  const admin = new pg.Client({ connectionString: superUrl });
  await admin.connect();
  try {
    for (const role of Object.values(TEST_ROLES)) {
      const exists = await admin.query('select 1 from pg_roles where rolname = $1', [role]);
      if (exists.rowCount === 0) await admin.query(`create role "${role}" login password 'test'`);
    }
    // A named server may hold the databases of an earlier run: the migrated template and the demos
    // played from it are remade from this run's code.
    const stale = await admin.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [DEMO_DB_PREFIX],
    );
    for (const { datname } of stale.rows) await admin.query(`drop database if exists "${datname}" with (force)`);
    await admin.query(`drop database if exists "${TEMPLATE_DB}" with (force)`);
    await admin.query(
      `create database "${TEMPLATE_DB}" owner "${TEST_ROLES.owner}" encoding 'UTF8' template template0 locale 'C'`,
    );
  } finally {
    await admin.end();
  }
  const ownerPool = new pg.Pool({ connectionString: withDatabase(superUrl, TEMPLATE_DB, TEST_ROLES.owner) });
  const owner = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: ownerPool }) });
  await migratePostgres(owner, { serverRole: TEST_ROLES.server });
  await owner.destroy();
  project.provide('postgresUrl', superUrl);
  return () => cluster?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
