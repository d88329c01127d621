import { sql, type Kysely } from 'kysely';

/**
 * What the server's role may do, granted by the owner after every migration (idempotent, so a new
 * table is covered the moment it exists). The evidence tables are insert-only for the server: even
 * a raw statement on its connection cannot rewrite a sent version, an asset, the audit log or a
 * decided approval (triggers refuse the owner too; row-level security limits deciding, see 007).
 */
export const INSERT_ONLY_TABLES = ['audit_log', 'proposal_versions', 'proposal_version_assets'] as const;
/** Updated only under the trigger and row-level security of migration 007; never deleted. */
export const NO_DELETE_TABLES = ['proposal_approvals'] as const;

const ident = (name: string) => sql.id(name);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- runs before and after any schema
export async function grantServerRole(db: Kysely<any>, role: string): Promise<void> {
  const r = ident(role);
  await sql`grant usage on schema public to ${r}`.execute(db);
  await sql`grant select, insert, update, delete on all tables in schema public to ${r}`.execute(db);
  // update: setval after a workspace is moved in with its ids (archive/team.ts).
  await sql`grant usage, select, update on all sequences in schema public to ${r}`.execute(db);
  for (const t of INSERT_ONLY_TABLES) await sql`revoke update, delete, truncate on ${ident(t)} from ${r}`.execute(db);
  for (const t of NO_DELETE_TABLES) await sql`revoke delete, truncate on ${ident(t)} from ${r}`.execute(db);
  await sql`revoke insert, update, delete, truncate on workbench_schema from ${r}`.execute(db);
}
