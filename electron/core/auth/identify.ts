import type { Kysely } from 'kysely';
import type { SignInMode, User } from '@shared/contract';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';
import { listActiveUsers } from '../repos/users';
import type { Sessions } from './sessions';

export interface Identity {
  mode: SignInMode;
  /** Who the call acts as; null: nobody (only public calls pass). */
  user: User | null;
}

/** How the workspace decides who acts, from its active users (see SIGN_IN_MODES). */
export function signInModeOf(active: readonly User[]): SignInMode {
  if (active.length <= 1) return 'solo';
  return active.some((u) => u.hasPassword) ? 'required' : 'unclaimed';
}

/** Who acts when no session says so: the solo user, or an unclaimed workspace's first admin. */
export function implicitUser(mode: SignInMode, active: readonly User[]): User | null {
  if (mode === 'solo') return active[0] ?? null;
  if (mode === 'unclaimed') return active.find((u) => u.role === 'admin') ?? null;
  return null;
}

/** A session looked up before the call's transaction began (see `resolveSession`). */
export interface ResolvedSession {
  sessionId: string;
  /** Its user while the session is live; undefined once it expired (or never existed). */
  userId: number | undefined;
}

/**
 * Look a session up (and mark it used) on the session store's own connection. A write resolves
 * its session with this before its transaction begins: on PostgreSQL the store takes a connection
 * from the same pool, and a transaction holding one while waiting for a second deadlocks the
 * server once every connection of the pool is held so (found by the team load bench).
 */
export async function resolveSession(sessions: Sessions, sessionId: string, now: number): Promise<ResolvedSession> {
  return { sessionId, userId: await sessions.resolve(sessionId, now, true) };
}

/**
 * The acting user of one call. In-process callers (tests, the core's own tools) name a user id,
 * which must be an active user; hosts pass only the session id their cookie or window holds, or
 * the session already resolved (`session`, for a write: then nothing here touches the session
 * store, and a session whose user is no longer active is reported in `staleSession` for the
 * caller to end after its transaction). A session of a user deactivated since is ended on sight.
 * Without `implicit`, nobody acts without a session (a team server's caller who has not proved
 * set-up access). Without `touch`, a session is checked without counting as use (an open event
 * stream must not keep it alive).
 */
export async function identify(
  db: Kysely<Database>,
  sessions: Sessions,
  who: { userId?: number; sessionId?: string; session?: ResolvedSession },
  now: number,
  implicit = true,
  touch = true,
): Promise<Identity & { staleSession?: string }> {
  const active = await listActiveUsers(db);
  const mode = signInModeOf(active);
  if (who.userId !== undefined) {
    const user = active.find((u) => u.id === who.userId);
    if (!user) throw new CoreError('unauthorized', 'error.user_inactive');
    return { mode, user };
  }
  const fallback = { mode, user: implicit ? implicitUser(mode, active) : null };
  if (who.session) {
    const { userId, sessionId } = who.session;
    const user = userId === undefined ? undefined : active.find((u) => u.id === userId);
    if (user) return { mode, user };
    return userId === undefined ? fallback : { ...fallback, staleSession: sessionId };
  }
  if (who.sessionId) {
    const userId = await sessions.resolve(who.sessionId, now, touch);
    const user = userId === undefined ? undefined : active.find((u) => u.id === userId);
    if (user) return { mode, user };
    if (userId !== undefined) await sessions.end(who.sessionId);
  }
  return fallback;
}

/**
 * With two or more active users and sign-in in force, some active admin must be able to sign in:
 * otherwise nobody could manage users again. Checked after every change to users or passwords.
 */
export async function assertAdminCanSignIn(db: Kysely<Database>): Promise<void> {
  const active = await listActiveUsers(db);
  if (signInModeOf(active) !== 'required') return;
  if (!active.some((u) => u.role === 'admin' && u.hasPassword))
    throw new CoreError('conflict', 'error.admin_password_needed');
}
