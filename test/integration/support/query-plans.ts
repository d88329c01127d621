import type { Database, Statement } from 'better-sqlite3';

/** One statement the core ran, with the arguments of its first run (EXPLAIN needs them bound). */
export interface RecordedQuery {
  sql: string;
  args: unknown[];
}

const RUNNERS = ['all', 'get', 'run', 'iterate'] as const;

/**
 * Records every statement run on this connection — Kysely's and the hand-written ones alike, since
 * both go through `prepare` — by wrapping the connection's `prepare` (the queries still run for
 * real). `stop()` puts the connection back as it was.
 */
export function recordQueries(sqlite: Database): { queries: Map<string, RecordedQuery>; stop(): void } {
  const queries = new Map<string, RecordedQuery>();
  const original = sqlite.prepare;
  sqlite.prepare = function (this: Database, source: string) {
    const statement = original.call(this, source) as Statement;
    for (const runner of RUNNERS) {
      const run = statement[runner] as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[runner] = (...args: unknown[]) => {
        if (!queries.has(source)) queries.set(source, { sql: source, args });
        return run.apply(statement, args);
      };
    }
    return statement;
  } as Database['prepare'];
  return { queries, stop: () => void (sqlite.prepare = original) };
}

export interface FullScan {
  sql: string;
  table: string;
  detail: string;
}

/** `from "quotes" as "q"` → q ↦ quotes, so a plan's `SCAN q` names its table. */
function aliases(sql: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:from|join)\s+"?(\w+)"?(?:\s+(?:as\s+)?"?(\w+)"?)?/gi)) {
    const [, table, alias] = m;
    map.set(table!, table!);
    if (alias && !/^(where|on|join|left|inner|cross|order|group|limit|using|set|values)$/i.test(alias))
      map.set(alias, table!);
  }
  return map;
}

/**
 * The statements whose query plan reads a whole large table: `SCAN t`, and `SCAN t USING
 * [COVERING] INDEX i` too — walking every entry of an index is as much a full read as walking the
 * table (a lookup by `quote_id` answered from a wide index that merely contains the column is
 * one). What makes a lookup's cost grow with the workspace. A scan of a small table is not one.
 */
export function fullScans(sqlite: Database, queries: Iterable<RecordedQuery>, largeTables: Set<string>): FullScan[] {
  const found: FullScan[] = [];
  for (const { sql, args } of queries) {
    if (!/^\s*(select|insert|update|delete|with)\b/i.test(sql)) continue;
    const plan = sqlite.prepare(`explain query plan ${sql}`).all(...args) as { detail: string }[];
    const names = aliases(sql);
    for (const { detail } of plan) {
      const m = /^SCAN "?(\w+)"?(?: USING (?:COVERING )?INDEX \w+)?$/.exec(detail.trim());
      if (!m) continue;
      const table = names.get(m[1]!) ?? m[1]!;
      if (largeTables.has(table)) found.push({ sql, table, detail });
    }
  }
  return found;
}

/** Foreign keys of large tables whose child column leads no index (a parent's delete or update scans). */
export function unindexedForeignKeys(sqlite: Database, largeTables: Set<string>): string[] {
  const missing: string[] = [];
  for (const table of largeTables) {
    const leading = new Set(
      (sqlite.prepare(`pragma index_list("${table}")`).all() as { name: string }[]).map(
        (i) => (sqlite.prepare(`pragma index_info("${i.name}")`).all() as { name: string }[])[0]?.name,
      ),
    );
    for (const fk of sqlite.prepare(`pragma foreign_key_list("${table}")`).all() as { from: string; table: string }[])
      if (!leading.has(fk.from)) missing.push(`${table}.${fk.from} → ${fk.table}`);
  }
  return missing;
}
