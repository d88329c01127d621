import type { Kysely } from 'kysely';
import type { ExchangeRate, ExchangeRateInput } from '@shared/contract';
import type { Database } from '../db/schema';

/** Exchange rates finance entered, newest day first per currency. */
export async function listExchangeRates(db: Kysely<Database>): Promise<ExchangeRate[]> {
  const rows = await db
    .selectFrom('exchange_rates as r')
    .leftJoin('users as u', 'u.id', 'r.created_by')
    .select(['r.id', 'r.currency', 'r.rate_on', 'r.rate', 'r.created_at', 'u.name as createdBy'])
    .orderBy('r.currency')
    .orderBy('r.rate_on', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    currency: r.currency as ExchangeRate['currency'],
    rateOn: r.rate_on,
    rate: r.rate,
    createdAt: r.created_at,
    createdBy: r.createdBy ?? null,
  }));
}

/** One rate per currency and day: a second entry for the same day replaces the first. */
export async function saveExchangeRate(
  db: Kysely<Database>,
  input: ExchangeRateInput,
  by: number | null,
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('exchange_rates')
    .values({ currency: input.currency, rate_on: input.rateOn, rate: input.rate, created_at: at, created_by: by })
    .onConflict((oc) =>
      oc.columns(['currency', 'rate_on']).doUpdateSet({ rate: input.rate, created_at: at, created_by: by }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteExchangeRate(db: Kysely<Database>, id: number): Promise<number> {
  const r = await db.deleteFrom('exchange_rates').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Every rate as (currency → [day, rate] ascending), for converting many wins in one pass. */
export async function exchangeRateTable(db: Kysely<Database>): Promise<Map<string, { on: string; rate: string }[]>> {
  const rows = await db
    .selectFrom('exchange_rates')
    .select(['currency', 'rate_on', 'rate'])
    .orderBy('rate_on')
    .execute();
  const table = new Map<string, { on: string; rate: string }[]>();
  for (const r of rows) table.set(r.currency, [...(table.get(r.currency) ?? []), { on: r.rate_on, rate: r.rate }]);
  return table;
}
