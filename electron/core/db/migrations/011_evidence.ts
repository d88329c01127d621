import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * The audit log becomes evidence: like sent versions and decided approvals (migration 007), the
 * store itself refuses to change or remove an entry, whoever asks — the app, a script, raw SQL.
 * INSERT OR REPLACE removes the old row without firing delete triggers, so a replace is refused too.
 *
 * And finance's limit on free lines (a zero-priced line with a cost above this share of the
 * subtotal needs approval), beside the discount limit; existing rules get the default.
 */
export const m011Evidence: Migration = {
  version: 11,
  name: 'audit log append-only; free-line limit',
  async up(db) {
    await sql`create trigger audit_log_no_update before update on audit_log
              begin select raise(abort, 'the audit log is append-only: an entry never changes'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
              begin select raise(abort, 'the audit log is append-only: an entry is never deleted'); end`.execute(db);
    await sql`create trigger audit_log_no_replace before insert on audit_log
              when exists (select 1 from audit_log where id = new.id)
              begin select raise(abort, 'the audit log is append-only: an entry is never replaced'); end`.execute(db);
    await sql`alter table proposal_settings add column free_line_cost_percent text not null default '5'`.execute(db);
  },
  async postgres(db) {
    await pgScript(
      db,
      `
-- The audit log has been append-only on PostgreSQL since 001; its refusals now read as SQLite's.
create or replace function audit_log_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    raise exception using errcode = 'WB001', message = 'the audit log is append-only: an entry never changes';
  end if;
  raise exception using errcode = 'WB001', message = 'the audit log is append-only: an entry is never deleted';
end $$;
alter table proposal_settings add column free_line_cost_percent text not null default '5';
`,
    );
  },
};
