import type { Database, Statement } from 'better-sqlite3';

/** One statement the core ran, with the arguments of its first run (EXPLAIN needs them bound). */
export interface RecordedQuery {
  sql: string;
  args: unknown[];
}

/**
 * Tables that grow with the agency's history (thousands to hundreds of thousands of rows). A query
 * that filters one of them must find its rows through an index; reading the whole table is what
 * made the search index upkeep quadratic (a `SCAN proposals` per quote write).
 */
export const LARGE = new Set([
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
 * list whose every row is the answer. Matched by a fragment of their SQL, as either engine's
 * dialect writes it (`?` or `$n` parameters, `rowid` or `1` as the archive's order).
 */
export const WHOLE_TABLE_READS: { fragment: RegExp; why: string }[] = [
  {
    fragment: /^select \* from "\w+" order by (rowid|1)$/,
    why: 'workspace archive and backups: every row is the answer',
  },
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
    fragment: /^select .* from "(contacts|client_dates)" inner join "clients" (?!.*"clients"\."id" = (\?|\$\d+))/s,
    why: 'the care calendar recurs on every birthday and client date (month and day, any year): no index narrows that',
  },
  { fragment: /^select count\(\*\) as "n" from "\w+"$/, why: 'the workspace status counts every row' },
  {
    fragment: /^select "id" from "(quotes|proposals|proposal_versions)" order by "(id|sent_at", "id)"$/,
    why: 'the search index rebuild (an upgraded analysis, an imported archive) lists every document to index',
  },
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
      /'visit' as kind,\s+visited_on as on_day\s+from visits\s+where visited_on > |as on_day,\s+count\(\*\) as n\s+from quotes\s+where net < subtotal and created_at >= /,
    why: 'account analytics’ full load (a fresh start, a currency change) reads every client’s dated facts of the last year; a reload of marked clients filters by client_id and uses its index',
  },
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
    fragment:
      /from "audit_log" left join "users" .* order by "audit_log"\."id" desc limit (\?|\$\d+) offset (\?|\$\d+)$/s,
    why: 'the newest N in rowid order: the scan stops after N rows',
  },
  {
    fragment:
      /from "proposal_versions" .* order by "proposal_versions"\."sent_at" desc, "proposal_versions"\."id" desc limit (\?|\$\d+)$/s,
    why: 'Home’s recent sends, the newest N through the sent_at index: the scan stops after N rows',
  },
  {
    fragment:
      /inner join "payment_plans" as "pp" on "pp"\."proposal_id" = "m"\."proposal_id" (?![\s\S]*"p"\."client_id" (=|in) )/,
    why: 'the workspace’s collection figures (every client’s payment collection and cost to serve) read every milestone and receipt in the currency: every row is the answer, and which table the planner walks first on a few demo rows is a whim; a client’s own reload filters by client_id',
  },
  {
    fragment: /^select "p"\."id", "p"\."title", "p"\."status", "p"\."win_probability", /,
    why: 'the forecast sums every open proposal of the workspace',
  },
  {
    fragment: /^select "id" from "(rate_card_roles|clients|quotes|proposal_versions)" limit (\?|\$\d+)$/,
    why: 'Home’s getting-started checklist asks whether a table holds any row: the first row answers',
  },
];

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
