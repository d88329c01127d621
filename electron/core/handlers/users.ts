import { assertAdminCanSignIn } from '../auth/identify';
import { hashPassword } from '../auth/password';
import { CoreError } from '../errors';
import { countActiveAdmins, findUser, insertUser, listUsers, setPasswordHash, updateUser } from '../repos/users';
import { supersedeMovedBy } from '../services/approval-freshness';
import { isoNow } from '../time';
import { defineHandlers } from './types';

export const usersHandlers = defineHandlers({
  'users.list': async (_args, { db }) => ({ items: await listUsers(db) }),
  'users.create': async ({ password, ...args }, ctx) => {
    const user = await insertUser(ctx.db, args.name, args.role, isoNow(ctx.now), await hashPassword(password));
    // The second active user turns sign-in on: an admin must be able to sign in from then on.
    await assertAdminCanSignIn(ctx.db);
    // The audit detail names what changed, never the password.
    ctx.audit({ entity: 'user', entityId: user.id, detail: args });
    return user;
  },
  'users.update': async ({ id, ...patch }, ctx) => {
    const before = await findUser(ctx.db, id);
    if (!before) throw new CoreError('not_found', 'error.user_not_found');
    const after = await updateUser(ctx.db, id, patch);
    // The workspace must keep someone who can change settings and users.
    if (before.role === 'admin' && (await countActiveAdmins(ctx.db)) === 0) {
      throw new CoreError('conflict', 'error.last_admin');
    }
    await assertAdminCanSignIn(ctx.db);
    // The owner's name is printed in (and hashed with) each proposal they own.
    if (patch.name !== undefined && patch.name !== before.name)
      await supersedeMovedBy(ctx.db, { ownerId: id }, ctx.now);
    // A deactivated user's sessions end with the change, not at their next expiry.
    if (patch.active === false) ctx.session.endAllOf(id);
    ctx.audit({ entity: 'user', entityId: id, detail: patch });
    return after!;
  },
  'users.setPassword': async ({ id, password }, ctx) => {
    if (!(await findUser(ctx.db, id))) throw new CoreError('not_found', 'error.user_not_found');
    await setPasswordHash(ctx.db, id, await hashPassword(password));
    await assertAdminCanSignIn(ctx.db);
    ctx.session.endAllOf(id);
    // An admin resetting their own password keeps working in this window.
    if (id === ctx.actor?.id) ctx.session.handOver(id);
    ctx.audit({ entity: 'user', entityId: id, detail: { passwordSet: true } });
    return (await findUser(ctx.db, id))!;
  },
});
