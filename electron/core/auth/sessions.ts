import { randomBytes } from 'node:crypto';
import { MemorySessionStore, type SessionStore } from './session-store';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteMs: number;
}

/** A working day: idle for two hours, or twelve hours after signing in, whichever comes first. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 3_600_000, absoluteMs: 12 * 3_600_000 };

/** Sessions with their expiry rules, over any store. Ids are 256 random bits. */
export class Sessions {
  constructor(
    readonly store: SessionStore = new MemorySessionStore(),
    readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {}

  async start(userId: number, now: number): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    // Each sign-in sweeps the sessions that expired unseen (cheap: by index, and sign-ins are rare).
    await this.store.prune(now - this.policy.idleMs, now - this.policy.absoluteMs);
    await this.store.put({ id, userId, createdAt: now, lastSeenAt: now });
    return id;
  }

  /** The user of a live session (and the session is marked used); undefined once it expired. */
  async resolve(id: string, now: number): Promise<number | undefined> {
    const s = await this.store.get(id);
    if (!s) return undefined;
    if (now - s.lastSeenAt >= this.policy.idleMs || now - s.createdAt >= this.policy.absoluteMs) {
      await this.store.delete(id);
      return undefined;
    }
    await this.store.touch(id, now);
    return s.userId;
  }

  end(id: string): Promise<void> {
    return this.store.delete(id);
  }

  endForUser(userId: number): Promise<void> {
    return this.store.deleteForUser(userId);
  }

  endAll(): Promise<void> {
    return this.store.deleteAll();
  }
}
