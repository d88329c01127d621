import type { Migration } from './types';

/**
 * An index on every foreign key of the tables that grow with the agency's history, and on the
 * one other column a query filters them by. Without `proposals(quote_id)` the search indexer's
 * lookup of a quote's proposals was a scan of every proposal (7.75 ms each at 200k), paid on every
 * quote write and once per quote in a rebuild. The others keep a parent's delete or key change from
 * scanning its children (SQLite checks each foreign key by a lookup in the child table).
 * test/integration/query-plans.test.ts fails when a query or a foreign key lacks one.
 */
const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['proposals_quote', 'proposals', ['quote_id']],
  ['proposals_owner', 'proposals', ['owner_id']],
  ['quotes_owner', 'quotes', ['owner_id']],
  ['quotes_updated_by', 'quotes', ['updated_by']],
  // The pipeline's deviation over time reads these three columns of one currency, in date order.
  ['quotes_currency_created', 'quotes', ['currency', 'created_at', 'deviation_percent']],
  ['clients_owner', 'clients', ['owner_id']],
  ['visits_owner', 'visits', ['owner_id']],
  ['visits_contact', 'visits', ['contact_id']],
  ['complaints_responder', 'complaints', ['responder_id']],
  ['quote_drafts_user', 'quote_drafts', ['user_id']],
  ['proposal_status_history_user', 'proposal_status_history', ['user_id']],
  ['proposal_approvals_requested_by', 'proposal_approvals', ['requested_by']],
  ['proposal_approvals_decided_by', 'proposal_approvals', ['decided_by']],
  ['proposal_versions_approval', 'proposal_versions', ['approval_id']],
  ['proposal_versions_sent_by', 'proposal_versions', ['sent_by']],
  ['audit_log_user', 'audit_log', ['user_id']],
];

export const m012ForeignKeyIndexes: Migration = {
  version: 12,
  name: 'indexes on foreign keys and filtered columns',
  async up(db) {
    for (const [name, table, columns] of INDEXES)
      await db.schema.createIndex(name).on(table).columns(columns).execute();
  },
  // The same statements: PostgreSQL, too, checks a foreign key on a parent's delete by a lookup.
  async postgres(db) {
    for (const [name, table, columns] of INDEXES)
      await db.schema.createIndex(name).on(table).columns(columns).execute();
  },
};
