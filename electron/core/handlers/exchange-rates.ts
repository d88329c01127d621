import { CoreError } from '../errors';
import { deleteExchangeRate, listExchangeRates, saveExchangeRate } from '../repos/exchange-rates';
import { readSettings } from '../repos/settings';
import { isoNow } from '../time';
import { defineHandlers } from './types';

export const exchangeRateHandlers = defineHandlers({
  'exchangeRates.list': async (_args, { db }) => {
    const [{ currency }, items] = await Promise.all([readSettings(db), listExchangeRates(db)]);
    return { workspaceCurrency: currency, items };
  },
  'exchangeRates.save': async (args, ctx) => {
    const { currency } = await readSettings(ctx.db);
    if (args.currency === currency) throw new CoreError('validation', 'error.rate_same_currency', { currency });
    const id = await saveExchangeRate(ctx.db, args, ctx.actor?.id ?? null, isoNow(ctx.now));
    ctx.audit({ entity: 'exchangeRate', entityId: id, detail: args });
    return { id };
  },
  'exchangeRates.delete': async (args, ctx) => {
    if ((await deleteExchangeRate(ctx.db, args.id)) === 0) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'exchangeRate', entityId: args.id });
    return { id: args.id };
  },
});
