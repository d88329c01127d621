import type { Kysely } from 'kysely';
import type { SessionState } from '@shared/contract';
import { verifyPassword, hashPassword } from '../auth/password';
import { assertAdminCanSignIn, implicitUser, signInModeOf } from '../auth/identify';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';
import { listActiveUsers, passwordHashOf, setPasswordHash } from '../repos/users';
import { defineHandlers, type HandlerContext } from './types';
import { localized } from '@shared/i18n/catalog';

/** Who the caller will act as after this call: the user given, else whoever needs no sign-in. */
async function stateFor(db: Kysely<Database>, userId: number | null): Promise<SessionState> {
  const active = await listActiveUsers(db);
  const mode = signInModeOf(active);
  const user = (userId !== null && active.find((u) => u.id === userId)) || implicitUser(mode, active);
  return { mode, user };
}

/** Refuse before checking the password when this user or client failed too often lately. */
function checkRate(ctx: HandlerContext, userId: number): void {
  const wait = ctx.session.limiter.waitMs(String(userId), ctx.session.client, ctx.now.getTime());
  if (wait > 0)
    throw new CoreError('rate_limited', 'error.sign_in_rate_limited', { minutes: Math.ceil(wait / 60_000) });
}

export const authHandlers = defineHandlers({
  'auth.session': async (_args, ctx) => ({ mode: ctx.session.mode, user: ctx.actor }),

  'auth.signIn': async ({ userId, password }, ctx) => {
    checkRate(ctx, userId);
    // Inactive and unknown users have no hash here: the check spends the same time and says the same.
    const ok = await verifyPassword(password, await passwordHashOf(ctx.db, userId));
    if (!ok) {
      ctx.session.limiter.fail(String(userId), ctx.session.client, ctx.now.getTime());
      ctx.log.info(`sign-in refused for user #${userId} from ${ctx.session.client}`);
      throw new CoreError('sign_in_required', 'error.sign_in_failed');
    }
    ctx.session.limiter.succeed(String(userId));
    ctx.session.handOver(userId);
    ctx.audit({ entity: 'user', entityId: userId, actorId: userId });
    return stateFor(ctx.db, userId);
  },

  'auth.signOut': async (_args, ctx) => {
    ctx.session.handOver(null);
    ctx.audit({ entity: 'user', entityId: ctx.actor?.id });
    return stateFor(ctx.db, null);
  },

  'auth.changePassword': async ({ currentPassword, newPassword }, ctx) => {
    const me = ctx.actor!;
    const stored = await passwordHashOf(ctx.db, me.id);
    // A user without a password yet (the solo user, an unclaimed workspace's admin) sets a first one.
    if (stored) {
      checkRate(ctx, me.id);
      if (!(await verifyPassword(currentPassword, stored))) {
        ctx.session.limiter.fail(String(me.id), ctx.session.client, ctx.now.getTime());
        throw new CoreError('validation', 'error.current_password_wrong', {}, [
          {
            path: ['currentPassword'],
            code: 'custom',
            message: localized('auth', 'currentPasswordWrong'),
          },
        ]);
      }
    }
    await setPasswordHash(ctx.db, me.id, await hashPassword(newPassword));
    await assertAdminCanSignIn(ctx.db);
    // Every other session of this user ends (a stolen one too); this window gets a fresh one.
    ctx.session.endAllOf(me.id);
    ctx.session.handOver(me.id);
    ctx.audit({ entity: 'user', entityId: me.id, detail: { passwordChanged: true } });
    return stateFor(ctx.db, me.id);
  },
});
