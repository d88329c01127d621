import { sql } from 'kysely';
import type { FullTextIndex } from './full-text';
import { isCjkBigram, type QueryClause } from './tokenize';

/**
 * PostgreSQL: one `tsvector` per search_docs row, built from the same tokens as FTS5's columns and
 * written as a tsvector literal (no parser or dictionary of the server's touches them, the `simple`
 * configuration's behaviour without its word splitting). Title tokens carry weight A, body tokens
 * weight D, so a title-only match is a weight-restricted query. Unigrams are stored with a `~`
 * marker, as FTS5 keeps them in their own columns. Grams keep their order as positions, so a CJK
 * term is a phrase (`<->`) of its bigrams; a Latin term is a prefix (`:*`), a symbol its whole token. A GIN index serves `@@`.
 *
 * Phrases without positions (migration 022): GIN keeps no positions, so a `<->` phrase is a
 * candidate for every row holding its bigrams, and each candidate's whole vector is read again to
 * check the order — 850 ms to count 危机公关's 38,000 matches at 100,000 versions. So every run of
 * two and of three consecutive CJK bigrams of the gram stream is also a lexeme of its own (`+` and
 * the bigrams joined, no positions): a 3- or 4-character term is then one lexeme, answered by the
 * index alone, exactly as FTS5's phrase of its bigrams (the same consecutive grams, within title
 * or body). A longer term is the AND of such runs, then the positional phrase, checked only on
 * the few rows holding them all.
 *
 * The vector lives in its own narrow table, `search_vectors` (id, tsv), its values stored out of
 * line (toast_tuple_target): a count walks the GIN index's matches and then their heap tuples, and
 * on search_docs (text, facets: 12,500 pages at 100,000 versions) that read every page for a
 * common term (340 ms for 品); the narrow table is ~640 pages (~100 ms under load 10, ~3× less).
 *
 * The title's tokens are also kept alone in `title_tsv` (its own GIN index, migration 008): a GIN
 * index does not hold weights, so a title-only query on `tsv` must read each candidate's vector,
 * and the planner, whose estimate ignores weights, walks the table newest first until it has found
 * enough title matches — all of it for a term in many bodies and few titles (200 ms at 20,000
 * versions, measured with bench/archive-search-pg.bench.ts). On `title_tsv` it is an index lookup.
 */
const UNIGRAM = '~';
/** The marker of a run of consecutive CJK bigrams indexed as one lexeme. */
const RUN = '+';
/** The longest run of bigrams indexed as one lexeme (a 4-character term). */
const LONGEST_RUN = 3;
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

/**
 * The lexemes of the runs of 2..LONGEST_RUN consecutive CJK bigrams in one gram stream (title or
 * body: no run spans the two, as no FTS5 phrase spans two columns).
 */
function bigramRuns(grams: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i < grams.length; i++) {
    let run = grams[i]!;
    if (!isCjkBigram(run)) continue;
    for (let n = 2; n <= LONGEST_RUN && i + n - 1 < grams.length && isCjkBigram(grams[i + n - 1]!); n++) {
      run += grams[i + n - 1]!;
      runs.add(RUN + run);
    }
  }
  return runs;
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
  const runs = new Set([...bigramRuns(title.grams), ...bigramRuns(body.grams)]);
  return [
    ...[...positions].map(([token, list]) => `${lexeme(token)}:${list.join(',')}`),
    // No positions: a run is matched whole, never inside a phrase.
    ...[...runs].map(lexeme),
  ].join(' ');
}

/**
 * A phrase of CJK bigrams anywhere: one run lexeme for 2–3 bigrams; for more, the run lexemes
 * covering it (found by the index) and the phrase itself (its order, checked on those rows only).
 */
function phraseQuery(tokens: readonly string[]): string {
  const n = tokens.length;
  if (n === 1) return lexeme(tokens[0]!);
  // Only CJK bigrams have runs (a query's phrase is made of nothing else; kept safe regardless).
  if (!tokens.every(isCjkBigram)) return `(${tokens.map(lexeme).join(' <-> ')})`;
  if (n <= LONGEST_RUN) return lexeme(RUN + tokens.join(''));
  const covering: string[] = [];
  for (let i = 0; i + LONGEST_RUN <= n; i += LONGEST_RUN) covering.push(tokens.slice(i, i + LONGEST_RUN).join(''));
  if (n % LONGEST_RUN !== 0) covering.push(tokens.slice(n - LONGEST_RUN).join(''));
  return `(${[...covering.map((c) => lexeme(RUN + c)), `(${tokens.map(lexeme).join(' <-> ')})`].join(' & ')})`;
}

