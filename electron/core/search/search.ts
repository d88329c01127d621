import { sql, type RawBuilder } from 'kysely';
import { foldText, foldWithOffsets, type FoldedText } from './fold';
import { fullTextIndex, type Db } from './full-text';
import { inTitle, scoreAll, weightedLength } from './relevance';
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

/** A search_docs row without its body, as both engines return it. */
interface Row {
  id: number;
  doc_key: string;
  kind: string;
  ref_id: number;
  parent_id: number | null;
  title: string;
  client_id: number | null;
  owner_id: number | null;
  status: string | null;
  amount: number | null;
  currency: string | null;
  date: string | null;
  /** The body's length in characters: relevance's average length counts every candidate. */
  body_length: number;
}

/**
 * A search_docs row's columns but the body, and without the engine's own (PostgreSQL keeps the
 * tsvector there). Bodies are the bulk of a row: they are read only for the documents ranked by
 * their text or shown with a snippet (bodiesOf).
 */
const ROW_COLUMNS = sql`d.id, d.doc_key, d.kind, d.ref_id, d.parent_id, d.title,
  d.client_id, d.owner_id, d.status, d.amount, d.currency, d.date, length(d.body) as body_length`;

/** The rows of these ids, in no particular order. */
async function rowsOf(db: Db, ids: readonly number[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  return (await sql<Row>`select ${ROW_COLUMNS} from search_docs d where d.id in (${sql.join(ids)})`.execute(db)).rows;
}

/** The body of each of these ids. */
async function bodiesOf(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ id: number; body: string }>`select d.id, d.body from search_docs d
      where d.id in (${sql.join(ids)})`.execute(db);
  return new Map(rows.map((r) => [r.id, r.body]));
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

function ordered(rows: Row[], order: SearchOrder): Row[] {
  if (order === 'newest') return [...rows].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id);
  if (order === 'amount') return [...rows].sort((a, b) => (b.amount ?? -1) - (a.amount ?? -1) || b.id - a.id);
  return rows;
}

type Ranked = { hits: SearchHit[]; ranked: number; rankedFacets: Record<Facet, Map<string, number>> };

/**
 * The search with how many candidates were ranked. The index gives the candidates' ids (the newest
 * title matches and the newest matches); their rows are read without bodies, enough to order by
 * date or amount and to count facets. Bodies are read and folded once, only for the documents
 * ranked by their text and for those shown: snippets and highlights are made for the `limit` hits
 * returned, after ordering.
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
  const ids = new Set(await index.newestIds(db, parsed, true, facets, CANDIDATES));
  for (const id of await index.newestIds(db, parsed, false, facets, CANDIDATES)) ids.add(id);
  const rows = await rowsOf(db, [...ids]);
  const { terms } = parsed;
  const shown: { rows: Row[]; bodies?: ReadonlyMap<number, FoldedBody> } =
    order === 'relevance' ? await byRelevance(db, rows, terms, limit) : { rows: ordered(rows, order).slice(0, limit) };
  const bodies: ReadonlyMap<number, string | FoldedBody> =
    shown.bodies ??
    (await bodiesOf(
      db,
      shown.rows.map((r) => r.id),
    ));
  return {
    hits: shown.rows.map((r) => hitOf(r, bodies.get(r.id) ?? '', terms)),
    ranked: rows.length,
    rankedFacets: facetsOfRows(rows),
  };
}

/**
 * The first `limit` candidates by relevance: title hits first (any term in the title), then by
 * score (relevance.ts), then newest. When title hits alone fill the list, no other candidate can
 * be shown, so only they are scored and only their bodies read (a common term: 500 of ~800).
 */
async function byRelevance(
  db: Db,
  rows: readonly Row[],
  terms: readonly string[],
  limit: number,
): Promise<{ rows: Row[]; bodies: Map<number, FoldedBody> }> {
  const titled = rows.map((row) => {
    const title = foldText(row.title);
    return { row, title, inTitle: inTitle(title, terms) };
  });
  const inTitles = titled.filter((t) => t.inTitle);
  const scored = inTitles.length >= limit ? inTitles : titled;
  const bodies = await bodiesOf(
    db,
    scored.map((t) => t.row.id),
  );
  const folded = new Map<number, FoldedBody>();
  for (const [id, body] of bodies) folded.set(id, { body, folded: foldWithOffsets(body) });
  const avgLength =
    titled.reduce((n, t) => n + weightedLength(t.title.length, Number(t.row.body_length)), 0) /
    Math.max(1, titled.length);
  const scores = scoreAll(
    scored.map((t) => ({ title: t.title, body: folded.get(t.row.id)?.folded.folded ?? '' })),
    terms,
    avgLength,
  );
  const order = scored
    .map((t, i) => ({ ...t, score: scores[i]! }))
    .sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.score - a.score || b.row.id - a.row.id);
  return { rows: order.slice(0, limit).map((t) => t.row), bodies: folded };
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
  const bodies = await bodiesOf(
    db,
    shown.map((r) => r.id),
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
  const facets = emptyFacets();
  const conditions = facetConditions(filters);
  const index = fullTextIndex(db);
  let source: RawBuilder<unknown>;
  if (query.trim() === '') {
    source = index.allSource(conditions);
  } else {
    const parsed = parseQuery(query);
    if (parsed.clauses.length === 0) return { total: 0, facets };
    if (conditions.length === 0) {
      // No filter: the index counts its own matches, no document's text is read.
      const total = await index.countMatches(db, parsed);
      if (total > EXACT_FACETS_UP_TO) return { total, facets: null };
    }
    source = index.facetSource(parsed, conditions);
  }
  if (query.trim() === '' || conditions.length > 0) {
    const counted = await sql<{ n: number | string }>`select count(*) as n from (${source}) as s`.execute(db);
    const total = Number(counted.rows[0]?.n ?? 0);
    if (total > EXACT_FACETS_UP_TO) return { total, facets: null };
  }
  const { rows } = await sql<{ facet: Facet; value: string | number | null; n: number | string }>`
    with m as materialized (${source})
    select 'kind' as facet, kind as value, count(*) as n from m group by kind
    union all select 'status', status, count(*) from m where status is not null group by status
    union all select 'client', cast(client_id as text), count(*) from m where client_id is not null group by client_id
    union all select 'owner', cast(owner_id as text), count(*) from m where owner_id is not null group by owner_id
    union all select 'currency', currency, count(*) from m where currency is not null group by currency`.execute(db);
  let total = 0;
  for (const r of rows) {
    facets[r.facet].set(String(r.value), Number(r.n));
    if (r.facet === 'kind') total += Number(r.n);
  }
  return { total, facets };
}
