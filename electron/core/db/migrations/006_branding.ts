import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * The agency's branding for documents: one row (id 1). Logo and template are kept as bytes in the
 * workspace file, so a backup carries them and a document re-exported from it looks the same.
 */
export const m006Branding: Migration = {
  version: 6,
  name: 'branding',
  async up(db) {
    await db.schema
      .createTable('branding')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('primary_color', 'text', (c) => c.notNull())
      .addColumn('latin_font', 'text', (c) => c.notNull())
      .addColumn('east_asia_font', 'text', (c) => c.notNull())
      .addColumn('use_template_styles', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('logo', 'blob')
      .addColumn('logo_file_name', 'text')
      .addColumn('logo_mime_type', 'text')
      .addColumn('logo_width', 'integer')
      .addColumn('logo_height', 'integer')
      .addColumn('template', 'blob')
      .addColumn('template_file_name', 'text')
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
      .execute();
  },
  async postgres(db) {
    await pgScript(
      db,
      `
create table branding (
  id integer primary key check (id = 1),
  primary_color text not null,
  latin_font text not null,
  east_asia_font text not null,
  use_template_styles boolean not null default false,
  logo bytea,
  logo_file_name text,
  logo_mime_type text,
  logo_width integer,
  logo_height integer,
  template bytea,
  template_file_name text,
  updated_at text,
  updated_by integer references users (id)
);
`,
    );
  },
};
