import { sql } from 'kysely';
import type { Migration } from './types';

export const m001Workspace: Migration = {
  version: 1,
  name: 'workspace settings, users, audit log',
  async up(db) {
    await db.schema
      .createTable('workspace_settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('company_name', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('document_language', 'text', (c) => c.notNull())
      .addColumn('difficulty_multipliers', 'text', (c) => c.notNull())
      .addColumn('hours_per_day', 'text', (c) => c.notNull())
      .addColumn('tax_percent', 'text', (c) => c.notNull())
      .addColumn('margin_floor_percent', 'text', (c) => c.notNull())
      .addColumn('initialized_at', 'text')
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'integer')
      .execute();
    await db.schema
      .createTable('users')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('account_lead', 'finance', 'admin')`))
      .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('entity', 'text')
      .addColumn('entity_id', 'text')
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  },
};
