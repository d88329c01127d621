import { sql, type RawBuilder } from 'kysely';
import { engineOf } from '../db/engine';
import { foldText, foldWithOffsets, type FoldedText } from './fold';
import { fullTextIndex, type Db, type SearchRow } from './full-text';
import { characterLength, inTitle, scoreAll, weightedLength } from './relevance';
import { makeSnippet, markTerms, type SnippetPart } from './snippet';
import { parseQuery } from './tokenize';

export interface SearchFilters {
  kinds?: string[];
  clientId?: number;
  ownerId?: number;
  statuses?: string[];
  currency?: string;
  dateFrom?: string;
  dateTo?: string;
  minAmount?: number;
  maxAmount?: number;
  /** Lost proposals of this reason, their versions and the quotes they link. */
  lostReason?: string;
}

export interface SearchHit {
  key: string;
  kind: string;
  refId: number;
  parentId: number | null;
  title: string;
  titleParts: SnippetPart[];
  snippet: SnippetPart[];
  clientId: number | null;
  ownerId: number | null;
  status: string | null;
  amount: number | null;
  currency: string | null;
  date: string | null;
}

/** A search_docs row without its body, as both engines return it: the table's generated type. */
type Row = Omit<SearchRow, 'body'>;

/** A row with its body: a document ranked by its text or shown with a snippet. */
type RowWithBody = SearchRow;

/**
 * A search_docs row's columns but the body, and without the engine's own (PostgreSQL keeps the
 * tsvector there).
 */
const ROW_COLUMNS = sql`d.id, d.doc_key, d.kind, d.ref_id, d.parent_id, d.title,
  d.client_id, d.owner_id, d.status, d.amount, d.currency, d.date`;

/**
 * `d.id` among these ids. On PostgreSQL one array parameter: a list of ~800 placeholders cost more
 * to parse (23 ms, measured in the server's log at 100,000 versions under load) than the statement
 * took to run. SQLite keeps its `in` list (it has no arrays; its statements parse in microseconds).
 */
function idIn(db: Db, ids: readonly number[]): RawBuilder<unknown> {
  return engineOf(db) === 'postgres' ? sql`d.id = any(${[...ids]}::integer[])` : sql`d.id in (${sql.join(ids)})`;
}

/**
 * The rows of these ids with their bodies, in no particular order. Only the documents ranked by
 * their text or shown are read whole; the other candidates are seen through aggregates (their
 * facets, their average length) or the covering index (date, amount), so no JavaScript row is made
 * for them (measured: the average over ~800 ids costs ~1 ms, reading 500 rows whole ~10–15 ms).
 */
async function rowsWithBodies(db: Db, ids: readonly number[]): Promise<RowWithBody[]> {
  if (ids.length === 0) return [];
  return (await sql<RowWithBody>`select ${ROW_COLUMNS}, d.body from search_docs d where ${idIn(db, ids)}`.execute(db))
    .rows;
}

/** What ordering by date or amount needs of every candidate: columns of the covering index (migration 017). */
type OrderKeys = Pick<Row, 'id' | 'date' | 'amount'>;

async function orderKeysOf(db: Db, ids: readonly number[]): Promise<OrderKeys[]> {
  if (ids.length === 0) return [];
  return (await sql<OrderKeys>`select d.id, d.date, d.amount from search_docs d where ${idIn(db, ids)}`.execute(db))
    .rows;
}

/** Lengths summed over documents, as length() counts them: characters, not UTF-16 units. */
interface LengthSums {
  title: number;
  body: number;
  count: number;
}

/**
 * The summed lengths of these ids, as one aggregate in SQL (the documents not read whole). The
 * title counts ten times in the average (weightedLength is linear, so the sums can be weighed).
 * Lengths are the stored text's in characters; a scored document's own is its folded text's, the
 * same but for the rare character NFKC expands.
 */
