import { sql } from 'kysely';
import type { Migration } from './types';

export const m002Clients: Migration = {
  version: 2,
  name: 'clients, contacts, rate card',
  async up(db) {
    await db.schema
      .createTable('clients')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('industry', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('active')
          .check(sql`status in ('active', 'paused', 'let_go')`),
      )
      .addColumn('price_sensitivity', 'text', (c) =>
        c
          .notNull()
          .defaultTo('sensitive')
          .check(sql`price_sensitivity in ('sensitive', 'insensitive')`),
      )
      .addColumn('owner_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('contacts')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('phone', 'text')
      .addColumn('email', 'text')
      .addColumn('birthday', 'text')
      .addColumn('decision_maker', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('contacts_client').on('contacts').column('client_id').execute();
    await db.schema
      .createTable('rate_card_roles')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('rate', 'integer', (c) => c.notNull())
      .addColumn('cost_rate', 'integer', (c) => c.notNull())
      .addColumn('effective_from', 'text', (c) => c.notNull())
      .execute();
  },
};
