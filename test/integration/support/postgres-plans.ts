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

/** Each index's table and leading column (null for an expression), by index name. */
type Indexes = Map<string, { table: string; leading: string | null }>;

async function indexesOf(client: pg.Client): Promise<Indexes> {
  const { rows } = await client.query<{ index: string; table: string; leading: string | null }>(
    `select i.relname as index, t.relname as table, a.attname as leading
       from pg_index x
       join pg_class i on i.oid = x.indexrelid
       join pg_class t on t.oid = x.indrelid
       join pg_namespace n on n.oid = t.relnamespace and n.nspname = 'public'
       left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[0] and x.indkey[0] <> 0`,
  );
  return new Map(rows.map((r) => [r.index, { table: r.table, leading: r.leading }]));
}

const mentions = (cond: string, column: string) => new RegExp(`\\b${column}\\b`).test(cond);

/**
 * Another index of the table leads with a column of the condition: the filter has its index, and
 * the planner walked a wider one only because the demo's tables are a few pages (the CI run of
 * stop 24 chose quotes_client_figures over quotes_currency_created for `currency = $1`).
 */
function ledElsewhere(cond: string, table: string, indexes: Indexes): boolean {
  for (const i of indexes.values()) if (i.table === table && i.leading && mentions(cond, i.leading)) return true;
  return false;
}

/**
 * A scan that reads a whole large table: a Seq Scan (no index could answer), or an index walked
 * from end to end — an Index / Index Only / Bitmap Index Scan without an Index Cond, or whose
 * condition is on a later column of the index and not its leading one (a lookup by `quote_id`
 * answered from a wide index that merely contains the column reads every entry: as SQLite's
 * `SCAN t USING INDEX`).
 */
function fullReads(node: PlanNode, large: Set<string>, indexes: Indexes, out: { table: string; detail: string }[]) {
  const type = node['Node Type'];
  const table = node['Relation Name'];
  if (type === 'Seq Scan' && table && large.has(table)) out.push({ table, detail: `Seq Scan on ${table}` });
  const index = node['Index Name'] ? indexes.get(node['Index Name']) : undefined;
  if (index && large.has(index.table) && /^(Index|Index Only|Bitmap Index) Scan$/.test(type)) {
    const cond = node['Index Cond'];
    const name = `${type} using ${node['Index Name']} on ${index.table}`;
    if (cond === undefined) out.push({ table: index.table, detail: `${name} (no condition)` });
    else if (index.leading && !mentions(cond, index.leading) && !ledElsewhere(cond, index.table, indexes))
      out.push({ table: index.table, detail: `${name} (condition not on ${index.leading})` });
  }
  for (const child of node.Plans ?? []) fullReads(child, large, indexes, out);
}

/** EXPLAIN (FORMAT JSON) of each recorded statement on `client`, with LARGE_TABLE_PLANNER set. */
export async function postgresFullScans(
  client: pg.Client,
  queries: Iterable<RecordedQuery>,
  large: Set<string>,
): Promise<PostgresFullScan[]> {
  for (const s of LARGE_TABLE_PLANNER) await client.query(s);
  const indexes = await indexesOf(client);
  const found: PostgresFullScan[] = [];
  for (const { sql, args } of queries) {
    if (!/^\s*(select|insert|update|delete|with)\b/i.test(sql)) continue;
    const { rows } = await client.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(`explain (format json) ${sql}`, args);
    const scans: { table: string; detail: string }[] = [];
    fullReads(rows[0]!['QUERY PLAN'][0]!.Plan, large, indexes, scans);
    for (const s of scans) found.push({ sql, ...s });
  }
  return found;
}
