import type { Kysely } from 'kysely';
import type { CallName, CallResult, ParsedArgs, User } from '@shared/contract';
import type { Store } from '../db/connection';
import type { Database } from '../db/schema';
import type { Logger } from '../log';
import type { WorkspaceFile } from '../workspace-file';

export interface AuditNote {
  entity?: string;
  entityId?: string | number;
  detail?: unknown;
  /** When the write itself creates the acting user (first-run set-up). */
  actorId?: number;
}

export interface HandlerContext {
  /** Inside a transaction for write calls: everything a write does commits or rolls back together. */
  db: Kysely<Database>;
  store: Store;
  /** The workspace file itself: backups and restore. */
  workspace: WorkspaceFile;
  /** Who is calling; writes are recorded under this user. */
  actor: User | null;
  now: Date;
  log: Logger;
  /**
   * Say what a write touched, for the audit log entry the dispatcher records. A read calls it only
   * when reading is itself evidence (exporting a client document): then it is recorded too.
   */
  audit(note: AuditNote): void;
}

export type Handler<N extends CallName> = (
  args: ParsedArgs<N>,
  ctx: HandlerContext,
) => Promise<CallResult<N>> | CallResult<N>;
export type HandlerMap = { [N in CallName]: Handler<N> };

/** An area's handlers, checked name by name against the contract. */
export function defineHandlers<N extends CallName>(handlers: { [K in N]: Handler<K> }): { [K in N]: Handler<K> } {
  return handlers;
}
