import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { m018HubIndexes } from '../../electron/core/db/migrations/018_hub_indexes';
import { m020AnalyticsVersion } from '../../electron/core/db/migrations/020_analytics_version';
import { m021AnalyticsDirty } from '../../electron/core/db/migrations/021_analytics_dirty';
import { m022SearchVectors } from '../../electron/core/db/migrations/022_search_vectors';
import { migratePostgres, postgresSchemaVersion } from '../../electron/core/db/postgres/migrate';
import { workbenchPgTypes } from '../../electron/core/db/postgres/types';
import { createTestDatabase, type TestDatabase } from '../support/engine';

/**
 * The PostgreSQL forms of the numbered migrations (the SQLite forms: migrations.test.ts). Rows a
 * team database could hold at each version, in that version's SQL, must survive every later step.
 */
const DATA_AT: Record<number, string[]> = {
  1: [
    `insert into workspace_settings (id, company_name, currency, document_language, difficulty_multipliers, hours_per_day, tax_percent, margin_floor_percent, initialized_at)
     values (1, '星火传播', 'CNY', 'zh-CN', '{"1":"0.90","2":"1.00","3":"1.15","4":"1.30","5":"1.50"}', '8', '6', '30', '2026-01-01T00:00:00.000Z')`,
    `insert into users (name, role, created_at) values ('王经理', 'admin', '2026-01-01T00:00:00.000Z'), ('李财务', 'finance', '2026-01-02T00:00:00.000Z')`,
    `insert into audit_log (at, user_id, action, detail) values ('2026-01-01T00:00:00.000Z', 1, 'workspace.setup', '{"by":"王经理"}')`,
  ],
  2: [
    `insert into clients (name, industry, owner_id, created_at, updated_at) values ('星河乳业', '快消', 1, '2026-02-01', '2026-02-01')`,
    `insert into contacts (client_id, name, role, birthday, decision_maker) values (1, '张伟', '市场总监', '1985-06-01', true)`,
    `insert into rate_card_roles (role, currency, rate, cost_rate, effective_from) values ('高级策划', 'CNY', 280000, 150000, '2026-01-01')`,
  ],
  3: [
    `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, margin_percent, created_at, updated_at)
     values (1, '发布会', 'CNY', '{}', 3, 3919818, 3723827, 223430, 3947257, 2352500, '36.8', '2026-03-01', '2026-03-01')`,
    `insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at) values (1, 1, '发布会提案', 'sent', '[]', '2026-03-01', '2026-03-01'),
       (1, 1, '已赢提案', 'won', '[]', '2026-03-02', '2026-03-03')`,
  ],
  4: [
    `insert into market_references (kind, name, currency, unit_price, unit, source, date, created_at, updated_at)
     values ('role', '高级策划', 'CNY', 250000, '人天', '2026 行业薪酬报告', '2026-03-01', '2026-04-01', '2026-04-01')`,
    `insert into quote_line_meta (quote_id, line_id, rate_card_role_id, card_rate, card_cost_rate, rate_reason) values (1, 'l1', 1, 280000, 150000, '客户指定资深人员')`,
  ],
  5: [
    `update clients set character_level = 'high', tags = '["成长型"]', related_sales = 500000 where id = 1`,
    `insert into visits (client_id, contact_id, visited_on, purpose, owner_id, created_at) values (1, 1, '2026-05-01', '季度回顾', 1, '2026-05-01')`,
    `insert into surveys (client_id, surveyed_on, dimensions, aspects, created_at) values (1, '2026-05-03', '{}', '{}', '2026-05-03')`,
  ],
  6: [
    `insert into branding (id, primary_color, latin_font, east_asia_font, use_template_styles, logo, updated_at, updated_by)
     values (1, '#1F4E79', 'Arial', 'Microsoft YaHei', false, '\\x89504e47', '2026-05-01T00:00:00.000Z', 1)`,
  ],
  7: [
    `insert into proposal_approvals (proposal_id, content_hash, snapshot, reasons, status, requested_by, requested_at, decided_by, decided_at, comment)
     values (1, '${'a'.repeat(64)}', '{}', '["margin_below_floor"]', 'approved', 1, '2026-07-01T00:00:00.000Z', 2, '2026-07-01T01:00:00.000Z', '同意')`,
    `insert into proposal_versions (proposal_id, number, snapshot, content_hash, currency, total, margin_percent, language, sent_at, sent_by, approval_id)
     values (1, 1, '{}', '${'a'.repeat(64)}', 'CNY', 3947257, '36.8', 'zh-CN', '2026-07-02T00:00:00.000Z', 1, 1)`,
  ],
  8: [
    `insert into search_docs (doc_key, kind, ref_id, title, body, client_id, status, amount, currency, date)
     values ('proposal:1', 'proposal', 1, '品牌发布会提案', '星河乳业 现状', 1, 'sent', 3947257, 'CNY', '2026-07-02')`,
  ],
  9: [
    `insert into saved_searches (user_id, name, query, filters, created_at) values (1, '价格原因丢单', '品牌', '{"sort":"newest"}', '2026-07-03T00:00:00.000Z')`,
  ],
  // Migration 017: outcome apart from archiving, exchange rates, visit signals.
  17: [
    `insert into exchange_rates (currency, rate_on, rate, created_at, created_by) values ('USD', '2026-08-01', '7.1', '2026-08-01', 1)`,
    `update visits set signals = '["perfunctory"]' where id = 1`,
  ],
};