function clauseQuery(c: QueryClause, titleOnly: boolean): string {
  const w = titleOnly ? 'A' : '';
  if (c.kind === 'unigram') return `${lexeme(UNIGRAM + c.token)}${w ? `:${w}` : ''}`;
  if (c.kind === 'prefix') return `${lexeme(c.token)}:*${w}`;
  // A symbol's token (tokenize.ts symbolToken) is matched whole: `"` must not find every symbol
  // whose code point starts the same.
  if (c.kind === 'symbol') return `${lexeme(c.token)}${w ? `:${w}` : ''}`;
  // Weighted (title only), a phrase keeps its positions: the run lexemes have none.
  if (!w) return phraseQuery(c.tokens);
  const parts = c.tokens.map((t) => `${lexeme(t)}:${w}`);
  return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
}

/** The tsquery literal of a parsed query (exported for its tests). */
export function tsqueryLiteral(clauses: QueryClause[], titleOnly: boolean): string {
  return clauses.map((c) => clauseQuery(c, titleOnly)).join(' & ');
}

export const postgresFullText: FullTextIndex = {
  async add(db, id, t, b) {
    await sql`update search_docs set title_tsv = ${titleTsvectorLiteral(t)}::tsvector where id = ${id}`.execute(db);
    await sql`insert into search_vectors (id, tsv) values (${id}, ${tsvectorLiteral(t, b)}::tsvector)`.execute(db);
  },
  async remove(db, id) {
    // The foreign key would cascade; deleting first keeps that a no-op.
    await sql`delete from search_vectors where id = ${id}`.execute(db);
  },
  async clear(db) {
    // Before search_docs is emptied: one statement instead of a cascade per row.
    await sql`delete from search_vectors`.execute(db);
  },
  async newestIds(db, query, titleOnly, facets, limit) {
    if (query.clauses.length === 0) return [];
    const tsq = tsqueryLiteral(query.clauses, false);
    const filtered = facets.length > 0 ? sql`and ${sql.join(facets, sql` and `)}` : sql``;
    const result = titleOnly
      ? await sql<{ id: number }>`select d.id from search_docs d
          where d.title_tsv @@ ${tsq}::tsquery ${filtered}
          order by d.id desc limit ${limit}`.execute(db)
      : facets.length === 0
        ? // No filter: the narrow table alone answers.
          await sql<{ id: number }>`select v.id from search_vectors v
            where v.tsv @@ ${tsq}::tsquery order by v.id desc limit ${limit}`.execute(db)
        : await sql<{ id: number }>`select d.id from search_vectors v join search_docs d on d.id = v.id
            where v.tsv @@ ${tsq}::tsquery ${filtered}
            order by d.id desc limit ${limit}`.execute(db);
    return result.rows.map((r) => r.id);
  },
  async countMatches(db, query) {
    if (query.clauses.length === 0) return 0;
    // For a term in most documents the planner, seeing the query, prefers a sequential scan, which
    // evaluates `@@` on every row and so reads every (out of line) vector (1.1 s for 品 at 100,000
    // versions). Counting the GIN index's matches through a bitmap reads only the narrow table's
    // pages (no vector, unless a long phrase needs a recheck): ~30 ms under load 3. The query is
    // handed over as a subquery's value, which the planner cannot see into, so it estimates a
    // default 0.5% of rows and takes the index whatever the term. One statement: it replaced a
    // transaction refusing sequential scans (begin, set_config, count, commit), whose extra round
    // trips waited behind the ranking on the event loop (the commit's reply came 9 ms late).
    const { rows } = await sql<{ n: string | number }>`select count(*) as n from search_vectors v
        where v.tsv @@ (select ${tsqueryLiteral(query.clauses, false)}::tsquery)`.execute(db);
    return Number(rows[0]?.n ?? 0);
  },
  facetSource(query, facets) {
    const filtered = facets.length > 0 ? sql`and ${sql.join(facets, sql` and `)}` : sql``;
    return sql`select d.kind, d.status, d.client_id, d.owner_id, d.currency
        from search_vectors v join search_docs d on d.id = v.id
        where v.tsv @@ ${tsqueryLiteral(query.clauses, false)}::tsquery ${filtered}`;
  },
  allSource(facets) {
    const where = facets.length > 0 ? sql`where ${sql.join(facets, sql` and `)}` : sql``;
    return sql`select d.kind, d.status, d.client_id, d.owner_id, d.currency from search_docs d ${where}`;
  },
};