async function lengthSums(db: Db, ids: readonly number[]): Promise<LengthSums> {
  if (ids.length === 0) return { title: 0, body: 0, count: 0 };
  const { rows } = await sql<{ t: number | string | null; b: number | string | null; n: number | string }>`
    select sum(length(d.title)) as t, sum(length(d.body)) as b, count(*) as n
    from search_docs d where ${idIn(db, ids)}`.execute(db);
  const r = rows[0];
  return { title: Number(r?.t ?? 0), body: Number(r?.b ?? 0), count: Number(r?.n ?? 0) };
}

/**
 * BM25's average length (relevance.ts) over every candidate: the documents read whole are measured
 * here, the others by `sums` (SQL). Integer sums, so the figure is the one a single aggregate over
 * every candidate gave.
 */
function averageLength(read: readonly RowWithBody[], sums: LengthSums): number {
  let title = sums.title;
  let body = sums.body;
  for (const r of read) {
    title += characterLength(r.title);
    body += characterLength(r.body);
  }
  const count = sums.count + read.length;
  return count === 0 ? 0 : weightedLength(title, body) / count;
}

/** The titles of these ids (a query of several terms: is any of them in the title?). */
async function titlesOf(db: Db, ids: readonly number[]): Promise<{ id: number; title: string }[]> {
  if (ids.length === 0) return [];
  return (
    await sql<{ id: number; title: string }>`select d.id, d.title from search_docs d
      where ${idIn(db, ids)}`.execute(db)
  ).rows;
}

/**
 * How many of the newest matches are ranked, for title matches and for all matches each. A
 * one-character term can match most of a 100,000-version archive; the recent matches are what a
 * team looks for, and ranking a bounded set keeps every query as fast as a rare word.
 */
export const CANDIDATES = 500;

function facetConditions(f: SearchFilters): RawBuilder<unknown>[] {
  const where: RawBuilder<unknown>[] = [];
  if (f.kinds?.length) where.push(sql`d.kind in (${sql.join(f.kinds)})`);
  if (f.clientId !== undefined) where.push(sql`d.client_id = ${f.clientId}`);
  if (f.ownerId !== undefined) where.push(sql`d.owner_id = ${f.ownerId}`);
  if (f.statuses?.length) where.push(sql`d.status in (${sql.join(f.statuses)})`);
  if (f.currency) where.push(sql`d.currency = ${f.currency}`);
  if (f.dateFrom) where.push(sql`d.date >= ${f.dateFrom}`);
  // A date filter's end is inclusive of times on that day.
  if (f.dateTo) where.push(sql`d.date <= ${`${f.dateTo}\uffff`}`);
  if (f.minAmount !== undefined) where.push(sql`d.amount >= ${f.minAmount}`);
  if (f.maxAmount !== undefined) where.push(sql`d.amount <= ${f.maxAmount}`);
  if (f.lostReason) {
    // Not in the index: the proposals lost for the reason (an archived loss is still one).
    const lost = sql`select id from proposals where outcome = 'lost' and lost_reason_code = ${f.lostReason}`;
    where.push(sql`((d.kind = 'proposal' and d.ref_id in (${lost}))
      or (d.kind = 'version' and d.parent_id in (${lost}))
      or (d.kind = 'quote' and d.ref_id in (select quote_id from proposals where id in (${lost}))))`);
  }
  return where;
}

/**
 * The archive's one search function. The query goes through the same CJK analysis as the index, so
 * a 1-, 2- or 4-character Chinese term and an English prefix are all index lookups. Candidates are
 * the newest title matches and the newest matches anywhere; title hits rank first, then by
 * relevance (relevance.ts), then newest. Snippets are cut from the original text, terms marked.
 */
export async function searchArchive(
  db: Db,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
  order: SearchOrder = 'relevance',
): Promise<SearchHit[]> {
  return (await searchArchiveRanked(db, query, filters, limit, order)).hits;
}

/** How hits are ordered: by relevance (title hits first), the newest first, the largest first. */
export type SearchOrder = 'relevance' | 'newest' | 'amount';

function ordered<R extends OrderKeys>(rows: readonly R[], order: SearchOrder): R[] {
  if (order === 'newest') return [...rows].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id);
  if (order === 'amount') return [...rows].sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1) || b.id - a.id);
  return [...rows];
}

