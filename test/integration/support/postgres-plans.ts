import pg from 'pg';
import type { RecordedQuery } from './query-plans';

/**
 * Records every statement sent through `pg` (Kysely's PostgreSQL dialect and hand-written SQL alike
 * end in Client.prototype.query) with the parameters of its first run. `stop()` restores `query`.
 */
export function recordPostgresQueries(): { queries: Map<string, RecordedQuery>; stop(): void } {
  const queries = new Map<string, RecordedQuery>();
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...a: unknown[]) {
    const [first, second] = a;
    const text = typeof first === 'string' ? first : (first as { text?: string } | null)?.text;
    const values = Array.isArray(second) ? second : ((first as { values?: unknown[] } | null)?.values ?? []);
    if (typeof text === 'string' && !queries.has(text)) queries.set(text, { sql: text, args: [...values] });
    return original.apply(this, a);
  };
  return { queries, stop: () => void (proto.query = original) };
}

export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  Alias?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

export interface PostgresFullScan {
  sql: string;
  table: string;
  detail: string;
}

/**
 * The planner is asked for the plan it would choose if every table were large: sequential scans,
 * hash and merge joins disabled (`enable_* = off` only adds a prohibitive cost, so a plan keeps one
 * when nothing else can answer). Row counts then do not matter: a demo workspace of dozens of rows
 * gives the same verdict as a hundred thousand, where real statistics would make a seq scan of a
 * small table the right choice and hide the missing index. A nested loop's inner side is then a
 * parameterized index scan when an index can serve the join key.
 */
export const LARGE_TABLE_PLANNER = [
  'set enable_seqscan = off',
  'set enable_hashjoin = off',
  'set enable_mergejoin = off',
];

/**
 * A scan that reads a whole large table: a Seq Scan (no index could answer), or an Index / Index
 * Only Scan without an Index Cond (every entry of an index walked: as much a full read, as SQLite's
 * `SCAN t USING INDEX`).
 */
function fullReads(node: PlanNode, large: Set<string>, out: { table: string; detail: string }[]): void {
  const table = node['Relation Name'];
  const type = node['Node Type'];
  if (table && large.has(table)) {
    if (type === 'Seq Scan') out.push({ table, detail: `Seq Scan on ${table}` });
    else if ((type === 'Index Scan' || type === 'Index Only Scan') && node['Index Cond'] === undefined)
      out.push({ table, detail: `${type} using ${node['Index Name']} on ${table} (no condition)` });
  }
  for (const child of node.Plans ?? []) fullReads(child, large, out);
}

/** EXPLAIN (FORMAT JSON) of each recorded statement on `client`, with LARGE_TABLE_PLANNER set. */
export async function postgresFullScans(
  client: pg.Client,
  queries: Iterable<RecordedQuery>,
  large: Set<string>,
): Promise<PostgresFullScan[]> {
  for (const s of LARGE_TABLE_PLANNER) await client.query(s);
  const found: PostgresFullScan[] = [];
  for (const { sql, args } of queries) {
    if (!/^\s*(select|insert|update|delete|with)\b/i.test(sql)) continue;
    const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`explain (format json) ${sql}`, args);
    const scans: { table: string; detail: string }[] = [];
    fullReads(rows[0]!['QUERY PLAN'][0]!.Plan, large, scans);
    for (const s of scans) found.push({ sql, ...s });
  }
  return found;
}
