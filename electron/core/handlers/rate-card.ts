import { CoreError } from '../errors';
import { deleteRateCardEntry, findRateCardEntry, listRateCard, saveRateCardEntry } from '../repos/rate-card';
import { isoNow } from '../time';
import { defineHandlers } from './types';

export const rateCardHandlers = defineHandlers({
  'rateCard.list': async (args, { db }) => ({ items: await listRateCard(db, args) }),
  'rateCard.save': async (args, ctx) => {
    if (args.id !== undefined && !(await findRateCardEntry(ctx.db, args.id)))
      throw new CoreError('not_found', 'error.not_found');
    const id = await saveRateCardEntry(ctx.db, args, isoNow(ctx.now));
    ctx.audit({ entity: 'rate_card', entityId: id, detail: args });
    return (await findRateCardEntry(ctx.db, id))!;
  },
  'rateCard.delete': async (args, ctx) => {
    if ((await deleteRateCardEntry(ctx.db, args.id)) === 0) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'rate_card', entityId: args.id });
    return { id: args.id };
  },
});
