import pg from 'pg';

/** The cluster's URL as `user` on `database`. */
export function at(base: string, user: string, password: string, database: string): string {
  const u = new URL(base);
  u.username = user;
  u.password = password;
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A team database on a throwaway cluster as docs/team-server.md §2 creates it: an owner (migrations,
 * grants) and the server's role, with their URLs.
 */
export async function createTeamDatabase(superUrl: string): Promise<{ appUrl: string; ownerUrl: string }> {
  const admin = new pg.Client({ connectionString: superUrl });
  await admin.connect();
  try {
    await admin.query(`create role workbench_owner login password 'owner-bench'`);
    await admin.query(`create role workbench_app login password 'app-bench'`);
    await admin.query(`create database workbench owner workbench_owner encoding 'UTF8' locale 'C' template template0`);
  } finally {
    await admin.end();
  }
  return {
    appUrl: at(superUrl, 'workbench_app', 'app-bench', 'workbench'),
    ownerUrl: at(superUrl, 'workbench_owner', 'owner-bench', 'workbench'),
  };
}
