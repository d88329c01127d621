import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type CallName } from '@shared/contract';
import {
  fullScans,
  LARGE,
  recordQueries,
  WHOLE_TABLE_READS,
  unindexedForeignKeys,
  type RecordedQuery,
} from './support/query-plans';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';
import { openDemoCore, type TestCore, sqliteOf } from './support/core';

/** Handlers that replace or wipe the workspace run last, so the others see the demo data. */
const LAST: CallName[] = ['clients.delete', 'quotes.delete', 'backups.restore', 'workspace.importArchive'];

describe('query plans of every repository query', () => {
  let t: TestCore;
  let queries: RecordedQuery[];
  beforeAll(async () => {
    t = await openDemoCore();
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
