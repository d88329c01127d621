import { pgScript, type Migration } from './types';

/**
 * Autosaved drafts of the proposal editor, one per proposal and editor session, like the quote
 * editor's (migration 4): typed text survives a crash, a reload or a closed window and is offered
 * back on reopen. A scratch copy, not workspace content: a save or a discard removes it.
 */
export const m016ProposalDrafts: Migration = {
  version: 16,
  name: 'proposal drafts',
  async up(db) {
    await db.schema
      .createTable('proposal_drafts')
      .addColumn('proposal_id', 'integer', (c) => c.notNull().references('proposals.id').onDelete('cascade'))
      .addColumn('session_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'integer', (c) => c.references('users.id'))
      .addColumn('base_revision', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('saved_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('proposal_drafts_pk', ['proposal_id', 'session_id'])
      .execute();
  },
  async postgres(db) {
    await pgScript(
      db,
      `
create table proposal_drafts (
  proposal_id integer not null references proposals (id) on delete cascade,
  session_id text not null,
  user_id integer references users (id),
  base_revision integer not null,
  state text not null,
  saved_at text not null,
  constraint proposal_drafts_pk primary key (proposal_id, session_id)
);
`,
    );
  },
};
