import { sql } from 'kysely';
import type { FullTextIndex } from './full-text';

/**
 * FTS5, contentless, over the pre-tokenized text (migration 008): four columns, grams and unigrams
 * of title and body; rowid = search_docs.id, so "newest" is a walk of the doclists in rowid order.
 */
export const sqliteFullText: FullTextIndex = {
  async add(db, id, t, b) {
    await sql`insert into search_fts (rowid, title_grams, body_grams, title_uni, body_uni)
              values (${id}, ${t.grams.join(' ')}, ${b.grams.join(' ')}, ${t.unigrams.join(' ')}, ${b.unigrams.join(' ')})`.execute(
      db,
    );
  },
  async remove(db, id) {
    await sql`delete from search_fts where rowid = ${id}`.execute(db);
  },
  async clear(db) {
    await sql`insert into search_fts (search_fts) values ('delete-all')`.execute(db);
  },
  async newestIds(db, query, titleOnly, facets, limit) {
    const match = titleOnly ? query.titleMatch : query.match;
    if (match === null) return [];
    // Without a filter the index alone answers: its doclists are walked newest first, up to `limit`.
    const result =
      facets.length === 0
        ? await sql<{ id: number }>`select rowid as id from search_fts where search_fts match ${match}
            order by rowid desc limit ${limit}`.execute(db)
        : await sql<{ id: number }>`select d.id from search_fts f join search_docs d on d.id = f.rowid
            where search_fts match ${match} and ${sql.join(facets, sql` and `)}
            order by f.rowid desc limit ${limit}`.execute(db);
    return result.rows.map((r) => r.id);
  },
  async countMatches(db, query) {
    if (query.match === null) return 0;
    // FTS5 counts its own doclist: no document is read.
    const counted = await sql<{
      n: number;
    }>`select count(*) as n from search_fts where search_fts match ${query.match}`.execute(db);
    return Number(counted.rows[0]?.n ?? 0);
  },
  facetSource(query, facets) {
    // FTS5 drives the join (cross join), so a rare term reads only its own matches; the covering
    // index (migration 017) keeps the facet columns from walking each document's text.
    return sql`select d.kind, d.status, d.client_id, d.owner_id, d.currency
      from search_fts f cross join search_docs d indexed by search_docs_facets on d.id = f.rowid
      where search_fts match ${query.match ?? ''}
      ${facets.length > 0 ? sql`and ${sql.join(facets, sql` and `)}` : sql``}`;
  },
  allSource(facets) {
    return sql`select d.kind, d.status, d.client_id, d.owner_id, d.currency
      from search_docs d indexed by search_docs_facets
      ${facets.length > 0 ? sql`where ${sql.join(facets, sql` and `)}` : sql``}`;
  },
};
