import { CoreError } from '../errors';
import { countClientWork, deleteClient, findClientDetail, saveClient, setClientStatus } from '../repos/clients';
import { isoNow } from '../time';
import { defineHandlers } from './types';

/** The client record: read, save with contacts and dates, delete (only without work), archive. */
export const clientHandlers = defineHandlers({
  'clients.get': async ({ id }, { db }) => {
    const client = await findClientDetail(db, id);
    if (!client) throw new CoreError('not_found', 'error.not_found');
    return client;
  },
  'clients.save': async (args, ctx) => {
    const id = await saveClient(ctx.db, args, isoNow(ctx.now));
    if (id === undefined) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'client', entityId: id, detail: { name: args.name, created: args.id === undefined } });
    return { id };
  },
  'clients.delete': async ({ id }, ctx) => {
    const work = await countClientWork(ctx.db, id);
    // Quotes and proposals are the archive's history: a client with any is archived, never deleted.
    if (work.quotes > 0 || work.proposals > 0) throw new CoreError('conflict', 'error.client_has_work', work);
    if (!(await deleteClient(ctx.db, id))) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'client', entityId: id });
    return { id };
  },
  'clients.archive': async ({ id }, ctx) => {
    if (!(await setClientStatus(ctx.db, id, 'let_go', isoNow(ctx.now))))
      throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'client', entityId: id, detail: { status: 'let_go' } });
    return { id };
  },
});
