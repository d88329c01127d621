import type { Kysely, RawBuilder, Selectable } from 'kysely';
import type { SearchDocsTable } from '../db/schema-archive';
import { engineOf } from '../db/engine';
import { postgresFullText } from './fts-postgres';
import { sqliteFullText } from './fts-sqlite';
import type { ParsedQuery } from './tokenize';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the index's own tables are not in the shared Database type
export type Db = Kysely<any>;

/** A search_docs row, as both engines return it: the table's type, not a second copy of it. */
export type SearchRow = Selectable<SearchDocsTable>;

/**
 * The full-text index behind the archive search, one adapter per engine: FTS5 on SQLite, a
 * tsvector with a GIN index on PostgreSQL. Both index the same tokens (tokenize.ts) and answer the
 * same parsed query; ranking and snippets are done once, in search.ts, on the ids they return.
 */
export interface FullTextIndex {
  /** Index the tokens of the search_docs row `id` (just inserted, in the same transaction). */
  add(
    db: Db,
    id: number,
    title: { grams: string[]; unigrams: string[] },
    body: { grams: string[]; unigrams: string[] },
  ): Promise<void>;
  /** Forget row `id` (about to be deleted from search_docs). */
  remove(db: Db, id: number): Promise<void>;
  /** Empty the index (before a rebuild). */
  clear(db: Db): Promise<void>;
  /**
   * The ids of the newest `limit` documents matching every clause (in the title only, if asked)
   * and the facets, newest first. Ids only: the search reads the columns it needs of those it keeps.
   */
  newestIds(
    db: Db,
    query: ParsedQuery,
    titleOnly: boolean,
    facets: RawBuilder<unknown>[],
    limit: number,
  ): Promise<number[]>;
  /** How many documents match every clause anywhere, with no facet filter (the index counts). */
  countMatches(db: Db, query: ParsedQuery): Promise<number>;
  /**
   * A select of the facet columns (kind, status, client_id, owner_id, currency) of every document
   * matching every clause and the facets: the true count and facets are grouped over it (search.ts).
   */
  facetSource(query: ParsedQuery, facets: RawBuilder<unknown>[]): RawBuilder<unknown>;
  /** The same select over every document passing the facets (a search without words). */
  allSource(facets: RawBuilder<unknown>[]): RawBuilder<unknown>;
}

export function fullTextIndex(db: Db): FullTextIndex {
  return engineOf(db) === 'postgres' ? postgresFullText : sqliteFullText;
}
