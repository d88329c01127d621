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
  /** Rename the closed database (nothing connected to it), e.g. a played demo kept as a template. */
  renameTo(name: string): Promise<void>;
}

/**
 * A fresh database copied from the migrated template (or, `empty`, with no schema at all, for
 * migration tests; or from another `template`, e.g. a played demo), dropped again by `drop`.
 */
export async function createTestDatabase(
  options: { empty?: boolean; template?: string; name?: string } = {},
): Promise<TestDatabase> {
  const superUrl = inject('postgresUrl');
  let name = options.name ?? `wb_${randomBytes(6).toString('hex')}`;
  const asSuperuser = async (statement: string) => {
    const admin = new pg.Client({ connectionString: superUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  const template = options.template ?? (options.empty ? 'template0' : TEMPLATE_DB);
  await asSuperuser(`create database "${name}" template "${template}" owner "${TEST_ROLES.owner}" locale 'C'`);
  return {
    get name() {
      return name;
    },
    get url() {
      return withDatabase(superUrl, name, TEST_ROLES.server);
    },
    get ownerUrl() {
      return withDatabase(superUrl, name, TEST_ROLES.owner);
    },
    drop: () => asSuperuser(`drop database if exists "${name}" with (force)`),
    async renameTo(next) {
      await asSuperuser(`alter database "${name}" rename to "${next}"`);
      name = next;
    },
  };
}
