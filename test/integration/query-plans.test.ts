import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallName } from '@shared/contract';
import { fullScans, recordQueries, unindexedForeignKeys, type RecordedQuery } from './support/query-plans';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';
import { openTestCore, type TestCore, sqliteOf } from './support/core';

/**
 * Tables that grow with the agency's history (thousands to hundreds of thousands of rows). A query
 * that filters one of them must find its rows through an index; reading the whole table is what
 * made the search index upkeep quadratic (a `SCAN proposals` per quote write).
 */
const LARGE = new Set([
  'clients',
  'contacts',
  'client_dates',
  'visits',
  'complaints',
  'surveys',
  'quotes',
  'quote_line_meta',
  'quote_drafts',
  'proposals',
  'proposal_status_history',
  'proposal_approvals',
  'proposal_versions',
  'audit_log',
  'search_docs',
  'saved_searches',
]);

/**
 * Statements that read a whole large table on purpose, each with why: a whole-workspace job or a
 * list whose every row is the answer. Matched by a fragment of their SQL.
 */
const WHOLE_TABLE_READS: { fragment: RegExp; why: string }[] = [
  { fragment: /^select \* from "\w+" order by rowid$/, why: 'workspace archive and backups: every row is the answer' },
  {
    fragment:
      /from "clients" left join "users" on "users"\."id" = "clients"\."owner_id".* order by "clients"\."name"$/s,
    why: 'the client list shows every client',
  },
  { fragment: /^select "id", "name" from "clients" order by "name"$/, why: 'the archive filter offers every client' },
  {
    fragment:
      /^select "id", "name", "status", "character_level", "professionalism_level", "related_sales", "created_at" from "clients" order by "id"$/,
    why: 'account analytics rank every client',
  },
  {
    fragment: /^select .* from "(contacts|client_dates)" inner join "clients" (?!.*"clients"\."id" = \?)/s,
    why: 'the care calendar recurs on every birthday and client date (month and day, any year): no index narrows that',
  },
  { fragment: /^select count\(\*\) as "n" from "\w+"$/, why: 'the workspace status counts every row' },
  {
    fragment:
      /group by "?(p\.)?client_id"?|^select distinct "client_id" from "contacts"|^select "client_id", "dimensions" from "surveys"/,
    why: 'account analytics aggregate every client’s history (the reason issue 18 keeps them in the write path)',
  },
  {
    fragment:
      /^select "quotes"\."id", "quotes"\."title", "quotes"\."client_id" as "clientId"|^select "proposals"\."id", "proposals"\."title", ("proposals"\."client_id" as "clientId", )?"clients"\."name" as "clientName"/,
    why: 'the quote and proposal lists show every row (unfiltered example call)',
  },
  { fragment: /^\s*select p\.id, p\.client_id, c\.name as client_name/, why: 'pipeline analytics read every proposal' },
  {
    fragment:
      /^select "id", "document", "subtotal", "discount", "net", "tax", "total", "cost", "margin_percent", "deviation_percent" from "quotes"$/,
    why: 'a changed workspace default recomputes every quote that inherits it: each document must be read to know',
  },
  {
    fragment: /json_each\(v\.signals\)[\s\S]*group by v\.client_id/,
    why: 'account analytics count every client’s churn signals over the period',
  },
  {
    fragment: /from "audit_log" left join "users" .* order by "audit_log"\."id" desc limit \? offset \?$/s,
    why: 'the newest N in rowid order: the scan stops after N rows',
  },
  {
    fragment:
      /from "proposal_versions" .* order by "proposal_versions"\."sent_at" desc, "proposal_versions"\."id" desc limit \?$/s,
    why: 'Home’s recent sends, the newest N through the sent_at index: the scan stops after N rows',
  },
  {
    fragment: /^select "id" from "(rate_card_roles|clients|quotes|proposal_versions)" limit \?$/,
    why: 'Home’s getting-started checklist asks whether a table holds any row: the first row answers',
  },
];

/** Handlers that replace or wipe the workspace run last, so the others see the demo data. */
const LAST: CallName[] = ['clients.delete', 'quotes.delete', 'backups.restore', 'workspace.importArchive'];

describe('query plans of every repository query', () => {
  let t: TestCore;
  let queries: RecordedQuery[];
  beforeAll(async () => {
    t = await openTestCore();
    await t.ok('workspace.setup', { mode: 'demo', adminName: '王经理', companyName: '星火传播', language: 'zh-CN' });
    const recorder = recordQueries(sqliteOf(t.core));
    const names = (Object.keys(contract) as CallName[]).filter((n) => !LAST.includes(n));
    // Every handler with a valid call, over the demo agency; a refusal (a duplicate name, an id
    // the demo lacks) still runs the lookups before it.
    // As the workspace's admin (the core refuses a call without an acting user's role).
    for (const name of [...names, ...LAST]) await t.core.call(name, FUZZ_EXAMPLES[name], { userId: 1, lang: 'en' });
    recorder.stop();
    queries = [...recorder.queries.values()];
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('collected the queries of the handlers (hundreds of distinct statements)', () => {
    expect(queries.length).toBeGreaterThan(150);
    expect(queries.some((q) => /"proposals"|\bproposals\b/.test(q.sql))).toBe(true);
  });

  it('no query filters a large table by reading all of it', () => {
    const scans = fullScans(sqliteOf(t.core), queries, LARGE).filter(
      (s) => !WHOLE_TABLE_READS.some((w) => w.fragment.test(s.sql)),
    );
    expect(scans.map((s) => `${s.detail} ← ${s.sql.replace(/\s+/g, ' ').slice(0, 200)}`)).toEqual([]);
  });

  it('every foreign key of a large table leads an index (a parent row’s delete looks its children up)', () => {
    expect(unindexedForeignKeys(sqliteOf(t.core), LARGE)).toEqual([]);
  });

  it('the check fails on a query that scans a large table without an index', () => {
    const sqlite = sqliteOf(t.core);
    const bad = [
      { sql: 'select id from proposals where title = ?', args: ['x'] },
      { sql: 'select q.id from "quotes" as "q" where "q"."title" like ?', args: ['%x%'] },
    ];
    expect(fullScans(sqlite, bad, LARGE).map((s) => [s.table, s.detail])).toEqual([
      ['proposals', 'SCAN proposals'],
      ['quotes', 'SCAN q'],
    ]);
    // The same lookup by an indexed column passes.
    expect(fullScans(sqlite, [{ sql: 'select id from proposals where quote_id = ?', args: [1] }], LARGE)).toEqual([]);
    // And an index dropped is a foreign key reported.
    sqlite.exec('drop index proposals_quote');
    try {
      expect(unindexedForeignKeys(sqlite, LARGE)).toContain('proposals.quote_id → quotes');
      expect(
        fullScans(sqlite, [{ sql: 'select id from proposals where quote_id = ?', args: [1] }], LARGE),
      ).toHaveLength(1);
    } finally {
      sqlite.exec('create index proposals_quote on proposals (quote_id)');
    }
  });
});
