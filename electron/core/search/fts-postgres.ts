import { sql } from 'kysely';
import type { Db, FullTextIndex } from './full-text';
import type { QueryClause } from './tokenize';

/**
 * PostgreSQL: one `tsvector` per search_docs row, built from the same tokens as FTS5's columns and
 * written as a tsvector literal (no parser or dictionary of the server's touches them, the `simple`
 * configuration's behaviour without its word splitting). Title tokens carry weight A, body tokens
 * weight D, so a title-only match is a weight-restricted query. Unigrams are stored with a `~`
 * marker, as FTS5 keeps them in their own columns. Grams keep their order as positions, so a CJK
 * term is a phrase (`<->`) of its bigrams; a Latin term is a prefix (`:*`), a symbol its whole token. A GIN index serves `@@`.
 *
 * The title's tokens are also kept alone in `title_tsv` (its own GIN index, migration 008): a GIN
 * index does not hold weights, so a title-only query on `tsv` must read each candidate's vector,
 * and the planner, whose estimate ignores weights, walks the table newest first until it has found
 * enough title matches — all of it for a term in many bodies and few titles (200 ms at 20,000
 * versions, measured with bench/archive-search-pg.bench.ts). On `title_tsv` it is an index lookup.
 */
const UNIGRAM = '~';
/** Room between title and body positions, so no phrase matches across the two. */
const GAP = 8;
/** PostgreSQL's largest tsvector position; tokens beyond it share it (phrases there may miss). */
const MAX_POSITION = 16383;

/** A lexeme as a tsvector/tsquery literal: quoted, quotes and backslashes escaped. */
function lexeme(token: string): string {
  return `'${token.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

type Tokens = { grams: string[]; unigrams: string[] };

const NO_TOKENS: Tokens = { grams: [], unigrams: [] };

/** The tsvector literal of a document's title alone, for `title_tsv`. */
export function titleTsvectorLiteral(title: Tokens): string {
  return tsvectorLiteral(title, NO_TOKENS);
}

/** The tsvector literal of a document (exported for the tests of the literal itself). */
export function tsvectorLiteral(title: Tokens, body: Tokens): string {
  const positions = new Map<string, string[]>();
  const put = (token: string, position: number, weight: 'A' | 'D') => {
    const p = Math.min(Math.max(position, 1), MAX_POSITION);
    const list = positions.get(token) ?? [];
    // A lexeme lists at most 256 positions; more add nothing to matching.
    if (list.length < 256) list.push(`${p}${weight === 'A' ? 'A' : ''}`);
    positions.set(token, list);
  };
  let pos = 1;
  for (const g of title.grams) put(g, pos++, 'A');
  title.unigrams.forEach((u, i) => put(UNIGRAM + u, i + 1, 'A'));
  pos += GAP;
  const bodyStart = pos;
  for (const g of body.grams) put(g, pos++, 'D');
  body.unigrams.forEach((u, i) => put(UNIGRAM + u, bodyStart + i, 'D'));
  return [...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`).join(' ');
}

function clauseQuery(c: QueryClause, titleOnly: boolean): string {
  const w = titleOnly ? 'A' : '';
  if (c.kind === 'unigram') return `${lexeme(UNIGRAM + c.token)}${w ? `:${w}` : ''}`;
  if (c.kind === 'prefix') return `${lexeme(c.token)}:*${w}`;
  // A symbol's token (tokenize.ts symbolToken) is matched whole: `"` must not find every symbol
  // whose code point starts the same.
  if (c.kind === 'symbol') return `${lexeme(c.token)}${w ? `:${w}` : ''}`;
  const parts = c.tokens.map((t) => `${lexeme(t)}${w ? `:${w}` : ''}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

/** The tsquery literal of a parsed query (exported for its tests). */
export function tsqueryLiteral(clauses: QueryClause[], titleOnly: boolean): string {
  return clauses.map((c) => clauseQuery(c, titleOnly)).join(' & ');
}

export const postgresFullText: FullTextIndex = {
  async add(db, id, t, b) {
    await sql`update search_docs set tsv = ${tsvectorLiteral(t, b)}::tsvector,
        title_tsv = ${titleTsvectorLiteral(t)}::tsvector where id = ${id}`.execute(db);
  },
  async remove() {
    // The vector lives on the search_docs row: deleting the row removes it.
  },
  async clear() {
    // As above: emptying search_docs empties the index.
  },
  async newestIds(db, query, titleOnly, facets, limit) {
    if (query.clauses.length === 0) return [];
    const filtered = facets.length > 0 ? sql`and ${sql.join(facets, sql` and `)}` : sql``;
    const match = titleOnly
      ? sql`d.title_tsv @@ ${tsqueryLiteral(query.clauses, false)}::tsquery`
      : sql`d.tsv @@ ${tsqueryLiteral(query.clauses, false)}::tsquery`;
    const result = await sql<{ id: number }>`select d.id from search_docs d
        where ${match} ${filtered}
        order by d.id desc limit ${limit}`.execute(db);
    return result.rows.map((r) => r.id);
  },
  async countMatches(db, query) {
    if (query.clauses.length === 0) return 0;
    // For a term in most documents the planner prefers a sequential scan, which evaluates `@@` on
    // every row and so reads every (TOASTed) vector: 420 ms at 20,000 versions. Counting the GIN
    // index's matches through a bitmap reads only the heap pages (no vector, unless a phrase or
    // weight needs a recheck): 45–70 ms. Sequential scans are refused for this one statement:
    // set_config(…, true) holds to the end of the transaction (one of its own for a read, which
    // runs outside one), and the previous value is put back right after.
    const count = async (trx: Db): Promise<number> => {
      const before = await sql<{ v: string }>`select current_setting('enable_seqscan') as v`.execute(trx);
      await sql`select set_config('enable_seqscan', 'off', true)`.execute(trx);
      const result = await sql<{ n: string | number }>`select count(*) as n from search_docs d
          where d.tsv @@ ${tsqueryLiteral(query.clauses, false)}::tsquery`.execute(trx);
      await sql`select set_config('enable_seqscan', ${before.rows[0]?.v ?? 'on'}, true)`.execute(trx);
      return Number(result.rows[0]?.n ?? 0);
    };
    return db.isTransaction ? count(db) : db.transaction().execute(count);
  },
  facetSource(query, facets) {
    const filtered = facets.length > 0 ? sql`and ${sql.join(facets, sql` and `)}` : sql``;
    return sql`select d.kind, d.status, d.client_id, d.owner_id, d.currency from search_docs d
        where d.tsv @@ ${tsqueryLiteral(query.clauses, false)}::tsquery ${filtered}`;
  },
  allSource(facets) {
    const where = facets.length > 0 ? sql`where ${sql.join(facets, sql` and `)}` : sql``;
    return sql`select d.kind, d.status, d.client_id, d.owner_id, d.currency from search_docs d ${where}`;
  },
};
