import { sql } from 'kysely';
import { ANALYTICS_SOURCE_TABLES } from './020_analytics_version';
import { pgScript, type Migration } from './types';

/**
 * Which clients each move of the analytics' data version touched (issue 18): the cache
 * (electron/core/analytics/cache.ts) recomputes only those clients' figures after a write, then
 * the cross-client parts (tiers, ranks, Pareto, counts), instead of the whole workspace.
 *
 * `analytics_dirty` holds one row per client ever touched: the data version of the latest write
 * that touched it. A cache at version V reloads the clients with `n > V`. Client id 0 stands for
 * "every client": the workspace settings (currency), the client settings (thresholds) and the
 * exchange rates change every client's figures at once.
 *
 * The bump and the mark happen in one trigger, bump first, so a mark always carries the version
 * its write produced (two triggers on one event would fire in an order neither engine promises).
 * The triggers of migration 020 are replaced by these; the counter itself stays as it was.
 * Like the counter, the marks are bookkeeping of this store, never archived (archive/export.ts,
 * archive/team.ts).
 *
 * How a row names its client: directly (client_id), through its proposal (versions, payment plans
 * and milestones), or through its milestone's proposal (receipts). A row whose parent is already
 * gone (a cascade) marks nothing itself, but the parent's own delete marked the client.
 */
type Source = (typeof ANALYTICS_SOURCE_TABLES)[number];
/** The column a row names its client by (`key`), and the client id reached from it (`client`, over `from`). */
type ClientOf = { key: string; client: string; from?: string } | 'all';
const direct = { key: 'client_id', client: 'r.client_id' };
const viaProposal = { key: 'proposal_id', client: 'p.client_id', from: 'join proposals p on p.id = r.proposal_id' };
const CLIENT_OF: Record<Source, ClientOf> = {
  clients: { key: 'id', client: 'r.id' },
  contacts: direct,
  visits: direct,
  complaints: direct,
  surveys: direct,
  key_accounts: direct,
  quotes: direct,
  proposals: direct,
  cost_to_serve: direct,
  proposal_versions: viaProposal,
  payment_plans: viaProposal,
  payment_milestones: viaProposal,
  payment_receipts: {
    key: 'milestone_id',
    client: 'p.client_id',
    from: 'join payment_milestones m on m.id = r.milestone_id join proposals p on p.id = m.proposal_id',
  },
  workspace_settings: 'all',
  client_settings: 'all',
  exchange_rates: 'all',
};

const OPS = ['insert', 'update', 'delete'] as const;
type Op = (typeof OPS)[number];

/** SQLite: the row images a row trigger sees, as a one- or two-row table `r` of the key column. */
function sqliteRows(key: string, op: Op): string {
  const image = (which: 'new' | 'old') => `select ${which}.${key} as ${key}`;
  if (op === 'insert') return `(${image('new')}) r`;
  if (op === 'delete') return `(${image('old')}) r`;
  // The row's client before and after (an UPDATE may move a row to another client).
  return `(${image('old')} union ${image('new')}) r`;
}

function sqliteTrigger(table: Source, op: Op): string {
  const of = CLIENT_OF[table];
  const mark =
    of === 'all'
      ? `insert into analytics_dirty (client_id, n) select 0, n from analytics_version where id = 1`
      : `insert into analytics_dirty (client_id, n)
           select ${of.client}, (select n from analytics_version where id = 1)
           from ${sqliteRows(of.key, op)} ${of.from ?? ''}
           where ${of.client} is not null`;
  // `where` before `on conflict`: SQLite's parser needs it to tell the upsert from a join.
  return `create trigger analytics_mark_${table}_${op} after ${op} on ${table}
          begin
            update analytics_version set n = n + 1 where id = 1;
            ${mark}
            on conflict (client_id) do update set n = excluded.n;
          end`;
}

/**
 * PostgreSQL: one statement-level trigger per table and event, seeing the rows through transition
 * tables; a statement that changed no row moves nothing (as in migration 020).
 */
function pgFunction(table: Source): string {
  const of = CLIENT_OF[table];
  const mark = (rows: string) =>
    of === 'all'
      ? `insert into analytics_dirty (client_id, n) values (0, v)`
      : `insert into analytics_dirty (client_id, n)
           select distinct ${of.client}, v from ${rows} ${of.from ?? ''} where ${of.client} is not null`;
  const block = (rows: string, exists: string) => `
    if not exists (select 1 from ${exists}) then return null; end if;
    update analytics_version set n = n + 1 where id = 1 returning n into v;
    ${mark(rows)}
      on conflict (client_id) do update set n = excluded.n;`;
  return `
create function analytics_mark_${table}() returns trigger language plpgsql as $$
declare v bigint;
begin
  if tg_op = 'INSERT' then ${block('new_rows r', 'new_rows')}
  elsif tg_op = 'DELETE' then ${block('old_rows r', 'old_rows')}
  elsif tg_op = 'UPDATE' then ${block(of === 'all' ? '' : `(select ${of.key} from old_rows union select ${of.key} from new_rows) r`, 'new_rows')}
  else
    -- TRUNCATE: no rows to see, every client may have changed.
    update analytics_version set n = n + 1 where id = 1 returning n into v;
    insert into analytics_dirty (client_id, n) values (0, v) on conflict (client_id) do update set n = excluded.n;
  end if;
  return null;
end $$;
drop trigger analytics_version_${table}_insert on ${table};
drop trigger analytics_version_${table}_update on ${table};
drop trigger analytics_version_${table}_delete on ${table};
drop trigger analytics_version_${table}_truncate on ${table};
create trigger analytics_mark_${table}_insert after insert on ${table}
  referencing new table as new_rows for each statement execute function analytics_mark_${table}();
create trigger analytics_mark_${table}_update after update on ${table}
  referencing old table as old_rows new table as new_rows for each statement execute function analytics_mark_${table}();
create trigger analytics_mark_${table}_delete after delete on ${table}
  referencing old table as old_rows for each statement execute function analytics_mark_${table}();
create trigger analytics_mark_${table}_truncate after truncate on ${table}
  for each statement execute function analytics_mark_${table}();`;
}

export const m021AnalyticsDirty: Migration = {
  version: 21,
  name: 'clients touched per analytics data version',
  async up(db) {
    await sql`create table analytics_dirty (
                client_id integer primary key,
                n integer not null
              )`.execute(db);
    await sql`create index analytics_dirty_n on analytics_dirty (n)`.execute(db);
    for (const t of ANALYTICS_SOURCE_TABLES)
      for (const op of OPS) {
        await sql.raw(`drop trigger analytics_version_${t}_${op}`).execute(db);
        await sql.raw(sqliteTrigger(t, op)).execute(db);
      }
  },
  async postgres(db) {
    await pgScript(
      db,
      `
create table analytics_dirty (
  client_id bigint primary key,
  n bigint not null
);
create index analytics_dirty_n on analytics_dirty (n);
${ANALYTICS_SOURCE_TABLES.map(pgFunction).join('\n')}
drop function analytics_version_bump();
drop function analytics_version_bump_rows();
`,
    );
  },
};
