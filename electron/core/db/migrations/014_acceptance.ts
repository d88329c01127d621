import { sql } from 'kysely';
import { pgScript, type Migration } from './types';

/**
 * The client's acceptance of a sent version (报价确认函 signed and stamped): when, by whom, the
 * contract or PO number and the signed scan. One per proposal; recording it moves the proposal
 * to won (the handler does, through the workflow) and starts its payment plan.
 */
export const m014Acceptance: Migration = {
  version: 14,
  name: 'client acceptance of a sent version',
  async up(db) {
    await db.schema
      .createTable('proposal_acceptances')
      .addColumn('proposal_id', 'integer', (c) => c.primaryKey().references('proposals.id').onDelete('cascade'))
      .addColumn('version_number', 'integer', (c) => c.notNull())
      .addColumn('accepted_on', 'text', (c) => c.notNull())
      .addColumn('signed_by', 'text', (c) => c.notNull())
      .addColumn('contract_number', 'text', (c) => c.notNull())
      .addColumn('scan', 'blob')
      .addColumn('scan_file_name', 'text')
      .addColumn('scan_mime_type', 'text')
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'integer', (c) => c.references('users.id'))
      .addCheckConstraint('proposal_acceptances_scan', sql`(scan is null) = (scan_file_name is null)`)
      .execute();
  },
  async postgres(db) {
    await pgScript(
      db,
      `
create table proposal_acceptances (
  proposal_id integer primary key references proposals (id) on delete cascade,
  version_number integer not null,
  accepted_on text not null,
  signed_by text not null,
  contract_number text not null,
  scan bytea,
  scan_file_name text,
  scan_mime_type text,
  recorded_at text not null,
  recorded_by integer references users (id),
  constraint proposal_acceptances_scan check ((scan is null) = (scan_file_name is null))
);
`,
    );
  },
};
