import {
  DEFAULT_PROBABILITIES,
  forecastByMonth,
  OPEN_STATUSES,
  probabilityOf,
  weightedValue,
  type OpenStatus,
  type Probabilities,
} from '@shared/collection';
import { probabilitiesSchema, type Forecast } from '@shared/contract';
import type { Kysely } from 'kysely';
import type { CurrencyCode } from '@shared/money';
import type { Database } from '../db/schema';
import { CoreError } from '../errors';
import { readSettings } from '../repos/settings';
import { isoNow } from '../time';
import { defineHandlers } from './types';

/** The weighted pipeline (加权预测, DOMAIN.md §7). */

export async function readProbabilities(db: Kysely<Database>): Promise<Probabilities> {
  const row = await db.selectFrom('forecast_settings').select('probabilities').where('id', '=', 1).executeTakeFirst();
  const parsed = row ? probabilitiesSchema.safeParse(JSON.parse(row.probabilities)) : null;
  return parsed?.success ? parsed.data : { ...DEFAULT_PROBABILITIES };
}

export async function loadForecast(db: Kysely<Database>): Promise<Forecast> {
  const [{ currency }, probabilities] = await Promise.all([readSettings(db), readProbabilities(db)]);
  const rows = await db
    .selectFrom('proposals as p')
    .innerJoin('quotes as q', 'q.id', 'p.quote_id')
    .innerJoin('clients as c', 'c.id', 'p.client_id')
    .select([
      'p.id',
      'p.title',
      'p.status',
      'p.win_probability',
      'p.win_probability_reason',
      'p.expected_decision_month',
      'q.net',
      'c.name as client_name',
    ])
    .where('p.status', 'in', [...OPEN_STATUSES])
    .where('q.currency', '=', currency)
    .orderBy('p.expected_decision_month')
    .orderBy('p.id')
    .execute();
  const open = rows.map((r) => ({
    status: r.status as OpenStatus,
    net: r.net,
    probabilityOverride: r.win_probability,
    expectedMonth: r.expected_decision_month,
  }));
  const proposals = rows.map((r, i) => ({
    id: r.id,
    title: r.title,
    clientName: r.client_name,
    status: open[i]!.status,
    net: r.net,
    probability: probabilityOf(open[i]!, probabilities),
    overridden: r.win_probability !== null,
    reason: r.win_probability_reason,
    expectedMonth: r.expected_decision_month,
    weighted: weightedValue(open[i]!, probabilities),
  }));
  return {
    currency: currency as CurrencyCode,
    probabilities,
    months: forecastByMonth(open, probabilities),
    proposals,
    unweighted: proposals.reduce((s, p) => s + p.net, 0),
    weighted: proposals.reduce((s, p) => s + p.weighted, 0),
  };
}

export const forecastHandlers = defineHandlers({
  'forecast.settings': (_args, { db }) => readProbabilities(db),

  'forecast.saveSettings': async (args, ctx) => {
    const values = {
      probabilities: JSON.stringify(args),
      updated_at: isoNow(ctx.now),
      updated_by: ctx.actor?.id ?? null,
    };
    await ctx.db
      .insertInto('forecast_settings')
      .values({ id: 1, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute();
    ctx.audit({ entity: 'forecast_settings', detail: args });
    return readProbabilities(ctx.db);
  },

  'forecast.pipeline': (_args, { db }) => loadForecast(db),

  'forecast.setProposal': async (args, ctx) => {
    const r = await ctx.db
      .updateTable('proposals')
      .set({
        win_probability: args.probability,
        win_probability_reason: args.probability === null ? null : args.reason,
        expected_decision_month: args.expectedMonth,
      })
      .where('id', '=', args.id)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) === 0) throw new CoreError('not_found', 'error.not_found');
    ctx.audit({ entity: 'proposal', entityId: args.id, detail: { probability: args.probability } });
    ctx.emit({ type: 'proposal.saved', proposalId: args.id });
    return { id: args.id };
  },
});
