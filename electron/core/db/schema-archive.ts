import type { DB } from './generated/tables';
import type { Refine } from './refine';

/** The archive's tables (migrations 008 and 009); see schema.ts for the conventions. */

/** What the full-text index holds per document (electron/core/search): derived, rebuilt at will. */
export type SearchDocsTable = DB['search_docs'];

interface SavedSearchesTableColumns {
  /** JSON: the contract's archiveFiltersSchema. */
  filters: string;
}
export type SavedSearchesTable = Refine<DB['saved_searches'], SavedSearchesTableColumns>;

export interface ArchiveTables {
  search_docs: SearchDocsTable;
  saved_searches: SavedSearchesTable;
}
