import { sql, type RawBuilder } from 'kysely';
import { fullTextIndex, type Db, type SearchRow } from './full-text';
import { normalizeForSearch, scoreAll } from './relevance';
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
): Promise<SearchHit[]> {
  const parsed = parseQuery(query);
  if (parsed.clauses.length === 0) return [];
  const facets = facetConditions(filters);
  const index = fullTextIndex(db);
  const byId = new Map<number, SearchRow>();
  for (const row of await index.newestMatches(db, parsed, true, facets, CANDIDATES)) byId.set(row.id, row);
  for (const row of await index.newestMatches(db, parsed, false, facets, CANDIDATES)) byId.set(row.id, row);
  const { terms } = parsed;
  const ranked = scoreAll(
    [...byId.values()],
    terms.map((t) => normalizeForSearch(t.normalize('NFKC'))),
  ).sort((a, b) => Number(b.inTitle) - Number(a.inTitle) || b.score - a.score || b.doc.id - a.doc.id);
  return ranked.slice(0, limit).map(({ doc: r }) => ({
    key: r.doc_key,
    kind: r.kind,
    refId: r.ref_id,
    parentId: r.parent_id,
    title: r.title,
    // A title is shown whole: marked, never cut to a window.
    titleParts: markTerms(r.title, terms),
    snippet: makeSnippet(r.body, terms),
    clientId: r.client_id,
    ownerId: r.owner_id,
    status: r.status,
    amount: r.amount,
    currency: r.currency,
    date: r.date,
  }));
}
