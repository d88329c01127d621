/** One signed-in session, kept on the host's side only: the page holds at most its random id. */
export interface SessionRecord {
  id: string;
  userId: number;
  /** Epoch milliseconds. */
  createdAt: number;
  lastSeenAt: number;
}

/**
 * Where sessions live. The desktop app and browser mode keep them in memory (a restart signs
 * everyone out); a team server keeps them in its database (postgres-session-store.ts).
 */
export interface SessionStore {
  put(session: SessionRecord): Promise<void>;
  get(id: string): Promise<SessionRecord | undefined>;
  touch(id: string, at: number): Promise<void>;
  delete(id: string): Promise<void>;
  deleteForUser(userId: number): Promise<void>;
  deleteAll(): Promise<void>;
  /**
   * Forget the sessions that can no longer be used (last used at or before `idleBefore`, or made at
   * or before `createdBefore`): a session nobody presents again is otherwise never looked at.
   */
  prune(idleBefore: number, createdBefore: number): Promise<void>;
}

export class MemorySessionStore implements SessionStore {
  private readonly sessions = new Map<string, SessionRecord>();

  async put(session: SessionRecord): Promise<void> {
    this.sessions.set(session.id, { ...session });
  }
  async get(id: string): Promise<SessionRecord | undefined> {
    const s = this.sessions.get(id);
    return s && { ...s };
  }
  async touch(id: string, at: number): Promise<void> {
    const s = this.sessions.get(id);
    if (s) s.lastSeenAt = at;
  }
  async delete(id: string): Promise<void> {
    this.sessions.delete(id);
  }
  async deleteForUser(userId: number): Promise<void> {
    for (const [id, s] of this.sessions) if (s.userId === userId) this.sessions.delete(id);
  }
  async deleteAll(): Promise<void> {
    this.sessions.clear();
  }
  async prune(idleBefore: number, createdBefore: number): Promise<void> {
    for (const [id, s] of this.sessions)
      if (s.lastSeenAt <= idleBefore || s.createdAt <= createdBefore) this.sessions.delete(id);
  }
}