type Ranked = { hits: SearchHit[]; ranked: number; rankedFacets: Record<Facet, Map<string, number>> };

/**
 * The search with how many candidates were ranked. The index gives the candidates' ids (the newest
 * title matches and the newest matches) and which of them are title hits. Every candidate counts
 * in BM25's average length (one aggregate in SQL) and in the ranked facets (in memory for the rows
 * read, grouped in SQL for the others), and is ordered by date or amount from the covering index;
 * only the documents ranked by their text and those shown are read whole, their bodies folded once
 * for ranking and snippets.
 */
export async function searchArchiveRanked(
  db: Db,
  query: string,
  filters: SearchFilters,
  limit: number,
  order: SearchOrder,
): Promise<Ranked> {
  const parsed = parseQuery(query);
  if (parsed.clauses.length === 0) return { hits: [], ranked: 0, rankedFacets: emptyFacets() };
  const facets = facetConditions(filters);
  const index = fullTextIndex(db);
  // The two lookups are independent: on a team server each takes its own pooled connection, so the
  // search waits for the slower instead of their sum (7 ms + 21 ms for 危机公关 at 100,000 versions).
  const [titleIds, newestIds] = await Promise.all([
    index.newestIds(db, parsed, true, facets, CANDIDATES),
    index.newestIds(db, parsed, false, facets, CANDIDATES),
  ]);
  const candidates = new Set(titleIds);
  for (const id of newestIds) candidates.add(id);
  const ids = [...candidates];
  if (ids.length === 0) return { hits: [], ranked: 0, rankedFacets: emptyFacets() };
  const { terms } = parsed;
  if (order !== 'relevance') {
    const shownIds = ordered(await orderKeysOf(db, ids), order)
      .slice(0, limit)
      .map((r) => r.id);
    const rows = await rowsWithBodies(db, shownIds);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hits = shownIds.flatMap((id) => {
      const r = byId.get(id);
      return r ? [hitOf(r, r.body, terms)] : [];
    });
    return { hits, ranked: ids.length, rankedFacets: await facetsOfCandidates(db, ids, rows) };
  }
  const titled = await titleHits(db, parsed.clauses.length, terms, ids, titleIds);
  const { read, avgLength } = await readForRanking(db, ids, titled, limit);
  // The facets of the candidates not read are grouped by the server while the rows are ranked here:
  // the ranking waits a turn of the event loop, so that the query has gone out on its connection.
  const [rankedFacets, hits] = await Promise.all([
    facetsOfCandidates(db, ids, read),
    new Promise((resolve) => setImmediate(resolve)).then(() =>
      byRelevance(read, titled, terms, avgLength, limit).map((s) => hitOf(s.row, s.body, terms)),
    ),
  ]);
  return { hits, ranked: ids.length, rankedFacets };
}

/**
 * The ranked facets of every candidate: those already read whole are counted in memory, the others
 * grouped in SQL by their ids (none when every candidate was scored: a term with few title hits).
 */
async function facetsOfCandidates(
  db: Db,
  ids: readonly number[],
  read: readonly Row[],
): Promise<Record<Facet, Map<string, number>>> {
  const facets = facetsOfRows(read);
  const seen = new Set(read.map((r) => r.id));
  const others = ids.filter((id) => !seen.has(id));
  if (others.length === 0) return facets;
  const grouped = await groupFacets(
    db,
    sql`select d.kind, d.status, d.client_id, d.owner_id, d.currency
      from search_docs d where ${idIn(db, others)}`,
  );
  for (const facet of FACETS)
    for (const [value, n] of grouped[facet]) facets[facet].set(value, (facets[facet].get(value) ?? 0) + n);
  return facets;
}

/**
 * The candidates with any term in the title. With one term, they are the title matches the index
 * returned: a candidate among the newest matches that has the term in its title has fewer newer
 * title matches than newer matches, so it is among the newest title matches too. With several
 * terms the title MATCH wants every one, so the other candidates' titles are read and checked.
 */
