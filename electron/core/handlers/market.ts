import { CoreError } from '../errors';
import { deleteMarketReference, findMarketReference, listMarketReferences, saveMarketReference } from '../repos/market';
import { isoNow } from '../time';
import { defineHandlers } from './types';

const today = (now: Date) => now.toISOString().slice(0, 10);

export const marketHandlers = defineHandlers({
  'market.list': async (args, { db, now }) => ({ items: await listMarketReferences(db, args, today(now)) }),
  'market.save': async (args, ctx) => {
    if (args.id !== undefined && !(await findMarketReference(ctx.db, args.id, today(ctx.now))))
      throw new CoreError('not_found', 'error.not_found');
    const id = await saveMarketReference(ctx.db, args, isoNow(ctx.now));
    ctx.audit({ entity: 'market_reference', entityId: id, detail: args });
    return (await findMarketReference(ctx.db, id, today(ctx.now)))!;
  },
  'market.delete': async (args, ctx) => {
    if ((await deleteMarketReference(ctx.db, args.id)) === 0) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'market_reference', entityId: args.id });
    return { id: args.id };
  },
});
