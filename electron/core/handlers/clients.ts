import { CoreError } from '../errors';
import {
  countClientWork,
  deleteClient,
  findClientDetail,
  findClientName,
  saveClient,
  setClientStatus,
} from '../repos/clients';
import { supersedeMovedBy } from '../services/approval-freshness';
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
    const before = args.id === undefined ? undefined : await findClientName(ctx.db, args.id);
    const id = await saveClient(ctx.db, args, isoNow(ctx.now));
    if (id === undefined) throw new CoreError('not_found', 'error.not_found');
    // The client's name and industry are in every proposal's approval content: a pending request
    // for a renamed client is for a document nobody will send.
    if (args.id !== undefined) await supersedeMovedBy(ctx.db, { clientId: id }, ctx.now);
    ctx.audit({ entity: 'client', entityId: id, detail: { name: args.name, created: args.id === undefined } });
    ctx.emit({ type: 'client.saved', clientId: id });
    // Only a new name changes what the archive finds (it is in the words of all the client's work).
    if (before !== undefined && before !== args.name) ctx.emit({ type: 'client.renamed', clientId: id });
    return { id };
  },
  'clients.delete': async ({ id }, ctx) => {
    const work = await countClientWork(ctx.db, id);
    // Quotes and proposals are the archive's history: a client with any is archived, never deleted.
    if (work.quotes > 0 || work.proposals > 0) throw new CoreError('conflict', 'error.client_has_work', work);
    if (!(await deleteClient(ctx.db, id))) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'client', entityId: id });
    ctx.emit({ type: 'client.deleted', clientId: id });
    return { id };
  },
  'clients.archive': async ({ id }, ctx) => {
    if (!(await setClientStatus(ctx.db, id, 'let_go', isoNow(ctx.now))))
      throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'client', entityId: id, detail: { status: 'let_go' } });
    ctx.emit({ type: 'client.saved', clientId: id });
    return { id };
  },
});
