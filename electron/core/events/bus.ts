import type { Kysely } from 'kysely';
import type { CallName, DomainEvent } from '@shared/contract';
import type { Database } from '../db/schema';
import type { Logger } from '../../common/log';

/** Runs inside the writing transaction: what it writes commits or rolls back with the write. */
export type InTransactionSubscriber = (db: Kysely<Database>, events: readonly DomainEvent[]) => Promise<void>;

/** What a committed write did, for a listener outside the transaction (a change feed). */
export interface CommittedWrite {
  call: CallName;
  at: Date;
  /** Who wrote it (null: nobody signed in, e.g. first-run set-up before the admin exists). */
  userId: number | null;
  events: readonly DomainEvent[];
}
export type CommittedListener = (write: CommittedWrite) => void;

/**
 * The core's domain events. Two kinds of subscriber, on purpose no more: those that must move in
 * step with the write (the search index) run inside its transaction, and may fail it; those that
 * only hear about it (a live feed) are told after the commit, and a failing one is logged and
 * never undoes or fails a write that has already happened.
 */
export class EventBus {
  private readonly inTransaction: InTransactionSubscriber[] = [];
  private readonly committed = new Set<CommittedListener>();

  constructor(private readonly log?: Logger) {}

  /** Subscribe inside every writing transaction (core-internal: the index). */
  subscribeInTransaction(subscriber: InTransactionSubscriber): void {
    this.inTransaction.push(subscriber);
  }

  /** Hear every write once it has committed; returns the unsubscribe. */
  onCommitted(listener: CommittedListener): () => void {
    this.committed.add(listener);
    return () => this.committed.delete(listener);
  }

  /** The dispatcher, inside the write's transaction, after the handler. */
  async publishInTransaction(db: Kysely<Database>, events: readonly DomainEvent[]): Promise<void> {
    if (events.length === 0) return;
    for (const subscriber of this.inTransaction) await subscriber(db, events);
  }

  /** The dispatcher, after the commit (every write, also one without events: something changed). */
  publishCommitted(write: CommittedWrite): void {
    for (const listener of this.committed) {
      try {
        listener(write);
      } catch (e) {
        this.log?.error(`a listener of ${write.call} failed`, e);
      }
    }
  }
}
