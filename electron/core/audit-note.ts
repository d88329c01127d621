// A leaf module: the search indexer reads audit notes, and the handler types speak them; with the
// type in handlers/types the core had a cycle workspace-file → search/indexer → handlers/types →
// workspace → workspace-file.

export interface AuditNote {
  entity?: string;
  entityId?: string | number;
  detail?: unknown;
  /** When the write itself creates the acting user (first-run set-up). */
  actorId?: number;
}
