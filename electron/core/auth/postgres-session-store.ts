import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { SessionRecord, SessionStore } from './session-store';

/** The `sessions` table of a team database (migration 019; PostgreSQL only). */
interface SessionsTable {
  id_hash: string;
  user_id: number;
  created_at: number;
  last_seen_at: number;
}

/** Only a digest of the id is stored: the table read by anyone else lets nobody act as anyone. */
function digest(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/**
 * Sessions in the team database, so that every server process on it answers the same signed-in
 * people and a sign-out (or a deactivation, a password change) on one ends the session on all.
 * `db` is read per call: the pool is the workspace's own.
 */
export class PostgresSessionStore implements SessionStore {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the core's Database type has no sessions table (SQLite keeps them in memory)
  constructor(private readonly db: () => Kysely<any>) {}

  private get q(): Kysely<{ sessions: SessionsTable }> {
    return this.db().withTables<{ sessions: SessionsTable }>() as unknown as Kysely<{ sessions: SessionsTable }>;
  }

  async put(session: SessionRecord): Promise<void> {
    await this.q
      .insertInto('sessions')
      .values({
        id_hash: digest(session.id),
        user_id: session.userId,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
      })
      .execute();
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    const row = await this.q
      .selectFrom('sessions')
      .select(['user_id', 'created_at', 'last_seen_at'])
      .where('id_hash', '=', digest(id))
      .executeTakeFirst();
    return row && { id, userId: row.user_id, createdAt: Number(row.created_at), lastSeenAt: Number(row.last_seen_at) };
  }

  async touch(id: string, at: number): Promise<void> {
    // Never backwards: two servers answering the same person at once may write out of order.
    await this.q
      .updateTable('sessions')
      .set({ last_seen_at: at })
      .where('id_hash', '=', digest(id))
      .where('last_seen_at', '<', at)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.q.deleteFrom('sessions').where('id_hash', '=', digest(id)).execute();
  }

  async deleteForUser(userId: number): Promise<void> {
    await this.q.deleteFrom('sessions').where('user_id', '=', userId).execute();
  }

  async deleteAll(): Promise<void> {
    await this.q.deleteFrom('sessions').execute();
  }

  async prune(idleBefore: number, createdBefore: number): Promise<void> {
    await this.q
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<=', idleBefore), eb('created_at', '<=', createdBefore)]))
      .execute();
  }
}
