import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * Proposals that can be sent and trusted: the working copy's records (pre-communication,
 * self-check, language, a revision for concurrent edits), every status change, frozen versions,
 * finance approvals bound to a content hash, templates, reusable blocks and the proposal rules.
 *
 * Sent versions are immutable in the store itself, not only in the UI: triggers abort any UPDATE
 * or DELETE of a version row (and of the files a version used), whoever issues it. A decided
 * approval is as fixed: only a pending request can change, and only by being decided.
 */
export const m007Proposals: Migration = {
  version: 7,
  name: 'proposals: versions, approvals, history, templates',
  async up(db) {
    const addColumn = (table: string, definition: string) =>
      sql.raw(`alter table ${table} add column ${definition}`).execute(db);
    await addColumn('proposals', `language text not null default 'zh-CN' check (language in ('zh-CN', 'en'))`);
    await addColumn('proposals', `revision integer not null default 1`);
    await addColumn('proposals', `pre_communication text`);
    await addColumn('proposals', `self_check text`);
    // lost_reason (005) keeps the words; the code from the list is beside it, for the win/loss analysis.
    await addColumn('proposals', `lost_reason_code text`);

    await db.schema
      .createTable('proposal_status_history')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id'))
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('from_status', 'text')
      .addColumn('to_status', 'text', (c) => c.notNull())
      .addColumn('reason_code', 'text')
      .addColumn('note', 'text')
      .addColumn('version', 'integer')
      .execute();
    await db.schema
      .createIndex('proposal_status_history_proposal')
      .on('proposal_status_history')
      .columns(['proposal_id', 'id'])
      .execute();
    // Existing proposals get their current status as where their history starts.
    await sql`insert into proposal_status_history (proposal_id, at, user_id, from_status, to_status)
              select id, created_at, owner_id, null, status from proposals`.execute(db);

    await db.schema
      .createTable('proposal_approvals')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id'))
      .addColumn('content_hash', 'text', (c) => c.notNull())
      /** The snapshot finance is asked to approve, so the queue shows exactly that. */
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('reasons', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) =>
        c
          .notNull()
          .defaultTo('pending')
          .check(sql`status in ('pending', 'approved', 'rejected', 'superseded')`),
      )
      .addColumn('requested_by', 'integer', (c) => c.references('users.id'))
      .addColumn('requested_at', 'text', (c) => c.notNull())
      .addColumn('request_note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('decided_by', 'integer', (c) => c.references('users.id'))
      .addColumn('decided_at', 'text')
      .addColumn('comment', 'text')
      .execute();
    await db.schema
      .createIndex('proposal_approvals_proposal')
      .on('proposal_approvals')
      .columns(['proposal_id', 'content_hash'])
      .execute();
    await db.schema.createIndex('proposal_approvals_status').on('proposal_approvals').column('status').execute();
    await sql`create trigger proposal_approvals_fixed before update on proposal_approvals
              when old.status <> 'pending'
                or new.content_hash is not old.content_hash
                or new.snapshot is not old.snapshot
                or new.proposal_id is not old.proposal_id
                or new.requested_by is not old.requested_by
              begin select raise(abort, 'proposal approvals are immutable once decided'); end`.execute(db);
    // INSERT OR REPLACE deletes the old row without firing delete triggers: refuse a replace too.
    await sql`create trigger proposal_approvals_no_replace before insert on proposal_approvals
              when exists (select 1 from proposal_approvals where id = new.id)
              begin select raise(abort, 'proposal approvals cannot be replaced'); end`.execute(db);
    await sql`create trigger proposal_approvals_no_delete before delete on proposal_approvals
              begin select raise(abort, 'proposal approvals cannot be deleted'); end`.execute(db);

    await db.schema
      .createTable('proposal_versions')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id'))
      .addColumn('number', 'integer', (c) => c.notNull().check(sql`number >= 1`))
      .addColumn('snapshot', 'text', (c) => c.notNull())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('total', 'integer', (c) => c.notNull())
      .addColumn('margin_percent', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('sent_by', 'integer', (c) => c.references('users.id'))
      .addColumn('approval_id', 'integer', (c) => c.references('proposal_approvals.id'))
      .addColumn('no_pre_communication_reason', 'text')
      .addUniqueConstraint('proposal_versions_number', ['proposal_id', 'number'])
      .execute();
    await sql`create trigger proposal_versions_immutable before update on proposal_versions
              begin select raise(abort, 'proposal versions are immutable: a sent version never changes'); end`.execute(
      db,
    );
    await sql`create trigger proposal_versions_no_replace before insert on proposal_versions
              when exists (select 1 from proposal_versions
                           where id = new.id or (proposal_id = new.proposal_id and number = new.number))
              begin select raise(abort, 'proposal versions are immutable: a sent version is never replaced'); end`.execute(
      db,
    );
    await sql`create trigger proposal_versions_no_delete before delete on proposal_versions
              begin select raise(abort, 'proposal versions are immutable: a sent version is never deleted'); end`.execute(
      db,
    );

    // Logos and templates a version used, by SHA-256: stored once, never changed.
    await db.schema
      .createTable('proposal_version_assets')
      .addColumn('sha256', 'text', (c) => c.primaryKey())
      .addColumn('bytes', 'blob', (c) => c.notNull())
      .execute();
    await sql`create trigger proposal_version_assets_immutable before update on proposal_version_assets
              begin select raise(abort, 'version assets are immutable'); end`.execute(db);
    await sql`create trigger proposal_version_assets_no_replace before insert on proposal_version_assets
              when exists (select 1 from proposal_version_assets where sha256 = new.sha256)
              begin select raise(abort, 'version assets are immutable'); end`.execute(db);
    await sql`create trigger proposal_version_assets_no_delete before delete on proposal_version_assets
              begin select raise(abort, 'version assets are immutable'); end`.execute(db);

    await db.schema
      .createTable('proposal_templates')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('sections', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('content_blocks')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('case_study', 'team_bio', 'terms', 'other')`))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('blocks', 'text', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('users.id'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('proposal_settings')
      .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
      .addColumn('discount_limit_percent', 'text', (c) => c.notNull())
      .addColumn('self_check_threshold', 'integer', (c) => c.notNull().check(sql`self_check_threshold between 1 and 5`))
      .addColumn('updated_at', 'text')
      .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
      .execute();
  },
  async postgres(db) {
    await pgScript(
      db,
      `
alter table proposals add column language text not null default 'zh-CN' check (language in ('zh-CN', 'en'));
alter table proposals add column revision integer not null default 1;
alter table proposals add column pre_communication jsonb;
alter table proposals add column self_check jsonb;
alter table proposals add column lost_reason_code text;
create table proposal_status_history (
  id integer generated by default as identity primary key,
  proposal_id integer not null references proposals (id),
  at text not null,
  user_id integer references users (id),
  from_status text,
  to_status text not null,
  reason_code text,
  note text,
  version integer
);
create index proposal_status_history_proposal on proposal_status_history (proposal_id, id);
insert into proposal_status_history (proposal_id, at, user_id, from_status, to_status)
  select id, created_at, owner_id, null, status from proposals;
create table proposal_approvals (
  id integer generated by default as identity primary key,
  proposal_id integer not null references proposals (id),
  content_hash text not null,
  snapshot text not null,
  reasons jsonb not null,
  status text not null default 'pending' check (status in ('pending', 'approved', 'rejected', 'superseded')),
  requested_by integer references users (id),
  requested_at text not null,
  request_note text not null default '',
  decided_by integer references users (id),
  decided_at text,
  comment text
);
create index proposal_approvals_proposal on proposal_approvals (proposal_id, content_hash);
create index proposal_approvals_status on proposal_approvals (status);
-- A decided approval never changes, and a pending one changes only by being decided.
create function proposal_approvals_fixed() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception using errcode = 'WB001', message = 'proposal approvals cannot be deleted';
  end if;
  if old.status <> 'pending'
     or new.id is distinct from old.id
     or new.content_hash is distinct from old.content_hash
     or new.snapshot is distinct from old.snapshot
     or new.proposal_id is distinct from old.proposal_id
     or new.requested_by is distinct from old.requested_by then
    raise exception using errcode = 'WB001', message = 'proposal approvals are immutable once decided';
  end if;
  return new;
end $$;
create trigger proposal_approvals_fixed before update or delete on proposal_approvals
  for each row execute function proposal_approvals_fixed();
create trigger proposal_approvals_no_truncate before truncate on proposal_approvals
  for each statement execute function workbench_refuse('proposal approvals cannot be deleted');
-- Row-level security: the server's role may read and request approvals, and supersede a pending
-- one, but only a transaction acting as finance or admin (set_config('workbench.role', …, true),
-- db/acting.ts) may decide one, and only in its own name. The owner (migrations) is exempt.
alter table proposal_approvals enable row level security;
create policy approvals_read on proposal_approvals for select using (true);
-- Requests arrive pending; only an admin moving a workspace in brings decided ones.
create policy approvals_request on proposal_approvals for insert with check (
  status = 'pending' or current_setting('workbench.role', true) = 'admin'
);
create policy approvals_decide on proposal_approvals for update using (true) with check (
  status in ('pending', 'superseded')
  or (current_setting('workbench.role', true) in ('finance', 'admin')
      and decided_by = nullif(current_setting('workbench.user_id', true), '')::integer)
);
create table proposal_versions (
  id integer generated by default as identity primary key,
  proposal_id integer not null references proposals (id),
  number integer not null check (number >= 1),
  snapshot text not null,
  content_hash text not null,
  currency text not null,
  total bigint not null,
  margin_percent text,
  language text not null,
  sent_at text not null,
  sent_by integer references users (id),
  approval_id integer references proposal_approvals (id),
  no_pre_communication_reason text,
  constraint proposal_versions_number unique (proposal_id, number)
);
create function proposal_versions_immutable() returns trigger language plpgsql as $$
begin
  raise exception using errcode = 'WB001', message = 'proposal versions are immutable: a sent version never changes';
end $$;
create trigger proposal_versions_immutable before update or delete on proposal_versions
  for each row execute function proposal_versions_immutable();
create trigger proposal_versions_no_truncate before truncate on proposal_versions
  for each statement execute function proposal_versions_immutable();
create table proposal_version_assets (
  sha256 text primary key,
  bytes bytea not null
);
create function proposal_version_assets_immutable() returns trigger language plpgsql as $$
begin
  raise exception using errcode = 'WB001', message = 'version assets are immutable';
end $$;
create trigger proposal_version_assets_immutable before update or delete on proposal_version_assets
  for each row execute function proposal_version_assets_immutable();
create trigger proposal_version_assets_no_truncate before truncate on proposal_version_assets
  for each statement execute function proposal_version_assets_immutable();
create table proposal_templates (
  id integer generated by default as identity primary key,
  name text not null,
  sections text not null,
  created_by integer references users (id),
  created_at text not null
);
create table content_blocks (
  id integer generated by default as identity primary key,
  kind text not null check (kind in ('case_study', 'team_bio', 'terms', 'other')),
  title text not null,
  blocks text not null,
  created_by integer references users (id),
  created_at text not null,
  updated_at text not null
);
create table proposal_settings (
  id integer primary key check (id = 1),
  discount_limit_percent text not null,
  self_check_threshold integer not null check (self_check_threshold between 1 and 5),
  updated_at text,
  updated_by integer references users (id)
);
`,
    );
  },
};
