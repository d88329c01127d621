import { sql } from 'kysely';
import type { FullTextIndex, SearchRow } from './full-text';

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
  async newestMatches(db, query, titleOnly, facets, limit) {
    const match = titleOnly ? query.titleMatch : query.match;
    if (match === null) return [];
    const filtered = facets.length > 0 ? sql`and ${sql.join(facets, sql` and `)}` : sql``;
    const result = await sql<SearchRow>`select d.* from search_fts f join search_docs d on d.id = f.rowid
        where search_fts match ${match} ${filtered}
        order by f.rowid desc limit ${limit}`.execute(db);
    return result.rows;
  },
};
