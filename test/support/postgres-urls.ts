/** The roles and the template database the PostgreSQL test project sets up (postgres-global.ts). */
export const TEST_ROLES = { owner: 'workbench_test_owner', server: 'workbench_test_server' } as const;
export const TEMPLATE_DB = 'workbench_test_template';
/** Played demo workspaces kept as templates for a run (test/support/demo-workspace.ts). */
export const DEMO_DB_PREFIX = 'workbench_test_demo_';

/** The same server, another database and user (password 'test', unused under trust authentication). */
export function withDatabase(url: string, database: string, user?: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (user) {
    u.username = user;
    u.password = 'test';
  }
  return u.toString();
}
