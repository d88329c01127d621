import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type SqliteStore as Store } from '../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../electron/core/db/migrate';
import { LATEST_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { m011Evidence } from '../../electron/core/db/migrations/011_evidence';
import { m018HubIndexes } from '../../electron/core/db/migrations/018_hub_indexes';
import { m020AnalyticsVersion } from '../../electron/core/db/migrations/020_analytics_version';
import { m021AnalyticsDirty } from '../../electron/core/db/migrations/021_analytics_dirty';

/**
 * Rows a workspace could hold at each schema version, written with plain SQL of that version
 * (not today's repositories), so a later migration is tested against real data of the one before.
 */
const DATA_AT: Record<number, string[]> = {
  1: [
    `insert into workspace_settings (id, company_name, currency, document_language, difficulty_multipliers, hours_per_day, tax_percent, margin_floor_percent, initialized_at)
     values (1, '星火传播', 'CNY', 'zh-CN', '{"1":"0.90","2":"1.00","3":"1.15","4":"1.30","5":"1.50"}', '8', '6', '30', '2026-01-01T00:00:00.000Z')`,
    `insert into users (name, role, created_at) values ('王经理', 'admin', '2026-01-01T00:00:00.000Z'), ('李财务', 'finance', '2026-01-02T00:00:00.000Z')`,
    `insert into audit_log (at, user_id, action) values ('2026-01-01T00:00:00.000Z', 1, 'workspace.setup')`,
  ],
  2: [
    `insert into clients (name, industry, owner_id, created_at, updated_at) values ('星河乳业', '快消', 1, '2026-02-01', '2026-02-01')`,
    `insert into contacts (client_id, name, role, birthday, decision_maker) values (1, '张伟', '市场总监', '1985-06-01', 1)`,
    `insert into rate_card_roles (role, currency, rate, cost_rate, effective_from) values ('高级策划', 'CNY', 280000, 150000, '2026-01-01')`,
  ],
  3: [
    `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, margin_percent, created_at, updated_at)
     values (1, '发布会', 'CNY', '{}', 3, 3919818, 3723827, 223430, 3947257, 2352500, '36.8', '2026-03-01', '2026-03-01')`,
    `insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at) values (1, 1, '发布会提案', 'sent', '[]', '2026-03-01', '2026-03-01')`,
  ],
  4: [
    `insert into market_references (kind, name, currency, unit_price, unit, source, date, created_at, updated_at)
     values ('role', '高级策划', 'CNY', 250000, '人天', '2026 行业薪酬报告', '2026-03-01', '2026-04-01', '2026-04-01')`,
    `insert into quote_line_meta (quote_id, line_id, rate_card_role_id, card_rate, card_cost_rate, rate_reason)
     values (1, 'l1', 1, 280000, 150000, '客户指定资深人员')`,
    `insert into quote_drafts (quote_id, session_id, user_id, base_revision, state, saved_at)
     values (1, 'tab-1', 1, 1, '{}', '2026-04-01T00:00:00.000Z')`,
  ],
  5: [
    `update clients set character_level = 'high', professionalism_level = 'low', tags = '["成长型"]', related_sales = 500000 where id = 1`,
    `insert into client_dates (client_id, label, date) values (1, '品牌周年庆', '2015-12-01')`,
    `insert into visits (client_id, contact_id, visited_on, purpose, owner_id, created_at) values (1, 1, '2026-05-01', '季度回顾', 1, '2026-05-01')`,
    `insert into complaints (client_id, received_on, received_by, responder_id, severity, description, created_at) values (1, '2026-05-02', '王经理', 1, 'high', '物料延误', '2026-05-02')`,
    `insert into surveys (client_id, surveyed_on, dimensions, aspects, created_at) values (1, '2026-05-03', '{}', '{}', '2026-05-03')`,
    `insert into key_accounts (client_id, added_at, added_by, add_reason) values (1, '2026-05-04', 1, '利润贡献高')`,
    `insert into client_settings (id, data, updated_at, updated_by) values (1, '{"dozingDays":60}', '2026-05-05', 1)`,
  ],
  6: [
    `insert into branding (id, primary_color, latin_font, east_asia_font, use_template_styles, logo, logo_file_name, logo_mime_type, logo_width, logo_height, updated_at, updated_by)
     values (1, '#1F4E79', 'Arial', 'Microsoft YaHei', 0, x'89504e47', 'logo.png', 'image/png', 120, 40, '2026-05-01T00:00:00.000Z', 1)`,
  ],
  7: [
    `update proposals set pre_communication = '{"date":"2026-07-01","channel":"meeting","withWhom":"张伟","costAgreed":"预算内","disputedPoints":""}', revision = 2 where id = 1`,
    `insert into proposal_status_history (proposal_id, at, user_id, from_status, to_status, version) values (1, '2026-07-02T00:00:00.000Z', 1, 'pre_communicated', 'sent', 1)`,
    `insert into proposal_approvals (proposal_id, content_hash, snapshot, reasons, status, requested_by, requested_at, decided_by, decided_at, comment)
     values (1, '${'a'.repeat(64)}', '{}', '["margin_below_floor"]', 'approved', 1, '2026-07-01T00:00:00.000Z', 2, '2026-07-01T01:00:00.000Z', '同意')`,
    `insert into proposal_versions (proposal_id, number, snapshot, content_hash, currency, total, margin_percent, language, sent_at, sent_by, approval_id)
     values (1, 1, '{}', '${'a'.repeat(64)}', 'CNY', 3947257, '36.8', 'zh-CN', '2026-07-02T00:00:00.000Z', 1, 1)`,
    `insert into proposal_version_assets (sha256, bytes) values ('${'b'.repeat(64)}', x'89504e47')`,
    `insert into proposal_templates (name, sections, created_by, created_at) values ('标准模板', '[]', 1, '2026-07-01T00:00:00.000Z')`,
    `insert into content_blocks (kind, title, blocks, created_by, created_at, updated_at) values ('terms', '标准条款', '[]', 1, '2026-07-01T00:00:00.000Z', '2026-07-01T00:00:00.000Z')`,
    `insert into proposal_settings (id, discount_limit_percent, self_check_threshold) values (1, '10', 3)`,
  ],
  8: [
    `insert into search_docs (id, doc_key, kind, ref_id, title, body, client_id, status, amount, currency, date)
     values (1, 'proposal:1', 'proposal', 1, '品牌发布会提案', '星河乳业 现状', 1, 'sent', 3947257, 'CNY', '2026-07-02')`,
    `insert into search_fts (rowid, title_grams, body_grams, title_uni, body_uni) values (1, '品牌 牌发 发布 布会 会提 提案', '星河 河乳 乳业 现状', '品 牌 发 布 会 提 案', '星 河 乳 业 现 状')`,
  ],
  10: [
    `insert into quotes (client_id, title, currency, document, line_count, subtotal, net, tax, total, cost, margin_percent, owner_id, created_at, updated_at)
     values (1, '年度框架', 'CNY', '{}', 1, 100000, 100000, 6000, 106000, 50000, '50.0', 1, '2026-08-01', '2026-08-01')`,
    `insert into proposals (client_id, quote_id, title, status, sections, owner_id, created_at, updated_at) values (1, 2, '年度框架提案', 'won', '[]', 1, '2026-08-01', '2026-08-02')`,
    `insert into clients (name, industry, owner_id, created_at, updated_at) values ('云帆科技', '科技', 1, '2026-02-01', '2026-02-01')`,
    `insert into proposals (client_id, quote_id, title, status, sections, decided_at, created_at, updated_at) values (1, 1, '年度框架', 'won', '[]', '2026-08-01', '2026-07-01', '2026-08-01')`,
  ],
  // Migration 013: collection and cost to serve.
  13: [
    `insert into payment_plans (proposal_id, currency, total, created_at, updated_at) values (2, 'CNY', 3947257, '2026-08-02', '2026-08-02')`,
    `insert into payment_milestones (proposal_id, position, label, percent, amount, trigger, trigger_days, trigger_on, invoice_number, invoiced_on)
     values (2, 1, '预付款', '50', 1973629, 'signing', 7, '2026-08-01', 'INV-1', '2026-08-02'),
            (2, 2, '尾款', '50', 1973628, 'completion', 30, null, null, null)`,
    `insert into payment_receipts (milestone_id, received_on, amount, created_at) values (1, '2026-08-05', 1000000, '2026-08-05')`,
    `insert into cost_to_serve (client_id, proposal_id, on_date, kind, role, unit, quantity, hours_per_day, currency, cost_rate, cost, created_at)
     values (1, 1, '2026-08-03', 'pitch', '高级策划', 'days', 6000, '8', 'CNY', 150000, 900000, '2026-08-03')`,
    `update proposals set win_probability = '70', win_probability_reason = '客户口头确认', expected_decision_month = '2026-09' where id = 1`,
  ],
  9: [
    `insert into saved_searches (user_id, name, query, filters, created_at) values (1, '价格原因丢单', '品牌', '{"filters":{"lostReason":"price"},"sort":"newest"}', '2026-07-03T00:00:00.000Z')`,
  ],
  16: [
    `insert into proposal_drafts (proposal_id, session_id, user_id, base_revision, state, saved_at)
     values (1, 'tab-1', 1, 2, '{}', '2026-08-01T00:00:00.000Z')`,
  ],
  // Migration 017: outcome apart from archiving, exchange rates, visit signals.
  17: [
    `insert into exchange_rates (currency, rate_on, rate, created_at, created_by) values ('USD', '2026-08-01', '7.1', '2026-08-01', 1)`,
    `update visits set signals = '["perfunctory"]' where id = 1`,
  ],
};

function rowsOf(store: Store): Record<string, unknown[]> {
  const tables = store.sqlite
    .prepare(
      // FTS5's WITHOUT ROWID shadow tables have no rowid to order by (and hold only derived data).
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like '%WITHOUT ROWID%' order by name",
    )
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [name, store.sqlite.prepare(`select * from "${name}" order by rowid`).all()]),
  );
}

