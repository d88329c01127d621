import type { Migration } from './types';

/**
 * Indexes for the reads of issue 15 (the client record as hub, Home for each role, the audit trail
 * screen), so none of them reads a whole history table (test/integration/query-plans.test.ts):
 * - Home's visits this week: visits by date across all clients;
 * - Home's recent sends: the newest sent versions;
 * - the audit trail filtered by what was done, or by which object (kind and id).
 * Indexes only: no row changes. Assigned number 021 in the team's plan; numbered to follow the
 * migrations present when it merged.
 */
const INDEXES: [name: string, table: string, columns: string[]][] = [
  ['visits_visited_on', 'visits', ['visited_on']],
  ['proposal_versions_sent_at', 'proposal_versions', ['sent_at']],
  ['audit_log_action', 'audit_log', ['action']],
  ['audit_log_entity', 'audit_log', ['entity', 'entity_id']],
];

export const m018HubIndexes: Migration = {
  version: 18,
  name: 'indexes for Home, the client hub and the audit trail filters',
  async up(db) {
    for (const [name, table, columns] of INDEXES)
      await db.schema.createIndex(name).on(table).columns(columns).execute();
  },
  async postgres(db) {
    for (const [name, table, columns] of INDEXES)
      await db.schema.createIndex(name).on(table).columns(columns).execute();
  },
};
