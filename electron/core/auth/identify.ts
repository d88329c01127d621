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

/**
 * The acting user of one call. In-process callers (tests, the core's own tools) name a user id,
 * which must be an active user; hosts pass only the session id their cookie or window holds.
 * A session of a user deactivated since is ended on sight. Without `implicit`, nobody acts without
 * a session (a team server's caller who has not proved set-up access).
 */
export async function identify(
  db: Kysely<Database>,
  sessions: Sessions,
  who: { userId?: number; sessionId?: string },
  now: number,
  implicit = true,
): Promise<Identity> {
  const active = await listActiveUsers(db);
  const mode = signInModeOf(active);
  if (who.userId !== undefined) {
    const user = active.find((u) => u.id === who.userId);
    if (!user) throw new CoreError('unauthorized', 'error.user_inactive');
    return { mode, user };
  }
  if (who.sessionId) {
    const userId = await sessions.resolve(who.sessionId, now);
    const user = userId === undefined ? undefined : active.find((u) => u.id === userId);
    if (user) return { mode, user };
    if (userId !== undefined) await sessions.end(who.sessionId);
  }
  return { mode, user: implicit ? implicitUser(mode, active) : null };
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
