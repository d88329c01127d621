import { sql } from 'kysely';
import type { Migration } from './types';

export const m003QuotesProposals: Migration = {
  version: 3,
  name: 'quotes and proposals',
  async up(db) {
    await db.schema
      .createTable('quotes')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('document', 'text', (c) => c.notNull())
      .addColumn('line_count', 'integer', (c) => c.notNull())
      .addColumn('subtotal', 'integer', (c) => c.notNull())
      .addColumn('net', 'integer', (c) => c.notNull())
      .addColumn('tax', 'integer', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('cost', 'integer', (c) => c.notNull())
      .addColumn('margin_percent', 'text')
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('owner_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('quotes_client').on('quotes').column('client_id').execute();
    await db.schema
      .createTable('proposals')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id'))
      .addColumn('quote_id', 'integer', (c) => c.references('quotes.id'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('draft')
          .check(sql`status in ('draft', 'pre_communicated', 'sent', 'negotiating', 'won', 'lost', 'archived')`),
      )
      .addColumn('sections', 'text', (c) => c.notNull())
      .addColumn('owner_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('proposals_client').on('proposals').column('client_id').execute();
  },
};
