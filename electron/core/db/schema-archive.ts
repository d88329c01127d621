import type { Generated } from 'kysely';

/** The archive's tables (migrations 008 and 009); see schema.ts for the conventions. */

/** What the full-text index holds per document (electron/core/search): derived, rebuilt at will. */
export interface SearchDocsTable {
  id: Generated<number>;
  doc_key: string;
  kind: string;
  ref_id: number;
  parent_id: number | null;
  title: string;
  body: string;
  client_id: number | null;
  owner_id: number | null;
  status: string | null;
  amount: number | null;
  currency: string | null;
  date: string | null;
}

export interface SavedSearchesTable {
  id: Generated<number>;
  user_id: number | null;
  name: string;
  query: string;
  /** JSON: the contract's archiveFiltersSchema. */
  filters: string;
  created_at: string;
}

export interface ArchiveTables {
  search_docs: SearchDocsTable;
  saved_searches: SavedSearchesTable;
}