async function titleHits(
  db: Db,
  clauses: number,
  terms: readonly string[],
  ids: readonly number[],
  titleIds: readonly number[],
): Promise<Set<number>> {
  const titled = new Set(titleIds);
  if (clauses <= 1) return titled;
  const others = ids.filter((id) => !titled.has(id));
  for (const r of await titlesOf(db, others)) if (inTitle(foldText(r.title), terms)) titled.add(r.id);
  return titled;
}

/**
 * What ranking by relevance reads: when title hits alone fill the list, no other candidate can be
 * shown, so only they are read whole (a common term: 500 of ~800); the average length still
 * counts every candidate, so a document scores the same whatever the limit.
 */
async function readForRanking(
  db: Db,
  ids: readonly number[],
  titled: ReadonlySet<number>,
  limit: number,
): Promise<{ read: RowWithBody[]; avgLength: number }> {
  const scoredIds = titled.size >= limit ? ids.filter((id) => titled.has(id)) : ids;
  const scored = new Set(scoredIds);
  // The lengths of the documents read whole are measured from their text; only the others' are
  // summed in SQL (none when every candidate is scored), side by side with the read on a team
  // server's pool. An aggregate over all ~800 candidates re-read (detoasted) the 500 bodies read
  // anyway: 8 ms for 危机公关 at 100,000 versions, as long as the read itself.
  const [sums, read] = await Promise.all([
    lengthSums(
      db,
      ids.filter((id) => !scored.has(id)),
    ),
    rowsWithBodies(db, scoredIds),
  ]);
  return { read, avgLength: averageLength(read, sums) };
}

/**
 * The first `limit` rows read by relevance: title hits first (any term in the title), then by
 * score (relevance.ts), then newest.
 */
function byRelevance(
  read: readonly RowWithBody[],
  titled: ReadonlySet<number>,
  terms: readonly string[],
  avgLength: number,
  limit: number,
): { row: Row; body: FoldedBody }[] {
  const scored = read.map((row) => ({
    row,
    title: foldText(row.title),
    inTitle: titled.has(row.id),
    body: { body: row.body, folded: foldWithOffsets(row.body) },
  }));
  const scores = scoreAll(
    scored.map((t) => ({ title: t.title, body: t.body.folded.folded })),
    terms,
    avgLength,
  );
  return scored
    .map((t, i) => ({ ...t, score: scores[i]! }))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.score - a.score || b.row.id - a.row.id)
    .slice(0, limit);
}

/** A body with its fold (fold.ts), made once for ranking and reused for the snippet. */
interface FoldedBody {
  body: string;
  folded: FoldedText;
}

function hitOf(r: Row, body: string | FoldedBody, terms: readonly string[]): SearchHit {
  const text = typeof body === 'string' ? body : body.body;
  return {
    key: r.doc_key,
    kind: r.kind,
    refId: r.ref_id,
    parentId: r.parent_id,
    title: r.title,
    // A title is shown whole: marked, never cut to a window.
    titleParts: markTerms(r.title, terms),
    snippet: makeSnippet(text, terms, undefined, typeof body === 'string' ? undefined : body.folded),
    clientId: r.client_id,
    ownerId: r.owner_id,
    status: r.status,
    amount: r.amount,
    currency: r.currency,
    date: r.date,
  };
}

/** No words: the newest `candidates` documents that pass the filters, in `order`, `limit` of them. */
export async function browseNewest(
  db: Db,
  filters: SearchFilters,
  candidates: number,
  limit: number,
  order: SearchOrder,
): Promise<Ranked> {
  const facets = facetConditions(filters);
  const where = facets.length > 0 ? sql`where ${sql.join(facets, sql` and `)}` : sql``;
  const { rows } = await sql<Row>`select ${ROW_COLUMNS} from search_docs d ${where}
      order by d.date desc, d.id desc limit ${candidates}`.execute(db);
  const shown = ordered(rows, order).slice(0, limit);
  const bodies = new Map(
    (
      await rowsWithBodies(
        db,
        shown.map((r) => r.id),
      )
    ).map((r) => [r.id, r.body]),
  );
  return {
    hits: shown.map((r) => hitOf(r, bodies.get(r.id) ?? '', [])),
    ranked: rows.length,
    rankedFacets: facetsOfRows(rows),
  };
}

