import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * The client record grows into a key-account file (DOMAIN.md §4): type matrix, decision process,
 * tags, related sales; contacts gain WeChat and top management; care (client dates, festivals),
 * visits, complaints, satisfaction surveys, key-account history and the client-area settings.
 *
 * Proposals get `decided_at` (when won or lost) and `lost_reason`: analytics date revenue by the
 * decision, not by the last edit. Existing won/lost rows are backfilled from `updated_at`, the best
 * date they have.
 */
export const m005ClientsCare: Migration = {
  version: 5,
  name: 'client record, care, visits, complaints, surveys, key accounts, client settings',
  async up(db) {
    const addColumn = (table: string, ddl: string) => sql.raw(`alter table ${table} add column ${ddl}`).execute(db);
    await addColumn('clients', `decision_process text not null default ''`);
    await addColumn('clients', `character_level text check (character_level in ('high', 'low'))`);
    await addColumn('clients', `professionalism_level text check (professionalism_level in ('high', 'low'))`);
    await addColumn('clients', `tags text not null default '[]'`);
    /** Yearly revenue from the client outside our proposals (media commissions, retainers), minor units. */
    await addColumn('clients', `related_sales integer not null default 0`);
    await addColumn('contacts', `wechat text`);
    await addColumn('contacts', `top_management integer not null default 0`);
    await addColumn('proposals', `decided_at text`);
    await addColumn('proposals', `lost_reason text`);
    await sql`update proposals set decided_at = updated_at where status in ('won', 'lost')`.execute(db);
    // Covering indexes for the account analytics: the per-client GROUP BYs read only the index,
    // never the rows (the quote document is large), which keeps 200,000 quotes well under 300 ms.
    await db.schema
      .createIndex('proposals_client_outcome')
      .on('proposals')
      .columns(['client_id', 'status', 'decided_at', 'updated_at', 'created_at', 'quote_id'])
      .execute();
    await db.schema
      .createIndex('quotes_client_figures')
      .on('quotes')
      .columns(['client_id', 'currency', 'created_at', 'net', 'subtotal', 'cost'])
      .execute();

    await db.schema
      .createTable('client_dates')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull())
      /** The first occurrence; reminders recur on its month and day every year. */
      .addColumn('date', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('client_dates_client').on('client_dates').column('client_id').execute();

    await db.schema
      .createTable('visits')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('contact_id', 'integer', (c) => c.references('contacts.id').onDelete('set null'))
      .addColumn('visited_on', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('plan', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('next_step', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('owner_id', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('visits_client').on('visits').columns(['client_id', 'visited_on']).execute();

    await db.schema
      .createTable('complaints')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('received_on', 'text', (c) => c.notNull())
      .addColumn('received_by', 'text', (c) => c.notNull())
      .addColumn('responder_id', 'integer', (c) => c.references('users.id'))
      .addColumn('severity', 'text', (c) => c.notNull().check(sql`severity in ('low', 'medium', 'high')`))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('resolution', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('resolved_on', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('complaints_client').on('complaints').column('client_id').execute();

    await db.schema
      .createTable('surveys')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('surveyed_on', 'text', (c) => c.notNull())
      /** JSON {dimension: {expectation, experience}} for the four dimensions, scores 1–10. */
      .addColumn('dimensions', 'text', (c) => c.notNull())
      /** JSON {aspect: {importance, performance}} for the six key-experience aspects, 1–10. */
      .addColumn('aspects', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('surveys_client').on('surveys').columns(['client_id', 'surveyed_on']).execute();

    await db.schema
      .createTable('key_accounts')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('client_id', 'integer', (c) => c.notNull().references('clients.id').onDelete('cascade'))
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addColumn('added_by', 'integer', (c) => c.references('users.id'))
      .addColumn('add_reason', 'text', (c) => c.notNull())
      .addColumn('retired_at', 'text')
      .addColumn('retired_by', 'integer', (c) => c.references('users.id'))
      .addColumn('retire_reason', 'text')
      .execute();
    // At most one open key-account period per client.
    await sql`create unique index key_accounts_open on key_accounts (client_id) where retired_at is null`.execute(db);

    await db.schema
      .createTable('client_settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      /** JSON of the contract's clientSettingsSchema: thresholds and key-account criteria. */
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
      .execute();

    await db.schema
      .createTable('festivals')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      /** Lunar festivals move every year, so each year's date is stored, not a rule. */
      .addColumn('date', 'text', (c) => c.notNull())
      .execute();
    await db
      .insertInto('festivals')
      .values(
        [
          ['元旦', '2026-01-01'],
          ['春节', '2026-02-17'],
          ['端午节', '2026-06-19'],
          ['中秋节', '2026-09-25'],
          ['国庆节', '2026-10-01'],
          ['元旦', '2027-01-01'],
          ['春节', '2027-02-06'],
          ['端午节', '2027-06-09'],
          ['中秋节', '2027-09-15'],
          ['国庆节', '2027-10-01'],
          ['元旦', '2028-01-01'],
          ['春节', '2028-01-26'],
          ['端午节', '2028-05-28'],
          ['中秋节', '2028-10-03'],
          ['国庆节', '2028-10-01'],
        ].map(([name, date]) => ({ name, date })),
      )
      .execute();
  },
  async postgres(db) {
    await pgScript(
      db,
      `
alter table clients add column decision_process text not null default '';
alter table clients add column character_level text check (character_level in ('high', 'low'));
alter table clients add column professionalism_level text check (professionalism_level in ('high', 'low'));
alter table clients add column tags jsonb not null default '[]';
alter table clients add column related_sales bigint not null default 0;
alter table contacts add column wechat text;
alter table contacts add column top_management boolean not null default false;
alter table proposals add column decided_at text;
alter table proposals add column lost_reason text;
update proposals set decided_at = updated_at where status in ('won', 'lost');
create index proposals_client_outcome on proposals (client_id, status, decided_at, updated_at, created_at, quote_id);
create index quotes_client_figures on quotes (client_id, currency, created_at, net, subtotal, cost);
create table client_dates (
  id integer generated by default as identity primary key,
  client_id integer not null references clients (id) on delete cascade,
  label text not null,
  date text not null
);
create index client_dates_client on client_dates (client_id);
create table visits (
  id integer generated by default as identity primary key,
  client_id integer not null references clients (id) on delete cascade,
  contact_id integer references contacts (id) on delete set null,
  visited_on text not null,
  purpose text not null,
  plan text not null default '',
  outcome text not null default '',
  next_step text not null default '',
  owner_id integer references users (id),
  created_at text not null
);
create index visits_client on visits (client_id, visited_on);
create table complaints (
  id integer generated by default as identity primary key,
  client_id integer not null references clients (id) on delete cascade,
  received_on text not null,
  received_by text not null,
  responder_id integer references users (id),
  severity text not null check (severity in ('low', 'medium', 'high')),
  description text not null,
  resolution text not null default '',
  resolved_on text,
  created_at text not null
);
create index complaints_client on complaints (client_id);
create table surveys (
  id integer generated by default as identity primary key,
  client_id integer not null references clients (id) on delete cascade,
  surveyed_on text not null,
  dimensions jsonb not null,
  aspects jsonb not null,
  note text not null default '',
  created_at text not null
);
create index surveys_client on surveys (client_id, surveyed_on);
create table key_accounts (
  id integer generated by default as identity primary key,
  client_id integer not null references clients (id) on delete cascade,
  added_at text not null,
  added_by integer references users (id),
  add_reason text not null,
  retired_at text,
  retired_by integer references users (id),
  retire_reason text
);
create unique index key_accounts_open on key_accounts (client_id) where retired_at is null;
create table client_settings (
  id integer primary key check (id = 1),
  data jsonb not null,
  updated_at text,
  updated_by integer references users (id)
);
create table festivals (
  id integer generated by default as identity primary key,
  name text not null,
  date text not null
);
insert into festivals (name, date) values
  ('元旦', '2026-01-01'), ('春节', '2026-02-17'), ('端午节', '2026-06-19'), ('中秋节', '2026-09-25'),
  ('国庆节', '2026-10-01'), ('元旦', '2027-01-01'), ('春节', '2027-02-06'), ('端午节', '2027-06-09'),
  ('中秋节', '2027-09-15'), ('国庆节', '2027-10-01'), ('元旦', '2028-01-01'), ('春节', '2028-01-26'),
  ('端午节', '2028-05-28'), ('中秋节', '2028-10-03'), ('国庆节', '2028-10-01');
`,
    );
  },
};
