import type { Migration } from './types';

/**
 * Saved archive searches: a name, the query text and the filters (JSON, the contract's
 * archiveFiltersSchema), per user — "my pitches lost on price this year" is one click away.
 */
export const m009SavedSearches: Migration = {
  version: 9,
  name: 'saved archive searches',
  async up(db) {
    await db.schema
      .createTable('saved_searches')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('query', 'text', (c) => c.notNull())
      .addColumn('filters', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('saved_searches_user').on('saved_searches').column('user_id').execute();
  },
};
