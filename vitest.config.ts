import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

/** The run's folder of played demo workspaces, copied by tests that need one (test/support/demo-workspace.ts). */
const DEMO_CACHE = 'test/support/demo-cache-global.ts';

/** Integration files about the SQLite workspace file itself, not about behaviour through the core. */
const SQLITE_FILE_ONLY = [
  'test/integration/migrations.test.ts',
  'test/integration/backups.test.ts',
  'test/integration/corrupt-workspace.test.ts',
  // The file's start-up integrity check in a worker and its daily backup.
  'test/integration/cold-start.test.ts',
  'test/integration/kill.test.ts',
  // EXPLAIN QUERY PLAN is SQLite's; PostgreSQL's planner has its own (postgres-query-plans.test.ts).
  'test/integration/query-plans.test.ts',
  // Restores and archive imports of tampered files: the file workspace's own checks.
  'test/integration/untrusted-files.test.ts',
  // A second process, a full disk and a read-only file: the SQLite file's own locking and errors.
  'test/integration/sqlite-writes.test.ts',
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // As integration-pg: a set-up that seeds the demo agency (hundreds of proposal writes) may
          // take well over vitest's 10 s default on a loaded 2-core machine.
          hookTimeout: 60_000,
          // PostgreSQL's own rules (roles, row-level security) and the team server (a PostgreSQL
          // workspace served over the network) have no SQLite form to run.
          exclude: ['test/integration/postgres-*.test.ts', 'test/integration/team-server*.test.ts'],
          globalSetup: [DEMO_CACHE],
          env: { WORKBENCH_TEST_ENGINE: 'sqlite' },
        },
      },
      // The same integration files again, each against its own PostgreSQL database (a throwaway
      // cluster started by the global set-up unless WORKBENCH_TEST_PG names a server). The files
      // that are about the SQLite file itself (its migrations, backups, integrity check, a kill
      // during a write) have their PostgreSQL counterparts in test/integration/postgres-*.test.ts.
      {
        resolve: { alias },
        test: {
          name: 'integration-pg',
          include: ['test/integration/**/*.test.ts'],
          exclude: SQLITE_FILE_ONLY,
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          globalSetup: ['test/support/postgres-global.ts', DEMO_CACHE],
          env: { WORKBENCH_TEST_ENGINE: 'postgres' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          globalSetup: [DEMO_CACHE],
          // One Chromium at a time: two cores, and each test brings its own server and database.
          fileParallelism: false,
        },
      },
    ],
  },
});
