import { sql } from 'kysely';
import type { Migration } from './types';

/**
 * The quote builder: the market reference library, what a quote keeps about each line (the rate
 * card entry and rates it was built from, why a rate was changed), server-side editor drafts, and
 * two more computed columns on quotes for lists and analytics.
 */
export const m004QuoteBuilder: Migration = {
  version: 4,
  name: 'quote builder: market references, line metadata, drafts',
  async up(db) {
    await db.schema
      .alterTable('quotes')
      .addColumn('discount', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('quotes').addColumn('deviation_percent', 'text').execute();
    await db.schema
      .alterTable('quotes')
      .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
      .execute();
    await db.schema.alterTable('rate_card_roles').addColumn('updated_at', 'text').execute();
    await db.schema
      .createIndex('rate_card_roles_role')
      .on('rate_card_roles')
      .columns(['currency', 'role', 'effective_from'])
      .execute();

    await db.schema
      .createTable('market_references')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('role', 'item')`))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('unit_price', 'integer', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('market_references_date').on('market_references').column('date').execute();

    await db.schema
      .createTable('quote_line_meta')
      .addColumn('quote_id', 'integer', (c) => c.notNull().references('quotes.id').onDelete('cascade'))
      .addColumn('line_id', 'text', (c) => c.notNull())
      // No foreign key: the rates are copied, so the card entry may go without touching the quote.
      .addColumn('rate_card_role_id', 'integer')
      .addColumn('card_rate', 'integer')
      .addColumn('card_cost_rate', 'integer')
      .addColumn('rate_reason', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('market_reference_id', 'integer')
      .addPrimaryKeyConstraint('quote_line_meta_pk', ['quote_id', 'line_id'])
      .execute();

    await db.schema
      .createTable('quote_drafts')
      .addColumn('quote_id', 'integer', (c) => c.notNull().references('quotes.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('base_revision', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('quote_drafts_pk', ['quote_id', 'session_id'])
      .execute();
  },
};
