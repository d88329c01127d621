import { costToServe } from '@shared/collection';
import { parseFixed, parseQuantity } from '@shared/money';
import { CoreError } from '../errors';
import { listRateCard } from '../repos/rate-card';
import { deleteCostEntry, findCostEntry, insertCostEntry, listCostEntries } from '../repos/cost-to-serve';
import { readSettings } from '../repos/settings';
import { isoNow } from '../time';
import { defineHandlers } from './types';

export const costToServeHandlers = defineHandlers({
  'costToServe.list': async (args, { db }) => {
    const items = await listCostEntries(db, args.clientId);
    const { currency } = await readSettings(db);
    return { items, total: items.filter((i) => i.currency === currency).reduce((s, i) => s + i.cost, 0) };
  },

  /**
   * Valued now, at the cost rate on the rate card in force on the entry's date, and frozen: a rate
   * entered later (even one effective that same day) does not change what was logged.
   */
  'costToServe.add': async (args, ctx) => {
    const client = await ctx.db.selectFrom('clients').select('id').where('id', '=', args.clientId).executeTakeFirst();
    if (!client) throw new CoreError('not_found', 'error.not_found');
    if (args.proposalId !== undefined) {
      const p = await ctx.db
        .selectFrom('proposals')
        .select('client_id')
        .where('id', '=', args.proposalId)
        .executeTakeFirst();
      if (!p || p.client_id !== args.clientId) throw new CoreError('not_found', 'error.not_found');
    }
    const settings = await readSettings(ctx.db);
    const role = args.role.trim();
    const [rate] = (await listRateCard(ctx.db, { currency: settings.currency, asOf: args.onDate })).filter(
      (r) => r.role === role,
    );
    if (!rate)
      throw new CoreError('conflict', 'error.cost_no_rate', { role, date: args.onDate, currency: settings.currency });
    const unit = args.days !== undefined ? 'days' : 'hours';
    const quantity = parseQuantity(args.days ?? args.hours ?? '0');
    const cost = costToServe(quantity, unit, rate.costRate, parseFixed(settings.hoursPerDay, 3));
    const id = await insertCostEntry(ctx.db, {
      client_id: args.clientId,
      proposal_id: args.proposalId ?? null,
      on_date: args.onDate,
      kind: args.kind,
      role,
      unit,
      quantity,
      hours_per_day: settings.hoursPerDay,
      currency: settings.currency,
      cost_rate: rate.costRate,
      rate_card_role_id: rate.id,
      cost,
      note: args.note ?? '',
      created_at: isoNow(ctx.now),
      created_by: ctx.actor?.id ?? null,
    });
    ctx.audit({ entity: 'cost_to_serve', entityId: id, detail: { clientId: args.clientId, cost } });
    return (await findCostEntry(ctx.db, id))!;
  },

  'costToServe.delete': async (args, ctx) => {
    if (!(await deleteCostEntry(ctx.db, args.id))) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'cost_to_serve', entityId: args.id });
    return { id: args.id };
  },
});