describe('migrations', () => {
  const dirs: string[] = [];
  const fresh = () => {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-mig-'));
    dirs.push(dir);
    return openStore(join(dir, 'w.db'));
  };
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('numbers the migrations 1..N with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
  });

  for (let from = 1; from < LATEST_VERSION; from++) {
    it(`keeps every row of a version-${from} workspace when migrating to ${LATEST_VERSION}`, async () => {
      const store = fresh();
      await migrate(store.db, store.sqlite, from);
      expect(schemaVersion(store.sqlite)).toBe(from);
      for (let v = 1; v <= from; v++) for (const stmt of DATA_AT[v] ?? []) store.sqlite.exec(stmt);
      const before = rowsOf(store);

      const applied = await migrate(store.db, store.sqlite);
      expect(applied).toEqual(MIGRATIONS.filter((m) => m.version > from).map((m) => m.version));
      expect(schemaVersion(store.sqlite)).toBe(LATEST_VERSION);
      const after = rowsOf(store);
      for (const [table, rows] of Object.entries(before)) {
        expect(after[table]?.length, table).toBe(rows.length);
        // Columns added later may appear; the old ones keep their values.
        rows.forEach((row, i) => expect(after[table]![i]).toMatchObject(row as object));
      }
      expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
      await store.close();
    });
  }

  it('audit log append-only + free-line limit: keeps the entries and rules of the version before, then refuses edits', async () => {
    // By its version, not its number in the file name: a renumbering at merge time changes one line.
    const v = m011Evidence.version;
    const store = fresh();
    await migrate(store.db, store.sqlite, v - 1);
    for (let i = 1; i < v; i++) for (const stmt of DATA_AT[i] ?? []) store.sqlite.exec(stmt);
    const audit = store.sqlite.prepare('select * from audit_log order by id').all();
    store.sqlite.exec(`update audit_log set action = 'edited before' where id = 1`); // allowed before
    await migrate(store.db, store.sqlite, v);
    expect(store.sqlite.prepare('select action from audit_log').all()).toEqual([{ action: 'edited before' }]);
    expect(audit).toHaveLength(1);
    expect(store.sqlite.prepare('select * from proposal_settings').get()).toMatchObject({
      discount_limit_percent: '10',
      self_check_threshold: 3,
      free_line_cost_percent: '5',
    });
    expect(() => store.sqlite.exec(`update audit_log set action = 'x'`)).toThrow(/append-only/);
    expect(() => store.sqlite.exec('delete from audit_log')).toThrow(/append-only/);
    expect(() =>
      store.sqlite.exec(`insert or replace into audit_log (id, at, action) values (1, '2026-01-01', 'forged')`),
    ).toThrow(/append-only/);
    store.sqlite.exec(`insert into audit_log (at, action) values ('2026-12-01T00:00:00.000Z', 'appended')`);
    expect(store.sqlite.prepare('select count(*) n from audit_log').get()).toEqual({ n: 2 });
    await store.close();
  });

  it('013: the agency fee defaults to 0 on an existing workspace, templates 50/50 and 30/40/30 are there, and a receipt cannot pass what is due', async () => {
    const store = fresh();
    await migrate(store.db, store.sqlite, 10);
    for (let v = 1; v <= 10; v++) for (const stmt of DATA_AT[v] ?? []) store.sqlite.exec(stmt);
    await migrate(store.db, store.sqlite);
    expect(store.sqlite.prepare('select agency_fee_percent from workspace_settings').get()).toEqual({
      agency_fee_percent: '0',
    });
    expect(store.sqlite.prepare('select name from payment_templates order by position').all()).toEqual([
      { name: '50/50' },
      { name: '30/40/30' },
    ]);
    for (const stmt of DATA_AT[13]!) store.sqlite.exec(stmt);
    // 1,000,000 of 1,973,629 received: 973,629 more fits, one fen more does not.
    const insert = store.sqlite.prepare(
      `insert into payment_receipts (milestone_id, received_on, amount, created_at) values (1, '2026-08-06', ?, '2026-08-06')`,
    );
    expect(() => insert.run(973630)).toThrow(/exceed the amount due/);
    insert.run(973629);
    expect(() => store.sqlite.exec('update payment_milestones set amount = 1 where id = 1')).toThrow(
      /below what was received/,
    );
    await store.close();
  });

  it('015 adds a password hash column, empty for every existing user (they act as before until an admin sets one)', async () => {
    const store = fresh();
    await migrate(store.db, store.sqlite, 10);
    for (let v = 1; v <= 10; v++) for (const stmt of DATA_AT[v] ?? []) store.sqlite.exec(stmt);
    await migrate(store.db, store.sqlite);
    expect(store.sqlite.prepare('select name, role, active, password_hash from users order by id').all()).toEqual([
      { name: '王经理', role: 'admin', active: 1, password_hash: null },
      { name: '李财务', role: 'finance', active: 1, password_hash: null },
    ]);
    await store.close();
  });

  it('017: a won project filed as archived before the upgrade is a win again, with its figures', async () => {
    const store = fresh();
    await migrate(store.db, store.sqlite, 16);
    for (let v = 1; v <= 10; v++) for (const stmt of DATA_AT[v] ?? []) store.sqlite.exec(stmt);
    // Version 16: proposal 1 (sent) is won, then archived — the old trigger cleared its won figures.
    // Proposal 2 was lost and archived; proposal 3 was dropped as a draft and archived.
    store.sqlite.exec(`update proposals set status = 'won', decided_at = '2026-08-01T00:00:00.000Z' where id = 1`);
    store.sqlite.exec(`update proposals set status = 'archived' where id = 1`);
    const insert = store.sqlite
      .prepare(`insert into proposals (client_id, quote_id, title, status, sections, created_at, updated_at)
                       values (1, ?, ?, 'archived', '[]', '2026-03-01', '2026-03-01')`);
    const lost = Number(insert.run(1, '丢单').lastInsertRowid);
    const dropped = Number(insert.run(null, '草稿').lastInsertRowid);
    const history = store.sqlite.prepare(
      `insert into proposal_status_history (proposal_id, at, user_id, from_status, to_status) values (?, ?, 1, ?, ?)`,
    );
    history.run(1, '2026-08-01T00:00:00.000Z', 'negotiating', 'won');
    history.run(1, '2026-09-01T00:00:00.000Z', 'won', 'archived');
    history.run(lost, '2026-04-01T00:00:00.000Z', 'negotiating', 'lost');
    history.run(lost, '2026-05-01T00:00:00.000Z', 'lost', 'archived');
    history.run(dropped, '2026-04-01T00:00:00.000Z', 'draft', 'archived');
    expect(store.sqlite.prepare('select won_net from proposals where id = 1').get()).toEqual({ won_net: null });

    await migrate(store.db, store.sqlite, 17);
    const rows = store.sqlite
      .prepare(
        'select id, status, outcome, won_net, won_cost, won_currency from proposals where id in (?, ?, ?) order by id',
      )
      .all(1, lost, dropped);
    expect(rows).toEqual([
      { id: 1, status: 'archived', outcome: 'won', won_net: 3723827, won_cost: 2352500, won_currency: 'CNY' },
      { id: lost, status: 'archived', outcome: 'lost', won_net: null, won_cost: null, won_currency: null },
      { id: dropped, status: 'archived', outcome: null, won_net: null, won_cost: null, won_currency: null },
    ]);
    // From now on archiving keeps the outcome and its figures; reopening clears them.
    store.sqlite.exec(`update proposals set status = 'negotiating' where id = 1`);
    expect(store.sqlite.prepare('select outcome, won_net from proposals where id = 1').get()).toEqual({
      outcome: null,
      won_net: null,
    });
    await store.close();
  });

  it('hub indexes: the audit trail filtered by object and Home’s visits this week go through an index', async () => {
    // By its version, not its number in the file name: a renumbering at merge time changes one line.
    const v = m018HubIndexes.version;
    const store = fresh();
    await migrate(store.db, store.sqlite, v - 1);
    for (let i = 1; i < v; i++) for (const stmt of DATA_AT[i] ?? []) store.sqlite.exec(stmt);
    const plan = (q: string) => JSON.stringify(store.sqlite.prepare(`explain query plan ${q}`).all());
    const byObject = `select id from audit_log where entity = 'proposal' and entity_id = '1'`;
    const thisWeek = `select id from visits where visited_on between '2026-05-01' and '2026-05-07'`;
    expect(plan(byObject)).not.toContain('audit_log_entity');
    await migrate(store.db, store.sqlite, v);
    expect(plan(byObject)).toContain('audit_log_entity');
    expect(plan(thisWeek)).toContain('visits_visited_on');
    expect(store.sqlite.prepare('select count(*) n from visits').get()).toEqual({ n: 1 });
    await store.close();
  });

  it('020: the analytics data version starts on a workspace with data and moves with each write the analytics read', async () => {
    const store = fresh();
    const target = m020AnalyticsVersion.version;
    await migrate(store.db, store.sqlite, target - 1);
    for (let v = 1; v < target; v++) for (const stmt of DATA_AT[v] ?? []) store.sqlite.exec(stmt);
    await migrate(store.db, store.sqlite, target);
    const version = () => (store.sqlite.prepare('select n from analytics_version').get() as { n: number }).n;
    expect(version()).toBe(0);
    store.sqlite.exec(`update quotes set net = net where id = 1`);
    expect(version()).toBe(1);
    store.sqlite.exec(
      `insert into exchange_rates (currency, rate_on, rate, created_at, created_by) values ('HKD', '2026-08-01', '0.91', '2026-08-01', 1)`,
    );
    store.sqlite.exec(`delete from visits where id = 1`);
    expect(version()).toBe(3);
    // A table the analytics do not read moves nothing.
    store.sqlite.exec(`insert into audit_log (at, user_id, action) values ('2026-09-01T00:00:00.000Z', 1, 'x')`);
    expect(version()).toBe(3);
    await store.close();
  });

  it('021: each move of the analytics data version marks the clients it touched (0: every client)', async () => {
    const store = fresh();
    const target = m021AnalyticsDirty.version;
    await migrate(store.db, store.sqlite, target - 1);
    for (let v = 1; v < target; v++) for (const stmt of DATA_AT[v] ?? []) store.sqlite.exec(stmt);
    await migrate(store.db, store.sqlite, target);
    const one = <T>(q: string) => store.sqlite.prepare(q).get() as T;
    const marks = () => store.sqlite.prepare('select client_id, n from analytics_dirty order by client_id').all();
    const start = one<{ n: number }>('select n from analytics_version').n;
    expect(marks()).toEqual([]);
    const quote = one<{ client_id: number }>('select client_id from quotes where id = 1');
    store.sqlite.exec(`update quotes set net = net where id = 1`);
    expect(marks()).toEqual([{ client_id: quote.client_id, n: start + 1 }]);
    store.sqlite.exec(
      `insert into exchange_rates (currency, rate_on, rate, created_at, created_by) values ('HKD', '2026-08-01', '0.91', '2026-08-01', 1)`,
    );
    expect(marks()).toContainEqual({ client_id: 0, n: start + 2 });
    // The same client again: its mark moves to the newer version.
    store.sqlite.exec(`update quotes set net = net where id = 1`);
    expect(marks()).toContainEqual({ client_id: quote.client_id, n: start + 3 });
    // A table the analytics do not read marks nothing.
    store.sqlite.exec(`insert into audit_log (at, user_id, action) values ('2026-09-01T00:00:00.000Z', 1, 'x')`);
    expect(one<{ n: number }>('select n from analytics_version').n).toBe(start + 3);
    expect(marks()).toHaveLength(2);
    await store.close();
  });

  it('rolls a failed migration back whole, leaving the version before', async () => {
    const store = fresh();
    await migrate(store.db, store.sqlite, 1);
    const broken = [
      ...MIGRATIONS.slice(0, 1),
      {
        version: 2,
        name: 'fails halfway',
        async up(db: Parameters<(typeof MIGRATIONS)[number]['up']>[0]) {
          await db.schema.createTable('half_done').addColumn('id', 'integer').execute();
          throw new Error('disk full');
        },
        async postgres() {
          throw new Error('not used on a file');
        },
      },
    ];
    await expect(migrate(store.db, store.sqlite, 2, broken)).rejects.toThrow('disk full');
    expect(schemaVersion(store.sqlite)).toBe(1);
    expect(store.sqlite.prepare("select count(*) n from sqlite_master where name = 'half_done'").get()).toEqual({
      n: 0,
    });
    await store.close();
  });

  it('refuses a workspace from a newer version of the app', async () => {
    const store = fresh();
    store.sqlite.pragma(`user_version = ${LATEST_VERSION + 1}`);
    await expect(migrate(store.db, store.sqlite)).rejects.toThrow(/newer|Update the app/);
    await store.close();
  });

  it('opens with WAL, foreign keys and a busy timeout', () => {
    const store = fresh();
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(store.sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });
});