type Rows = Record<string, unknown[]>;

async function rowsOf(db: Kysely<unknown>): Promise<Rows> {
  const { rows: tables } = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'workbench_schema'
      order by table_name collate "C"`.execute(db);
  const out: Rows = {};
  for (const { name } of tables)
    out[name] = (await sql`select * from ${sql.table(name)} t order by t::text collate "C"`.execute(db)).rows;
  return out;
}

describe('PostgreSQL migrations', () => {
  const open: { db: Kysely<unknown>; t: TestDatabase }[] = [];
  const fresh = async () => {
    const t = await createTestDatabase({ empty: true });
    const pool = new pg.Pool({ connectionString: t.ownerUrl, types: workbenchPgTypes });
    // As the app's own pool does (db/postgres/connection.ts): an idle connection the server ends
    // (the drop after each test terminates what is left) is dropped from the pool, not thrown.
    pool.on('error', () => {});
    const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool }) });
    open.push({ db, t });
    return db;
  };
  afterEach(async () => {
    for (const { db, t } of open.splice(0)) {
      await db.destroy();
      await t.drop();
    }
  });

  it('has a PostgreSQL form for every numbered migration', () => {
    expect(MIGRATIONS.every((m) => typeof m.postgres === 'function')).toBe(true);
  });

  for (let from = 1; from < LATEST_VERSION; from++) {
    it(`keeps every row of a version-${from} team database when migrating to ${LATEST_VERSION}`, async () => {
      const db = await fresh();
      await migratePostgres(db, { target: from });
      expect(await postgresSchemaVersion(db)).toBe(from);
      for (let v = 1; v <= from; v++) for (const stmt of DATA_AT[v] ?? []) await sql.raw(stmt).execute(db);
      const before = await rowsOf(db);
      const applied = await migratePostgres(db);
      expect(applied).toEqual(MIGRATIONS.filter((m) => m.version > from).map((m) => m.version));
      expect(await postgresSchemaVersion(db)).toBe(LATEST_VERSION);
      const after = await rowsOf(db);
      for (const [table, rows] of Object.entries(before)) {
        // The search index is derived data: migration 022 empties it for a rebuild at open (its own test below).
        if (table === 'search_docs') continue;
        expect(after[table]?.length, table).toBe(rows.length);
        rows.forEach((row, i) => expect(after[table]![i]).toMatchObject(row as object));
      }
      if (from < 10) {
        // Migration 010 froze the won proposal's figures from its quote.
        const won = (await sql`select won_net, won_cost, won_currency from proposals where status = 'won'`.execute(db))
          .rows;
        expect(won).toEqual(from >= 3 ? [{ won_net: 3723827, won_cost: 2352500, won_currency: 'CNY' }] : []);
      }
    });
  }

  it('017: a won project filed as archived before the upgrade is a win again, with its figures', async () => {
    const db = await fresh();
    await migratePostgres(db, { target: 16 });
    for (let v = 1; v <= 9; v++) for (const stmt of DATA_AT[v] ?? []) await sql.raw(stmt).execute(db);
    // Version 16: proposal 1 (sent) is won, then archived — the old trigger cleared its won figures.
    // Proposal 3 was lost and archived; proposal 4 was dropped as a draft and archived.
    await sql`update proposals set status = 'won', decided_at = '2026-08-01T00:00:00.000Z' where id = 1`.execute(db);
    await sql`update proposals set status = 'archived' where id = 1`.execute(db);
    const insert = async (quoteId: number | null, title: string) =>
      (
        await sql<{
          id: number;
        }>`insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at)
          values (1, ${quoteId}, ${title}, 'archived', '[]', '2026-03-01', '2026-03-01') returning id`.execute(db)
      ).rows[0]!.id;
    const lost = await insert(1, '丢单');
    const dropped = await insert(null, '草稿');
    const history = (id: number, at: string, from: string, to: string) =>
      sql`insert into proposal_status_history (proposal_id, at, user_id, from_status, to_status)
          values (${id}, ${at}, 1, ${from}, ${to})`.execute(db);
    await history(1, '2026-08-01T00:00:00.000Z', 'negotiating', 'won');
    await history(1, '2026-09-01T00:00:00.000Z', 'won', 'archived');
    await history(lost, '2026-04-01T00:00:00.000Z', 'negotiating', 'lost');
    await history(lost, '2026-05-01T00:00:00.000Z', 'lost', 'archived');
    await history(dropped, '2026-04-01T00:00:00.000Z', 'draft', 'archived');
    expect((await sql`select won_net from proposals where id = 1`.execute(db)).rows).toEqual([{ won_net: null }]);

    await migratePostgres(db, { target: 17 });
    const rows = await sql`select id, status, outcome, won_net, won_cost, won_currency from proposals
        where id in (${1}, ${lost}, ${dropped}) order by id`.execute(db);
    expect(rows.rows).toEqual([
      { id: 1, status: 'archived', outcome: 'won', won_net: 3723827, won_cost: 2352500, won_currency: 'CNY' },
      { id: lost, status: 'archived', outcome: 'lost', won_net: null, won_cost: null, won_currency: null },
      { id: dropped, status: 'archived', outcome: null, won_net: null, won_cost: null, won_currency: null },
    ]);
    // From now on the outcome follows the status: won sets it and its figures, archiving keeps
    // them, reopening clears them.
    await sql`update proposals set status = 'negotiating' where id = 1`.execute(db);
    expect((await sql`select outcome, won_net from proposals where id = 1`.execute(db)).rows).toEqual([
      { outcome: null, won_net: null },
    ]);
    await sql`update proposals set status = 'won' where id = 1`.execute(db);
    await sql`update proposals set status = 'archived' where id = 1`.execute(db);
    expect((await sql`select outcome, won_net from proposals where id = 1`.execute(db)).rows).toEqual([
      { outcome: 'won', won_net: 3723827 },
    ]);
  });

  it('hub indexes: the four indexes of Home, the client hub and the audit filters are there, every row kept', async () => {
    const v = m018HubIndexes.version;
    const db = await fresh();
    await migratePostgres(db, { target: v - 1 });
    for (let i = 1; i < v; i++) for (const stmt of DATA_AT[i] ?? []) await sql.raw(stmt).execute(db);
    const names = async () =>
      (
        await sql<{ indexname: string }>`select indexname from pg_indexes
          where indexname in ('visits_visited_on', 'proposal_versions_sent_at', 'audit_log_action', 'audit_log_entity')
          order by indexname`.execute(db)
      ).rows.map((r) => r.indexname);
    expect(await names()).toEqual([]);
    await migratePostgres(db, { target: v });
    expect(await names()).toEqual([
      'audit_log_action',
      'audit_log_entity',
      'proposal_versions_sent_at',
      'visits_visited_on',
    ]);
    expect((await sql`select count(*)::int as n from visits`.execute(db)).rows).toEqual([{ n: 1 }]);
  });

  it('022: the search vectors move to their own narrow table; the index is emptied, so the next open rebuilds it', async () => {
    const db = await fresh();
    const v = m022SearchVectors.version;
    await migratePostgres(db, { target: v - 1 });
    for (let i = 1; i < v; i++) for (const stmt of DATA_AT[i] ?? []) await sql.raw(stmt).execute(db);
    await sql`update search_docs set tsv = '品牌:1A'::tsvector`.execute(db);
    expect((await sql`select count(*)::int as n from search_docs`.execute(db)).rows).toEqual([{ n: 1 }]);
    await migratePostgres(db, { target: v });
    // Emptied: searchIndexNeedsRebuild sees an empty index while quotes and proposals exist
    // (search-rebuild.test.ts shows the rebuild filling search_vectors).
    expect((await sql`select count(*)::int as n from search_docs`.execute(db)).rows).toEqual([{ n: 0 }]);
    const columns = await sql<{ table_name: string; column_name: string }>`select table_name, column_name
        from information_schema.columns where table_name in ('search_docs', 'search_vectors')
        and column_name in ('id', 'tsv') order by table_name, column_name`.execute(db);
    expect(columns.rows).toEqual([
      { table_name: 'search_docs', column_name: 'id' },
      { table_name: 'search_vectors', column_name: 'id' },
      { table_name: 'search_vectors', column_name: 'tsv' },
    ]);
    const options = await sql<{
      reloptions: string[];
    }>`select reloptions from pg_class where relname = 'search_vectors'`.execute(db);
    expect(options.rows[0]!.reloptions).toEqual(['toast_tuple_target=128']);
    // lz4 on the servers this is tested with (Debian's PostgreSQL is built with it).
    const compression = await sql<{ c: string }>`select attcompression as c from pg_attribute
        where attrelid = 'search_vectors'::regclass and attname = 'tsv'`.execute(db);
    expect(compression.rows).toEqual([{ c: 'l' }]);
    expect((await sql`select count(*)::int as n from proposals`.execute(db)).rows).toEqual([{ n: 2 }]);
  });

  it('020: the analytics data version starts on a database with data and moves once per statement the analytics read', async () => {
    const db = await fresh();
    const target = m020AnalyticsVersion.version;
    await migratePostgres(db, { target: target - 1 });
    for (let v = 1; v < target; v++) for (const stmt of DATA_AT[v] ?? []) await sql.raw(stmt).execute(db);
    await migratePostgres(db, { target });
    const version = async () =>
      Number((await sql<{ n: string }>`select n from analytics_version`.execute(db)).rows[0]!.n);
    expect(await version()).toBe(0);
    await sql`update quotes set net = net`.execute(db);
    expect(await version()).toBe(1);
    await sql`insert into exchange_rates (currency, rate_on, rate, created_at, created_by) values ('HKD', '2026-08-01', '0.91', '2026-08-01', 1)`.execute(
      db,
    );
    await sql`delete from visits`.execute(db);
    expect(await version()).toBe(3);
    await sql`insert into audit_log (at, user_id, action) values ('2026-09-01T00:00:00.000Z', 1, 'x')`.execute(db);
    expect(await version()).toBe(3);
  });

  it('021: each statement that moves the analytics data version marks the clients it touched (0: every client)', async () => {
    const db = await fresh();
    const target = m021AnalyticsDirty.version;
    await migratePostgres(db, { target: target - 1 });
    for (let v = 1; v < target; v++) for (const stmt of DATA_AT[v] ?? []) await sql.raw(stmt).execute(db);
    await migratePostgres(db, { target });
    const version = async () =>
      Number((await sql<{ n: string }>`select n from analytics_version`.execute(db)).rows[0]!.n);
    const marks = async () =>
      (
        await sql<{
          client_id: string;
          n: string;
        }>`select client_id, n from analytics_dirty order by client_id`.execute(db)
      ).rows.map((r) => ({ client_id: Number(r.client_id), n: Number(r.n) }));
    const start = await version();
    expect(await marks()).toEqual([]);
    const quote = (await sql<{ client_id: number }>`select client_id from quotes where id = 1`.execute(db)).rows[0]!;
    await sql`update quotes set net = net where id = 1`.execute(db);
    expect(await marks()).toEqual([{ client_id: Number(quote.client_id), n: start + 1 }]);
    await sql`insert into exchange_rates (currency, rate_on, rate, created_at, created_by) values ('HKD', '2026-08-01', '0.91', '2026-08-01', 1)`.execute(
      db,
    );
    expect(await marks()).toContainEqual({ client_id: 0, n: start + 2 });
    await sql`update quotes set net = net where id = 1`.execute(db);
    expect(await marks()).toContainEqual({ client_id: Number(quote.client_id), n: start + 3 });
    // A statement that changed no row, and a table the analytics do not read, mark nothing.
    await sql`update quotes set net = net where id = -1`.execute(db);
    await sql`insert into audit_log (at, user_id, action) values ('2026-09-01T00:00:00.000Z', 1, 'x')`.execute(db);
    expect(await version()).toBe(start + 3);
    expect(await marks()).toHaveLength(2);
  });

  it('runs each step once when two servers migrate at the same time', async () => {
    const db = await fresh();
    const [a, b] = await Promise.all([migratePostgres(db), migratePostgres(db)]);
    expect([...a, ...b].sort((x, y) => x - y)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await postgresSchemaVersion(db)).toBe(LATEST_VERSION);
  });

  it('rolls a failed migration back whole, leaving the version before', async () => {
    const db = await fresh();
    await migratePostgres(db, { target: 1 });
    const broken: Migration[] = [
      MIGRATIONS[0]!,
      {
        version: 2,
        name: 'fails halfway',
        up: () => Promise.reject(new Error('not used on PostgreSQL')),
        async postgres(trx) {
          await sql`create table half_done (id integer)`.execute(trx);
          throw new Error('disk full');
        },
      },
    ];
    await expect(migratePostgres(db, { migrations: broken })).rejects.toThrow('disk full');
    expect(await postgresSchemaVersion(db)).toBe(1);
    expect((await sql`select to_regclass('public.half_done') as t`.execute(db)).rows).toEqual([{ t: null }]);
  });

  it('refuses a database written by a newer build', async () => {
    const db = await fresh();
    await migratePostgres(db);
    await sql`update workbench_schema set version = ${LATEST_VERSION + 1}`.execute(db);
    await expect(migratePostgres(db)).rejects.toThrow(/newer|Update the app/);
  });
});
