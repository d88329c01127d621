import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { TEMPLATE_DB, TEST_ROLES, withDatabase } from './postgres-urls';

export type TestEngine = 'sqlite' | 'postgres';

/**
 * The engine this test project runs on: the integration suite runs once per engine (vitest.config.ts:
 * projects `integration` and `integration-pg`), with the same files and the same expectations.
 */
export function testEngine(): TestEngine {
  return process.env.WORKBENCH_TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
}

export interface TestDatabase {
  /** The server's role (what the core connects as). */
  url: string;
  /** The owner (migrations; the tests' back door for set-up that the server role may not do). */
  ownerUrl: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database copied from the migrated template (or, `empty`, with no schema at all, for
 * migration tests), dropped again by `drop`.
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const superUrl = inject('postgresUrl');
  const name = `wb_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: superUrl });
  await admin.connect();
  try {
    const template = options.empty ? 'template0' : TEMPLATE_DB;
    await admin.query(`create database "${name}" template "${template}" owner "${TEST_ROLES.owner}" locale 'C'`);
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabase(superUrl, name, TEST_ROLES.server),
    ownerUrl: withDatabase(superUrl, name, TEST_ROLES.owner),
    async drop() {
      const c = new pg.Client({ connectionString: superUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
