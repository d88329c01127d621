// A leaf module: the handler types speak it, and the dispatcher writes it to the audit log. What a
// write did to the data, for the search index and other subscribers, is a domain event instead
// (@shared/contract's events, electron/core/events).

export interface AuditNote {
  entity?: string;
  entityId?: string | number;
  detail?: unknown;
  /** When the write itself creates the acting user (first-run set-up). */
  actorId?: number;
}