export const FACETS = ['kind', 'status', 'client', 'owner', 'currency'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Up to this many matches the facets count every one; beyond it they count the ranked newest
 * candidates, and say so (`facetsOf: 'ranked'`): grouping 77,000 matches of a one-character term
 * costs far more than the search itself, while the count stays exact (FTS5 counts its doclist).
 */
export const EXACT_FACETS_UP_TO = 10_000;

function emptyFacets(): Record<Facet, Map<string, number>> {
  return { kind: new Map(), status: new Map(), client: new Map(), owner: new Map(), currency: new Map() };
}

/** Facet counts of rows in memory (the ranked candidates). */
export function facetsOfRows(rows: readonly Pick<Row, 'kind' | 'status' | 'client_id' | 'owner_id' | 'currency'>[]) {
  const facets = emptyFacets();
  const add = (facet: Facet, value: string | number | null) => {
    if (value === null) return;
    const m = facets[facet];
    m.set(String(value), (m.get(String(value)) ?? 0) + 1);
  };
  for (const r of rows) {
    add('kind', r.kind);
    add('status', r.status);
    add('client', r.client_id);
    add('owner', r.owner_id);
    add('currency', r.currency);
  }
  return facets;
}

export interface MatchSummary {
  /** Every document that matches the words and passes the filters, not only the ranked ones. */
  total: number;
  /** Per facet: value → count over all of them; null when there are more than EXACT_FACETS_UP_TO. */
  facets: Record<Facet, Map<string, number>> | null;
}

/**
 * The true count and facets of a search (issue 18): over every match, not the ranked newest.
 * One pass: the matches are materialized once (FTS5 walks its doclists), then grouped five ways.
 */
export async function summarizeMatches(db: Db, query: string, filters: SearchFilters): Promise<MatchSummary> {
  const conditions = facetConditions(filters);
  const index = fullTextIndex(db);
  let source: RawBuilder<unknown>;
  if (query.trim() === '') {
    source = index.allSource(conditions);
  } else {
    const parsed = parseQuery(query);
    if (parsed.clauses.length === 0) return { total: 0, facets: emptyFacets() };
    if (conditions.length === 0) {
      // No filter: the index counts its own matches, no document's text is read.
      const total = await index.countMatches(db, parsed);
      if (total > EXACT_FACETS_UP_TO) return { total, facets: null };
      // Nothing matches: no facet to group (a no-hit term costs one round trip less on a team server).
      if (total === 0) return { total, facets: emptyFacets() };
    }
    source = index.facetSource(parsed, conditions);
  }
  if (query.trim() === '' || conditions.length > 0) {
    const counted = await sql<{ n: number | string }>`select count(*) as n from (${source}) as s`.execute(db);
    const total = Number(counted.rows[0]?.n ?? 0);
    if (total > EXACT_FACETS_UP_TO) return { total, facets: null };
  }
  const facets = await groupFacets(db, source);
  let total = 0;
  for (const n of facets.kind.values()) total += n;
  return { total, facets };
}

/**
 * Facet counts of the rows a select gives (kind, status, client_id, owner_id, currency), grouped
 * in SQL: the rows are materialized once, then grouped five ways, and only the counts come back.
 */
async function groupFacets(db: Db, source: RawBuilder<unknown>): Promise<Record<Facet, Map<string, number>>> {
  const facets = emptyFacets();
  const { rows } = await sql<{ facet: Facet; value: string | number | null; n: number | string }>`
    with m as materialized (${source})
    select 'kind' as facet, kind as value, count(*) as n from m group by kind
    union all select 'status', status, count(*) from m where status is not null group by status
    union all select 'client', cast(client_id as text), count(*) from m where client_id is not null group by client_id
    union all select 'owner', cast(owner_id as text), count(*) from m where owner_id is not null group by owner_id
    union all select 'currency', currency, count(*) from m where currency is not null group by currency`.execute(db);
  for (const r of rows) facets[r.facet].set(String(r.value), Number(r.n));
  return facets;
}
