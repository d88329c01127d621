import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { contract, type CallName } from '@shared/contract';
import { LARGE, WHOLE_TABLE_READS, type RecordedQuery } from './support/query-plans';
import { postgresFullScans, recordPostgresQueries } from './support/postgres-plans';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';
import { openDemoCore, type TestCore } from './support/core';

/**
 * PostgreSQL's counterpart of query-plans.test.ts: every statement the handlers send to a team
 * database, explained as the server's role with the planner told that every table is large
 * (support/postgres-plans.ts LARGE_TABLE_PLANNER — chosen over generating enough rows, which would
 * make the test slow and its verdict depend on statistics), must reach the rows of a large table it
 * filters through an index.
 */

/**
 * PostgreSQL only. An archive search with facet filters (status, dates, amounts): its words have
 * their GIN indexes (search_vectors' tsv since migration 022, search_docs_title_tsv), but on the demo's few rows the planner
 * told to avoid sequential scans walks the covering facets index (search_docs_facets, led by id,
 * made for FTS5's rowid joins) instead. Not measured at 100,000 versions with filters (the bench
 * searches without them): left visible here rather than hidden in the shared list.
 */
const POSTGRES_WHOLE_TABLE_READS: RegExp[] = [
  /^select (d\.id(, d\.doc_key, .*)? |count\(\*\) as n from \(select d\.kind, .*)from (search_docs d where d\.title_tsv|search_vectors v join search_docs d on d\.id = v\.id where v\.tsv) @@ \$1::tsquery and /s,
];

/** Handlers that replace or wipe the workspace run last, so the others see the demo data. */
const LAST: CallName[] = ['clients.delete', 'quotes.delete', 'backups.restore', 'workspace.importArchive'];

describe('PostgreSQL query plans of every repository query', () => {
  let t: TestCore;
  let queries: RecordedQuery[];
  let client: pg.Client;
  beforeAll(async () => {
    t = await openDemoCore();
    const recorder = recordPostgresQueries();
    const names = (Object.keys(contract) as CallName[]).filter((n) => !LAST.includes(n));
    try {
      for (const name of [...names, ...LAST]) await t.core.call(name, FUZZ_EXAMPLES[name], { userId: 1, lang: 'en' });
    } finally {
      recorder.stop();
    }
    queries = [...recorder.queries.values()];
    client = new pg.Client({ connectionString: t.pg!.url });
    await client.connect();
  }, 300_000);
  afterAll(async () => {
    await client?.end();
    await t.dispose();
  });

  it('collected the queries of the handlers (hundreds of distinct statements)', () => {
    expect(queries.length).toBeGreaterThan(150);
    expect(queries.some((q) => /"proposals"|\bproposals\b/.test(q.sql))).toBe(true);
  });

  it('no query filters a large table by reading all of it', async () => {
    const scans = (await postgresFullScans(client, queries, LARGE)).filter(
      (s) =>
        !WHOLE_TABLE_READS.some((w) => w.fragment.test(s.sql)) &&
        !(s.table === 'search_docs' && POSTGRES_WHOLE_TABLE_READS.some((r) => r.test(s.sql.replace(/\s+/g, ' ')))),
    );
    expect(scans.map((s) => `${s.detail} ← ${s.sql.replace(/\s+/g, ' ').slice(0, 240)}`)).toEqual([]);
  });

  it('the check fails on a query that scans a large table without an index', async () => {
    const bad = [
      { sql: 'select id from proposals where title = $1', args: ['x'] },
      { sql: 'select q.id from "quotes" as "q" where "q"."title" like $1', args: ['%x%'] },
      // Joined on a column no index leads: the inner side is read whole for each outer row.
      { sql: 'select p.id from proposals p join quotes q on q.title = p.title where p.id = $1', args: [1] },
      // Every entry of an index walked is as much a full read.
      { sql: 'select id from proposals order by id', args: [] },
    ];
    expect((await postgresFullScans(client, bad, LARGE)).map((s) => [s.table, s.detail])).toEqual([
      ['proposals', 'Seq Scan on proposals'],
      ['quotes', 'Seq Scan on quotes'],
      ['quotes', 'Seq Scan on quotes'],
      ['proposals', 'Index Only Scan using proposals_pkey on proposals (no condition)'],
    ]);
    // The same lookup by an indexed column passes…
    const byQuote = [{ sql: 'select id from proposals where quote_id = $1', args: [1] }];
    expect(await postgresFullScans(client, byQuote, LARGE)).toEqual([]);
    // …until its index is dropped (as the owner; put back after).
    await t.asOwner({ sqlite: '', postgres: 'drop index proposals_quote' });
    try {
      // What is left is a wide index holding quote_id as a later column, walked from end to end.
      // A plain or a bitmap index scan, as the planner picks: either walks the whole index.
      expect((await postgresFullScans(client, byQuote, LARGE)).map((s) => s.detail.replace(/^Bitmap /, ''))).toEqual([
        'Index Scan using proposals_client_outcome on proposals (condition not on client_id)',
      ]);
    } finally {
      await t.asOwner({ sqlite: '', postgres: 'create index proposals_quote on proposals (quote_id)' });
    }
  });
});
