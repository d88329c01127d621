import type { Kysely } from 'kysely';
import type { CallName, CallResult, DomainEvent, ParsedArgs, SignInMode, User } from '@shared/contract';
import type { AttemptLimiter } from '../auth/attempts';
import type { Store } from '../db/connection';
import type { Database } from '../db/schema';
import type { Logger } from '../../common/log';
import type { AuditNote } from '../audit-note';
import type { Workspace } from '../workspace';

/** The caller's session, as far as a handler may touch it (sign-in, sign-out, passwords, users). */
export interface SessionControl {
  /** The session the call came with, if any. */
  readonly id: string | null;
  /** The caller's address or window: the per-client key of the sign-in rate limit. */
  readonly client: string;
  readonly mode: SignInMode;
  readonly limiter: AttemptLimiter;
  /** Once the write commits: the caller's session is replaced by one for this user (null: ended). */
  handOver(userId: number | null): void;
  /** Once the write commits: every session of this user ends (password changed, deactivated). */
  endAllOf(userId: number): void;
}

export interface HandlerContext {
  /** Inside a transaction for write calls: everything a write does commits or rolls back together. */
  db: Kysely<Database>;
  store: Store;
  /** The workspace file itself: backups and restore. */
  workspace: Workspace;
  /** Who is calling (from the session, or the solo user); writes are recorded under this user. */
  actor: User | null;
  session: SessionControl;
  now: Date;
  log: Logger;
  /**
   * Say what a write touched, for the audit log entry the dispatcher records. A read calls it only
   * when reading is itself evidence (exporting a client document): then it is recorded too.
   */
  audit(note: AuditNote): void;
  /**
   * Say what a write did, as a domain event (declared for the call in handlers/events.ts): the
   * search index follows it in this transaction, a change feed hears it after the commit.
   */
  emit(event: DomainEvent): void;
}

export type Handler<N extends CallName> = (
  args: ParsedArgs<N>,
  ctx: HandlerContext,
) => Promise<CallResult<N>> | CallResult<N>;
export type HandlerMap = { [N in CallName]: Handler<N> };

/**
 * The acting user of a call whose contract admits no one anonymous: the dispatcher has already
 * refused a caller without a user or of another role, so none here is a fault of the code.
 */
export function actingUser(ctx: HandlerContext): User {
  if (!ctx.actor) throw new Error('a call that needs a user reached its handler without one');
  return ctx.actor;
}

/** An area's handlers, checked name by name against the contract. */
export function defineHandlers<N extends CallName>(handlers: { [K in N]: Handler<K> }): { [K in N]: Handler<K> } {
  return handlers;
}
