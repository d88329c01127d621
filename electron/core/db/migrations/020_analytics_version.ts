import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * The account analytics' data version (issue 18): one counter that every write to a table the
 * analytics read moves on, in the writer's own transaction, by triggers — so a cached result
 * (electron/core/analytics/cache.ts) is reused exactly while nothing it was computed from has
 * changed, whoever wrote (any handler, a restore, another app on the same team database, a raw
 * statement). Together with the day it was computed for, it keys the cache.
 *
 * The counter is derived bookkeeping, never workspace content: archives leave it out
 * (archive/export.ts, archive/team.ts), so an import can never wind it back to a number a cache
 * already holds for other data.
 *
 * Assigned 019 in the team's plan; 020 at merge (018 is the hub's indexes, 019 the sessions).
 */
export const ANALYTICS_SOURCE_TABLES = [
  'clients',
  'contacts',
  'visits',
  'complaints',
  'surveys',
  'key_accounts',
  'quotes',
  'proposals',
  'proposal_versions',
  'workspace_settings',
  'client_settings',
  'exchange_rates',
  'cost_to_serve',
  'payment_plans',
  'payment_milestones',
  'payment_receipts',
] as const;

export const m020AnalyticsVersion: Migration = {
  version: 20,
  name: 'analytics data version',
  async up(db) {
    await sql`create table analytics_version (
                id integer primary key check (id = 1),
                n integer not null
              )`.execute(db);
    await sql`insert into analytics_version (id, n) values (1, 0)`.execute(db);
    for (const t of ANALYTICS_SOURCE_TABLES)
      for (const op of ['insert', 'update', 'delete'] as const)
        await sql
          .raw(
            `create trigger analytics_version_${t}_${op} after ${op} on ${t}
             begin update analytics_version set n = n + 1 where id = 1; end`,
          )
          .execute(db);
  },
  async postgres(db) {
    // Statement-level: one bump per statement that touched rows, however many. The rows are seen
    // through transition tables (one trigger per event: PostgreSQL allows them on single-event
    // triggers only), so a statement that changed nothing (an upsert that did nothing, an UPDATE
    // matching no row) leaves the counter as it was, as SQLite's row triggers do.
    await pgScript(
      db,
      `
create table analytics_version (
  id integer primary key check (id = 1),
  n bigint not null
);
insert into analytics_version (id, n) values (1, 0);
create function analytics_version_bump() returns trigger language plpgsql as $$
begin
  update analytics_version set n = n + 1 where id = 1;
  return null;
end $$;
create function analytics_version_bump_rows() returns trigger language plpgsql as $$
begin
  if exists (select 1 from changed_rows) then
    update analytics_version set n = n + 1 where id = 1;
  end if;
  return null;
end $$;
${ANALYTICS_SOURCE_TABLES.map(
  (t) =>
    `create trigger analytics_version_${t}_insert after insert on ${t}
  referencing new table as changed_rows for each statement execute function analytics_version_bump_rows();
create trigger analytics_version_${t}_update after update on ${t}
  referencing new table as changed_rows for each statement execute function analytics_version_bump_rows();
create trigger analytics_version_${t}_delete after delete on ${t}
  referencing old table as changed_rows for each statement execute function analytics_version_bump_rows();
create trigger analytics_version_${t}_truncate after truncate on ${t}
  for each statement execute function analytics_version_bump();`,
).join('\n')}
`,
    );
  },
};
