import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The archive's full-text index. `search_docs` holds what was indexed (original text for snippets,
 * and the facets); `search_fts` is a contentless FTS5 table over pre-tokenized text (see
 * electron/core/search/tokenize.ts) whose rowid is search_docs.id. FTS5 is SQLite's own: a
 * PostgreSQL backend would put its own index behind the same repository function.
 */
export const m008Search: Migration = {
  version: 8,
  name: 'full-text search index',
  async up(db) {
    await db.schema
      .createTable('search_docs')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('doc_key', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('ref_id', 'integer', (c) => c.notNull())
      .addColumn('parent_id', 'integer')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('client_id', 'integer')
      .addColumn('owner_id', 'integer')
      .addColumn('status', 'text')
      .addColumn('amount', 'integer')
      .addColumn('currency', 'text')
      .addColumn('date', 'text')
      .execute();
    await db.schema.createIndex('search_docs_kind_ref').on('search_docs').columns(['kind', 'ref_id']).execute();
    await sql`create virtual table search_fts using fts5(
      title_grams, body_grams, title_uni, body_uni,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0'
    )`.execute(db);
    // For a bare MATCH … ORDER BY rank (the benchmark's floor): title columns weigh ten times the body.
    await sql`insert into search_fts (search_fts, rank) values ('rank', 'bm25(10.0, 1.0, 10.0, 1.0)')`.execute(db);
  },
};
