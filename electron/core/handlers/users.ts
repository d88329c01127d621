import { CoreError } from '../errors';
import { countActiveAdmins, findUser, insertUser, listUsers, updateUser } from '../repos/users';
import { isoNow } from '../time';
import { defineHandlers } from './types';

export const usersHandlers = defineHandlers({
  'users.list': async (_args, { db }) => ({ items: await listUsers(db) }),
  'users.create': async (args, ctx) => {
    const user = await insertUser(ctx.db, args.name, args.role, isoNow(ctx.now));
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
    ctx.audit({ entity: 'user', entityId: id, detail: patch });
    return after!;
  },
});
