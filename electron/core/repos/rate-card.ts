import type { Insertable, Kysely, Selectable } from 'kysely';
import type { RateCardEntry, RateCardInput } from '@shared/contract';
import type { Database, RateCardRolesTable } from '../db/schema';

export async function insertRateCardRoles(
  db: Kysely<Database>,
  values: Insertable<RateCardRolesTable>[],
): Promise<void> {
  if (values.length > 0) await db.insertInto('rate_card_roles').values(values).execute();
}

function toEntry(r: Selectable<RateCardRolesTable>): RateCardEntry {
  return {
    id: r.id,
    role: r.role,
    currency: r.currency as RateCardEntry['currency'],
    rate: r.rate,
    costRate: r.cost_rate,
    effectiveFrom: r.effective_from,
    updatedAt: r.updated_at ?? null,
  };
}

/**
 * The card, by currency and role, newest entry first. With `asOf`, only the entry in effect that
 * day for each role: the latest `effective_from` not after it (the higher id breaks a tie).
 */
export async function listRateCard(
  db: Kysely<Database>,
  filter: { currency?: string; asOf?: string },
): Promise<RateCardEntry[]> {
  let query = db.selectFrom('rate_card_roles as e').selectAll('e');
  if (filter.currency) query = query.where('e.currency', '=', filter.currency);
  const asOf = filter.asOf;
  if (asOf) {
    query = query.where('e.effective_from', '<=', asOf).where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('rate_card_roles as later')
            .select('later.id')
            .whereRef('later.role', '=', 'e.role')
            .whereRef('later.currency', '=', 'e.currency')
            .where('later.effective_from', '<=', asOf)
            .where((eb) =>
              eb.or([
                eb('later.effective_from', '>', eb.ref('e.effective_from')),
                eb.and([
                  eb('later.effective_from', '=', eb.ref('e.effective_from')),
                  eb('later.id', '>', eb.ref('e.id')),
                ]),
              ]),
            ),
        ),
      ),
    );
  }
  const rows = await query
    .orderBy('e.currency')
    .orderBy('e.role')
    .orderBy('e.effective_from', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
  return rows.map(toEntry);
}

export async function findRateCardEntry(db: Kysely<Database>, id: number): Promise<RateCardEntry | undefined> {
  const row = await db.selectFrom('rate_card_roles').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEntry(row) : undefined;
}

export async function saveRateCardEntry(db: Kysely<Database>, input: RateCardInput, at: string): Promise<number> {
  const values = {
    role: input.role,
    currency: input.currency,
    rate: input.rate,
    cost_rate: input.costRate,
    effective_from: input.effectiveFrom,
    updated_at: at,
  };
  if (input.id !== undefined) {
    await db.updateTable('rate_card_roles').set(values).where('id', '=', input.id).execute();
    return input.id;
  }
  const row = await db.insertInto('rate_card_roles').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteRateCardEntry(db: Kysely<Database>, id: number): Promise<number> {
  const result = await db.deleteFrom('rate_card_roles').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}
