import type { Insertable, Kysely } from 'kysely';
import type { Database, RateCardRolesTable } from '../db/schema';

export async function insertRateCardRoles(
  db: Kysely<Database>,
  values: Insertable<RateCardRolesTable>[],
): Promise<void> {
  if (values.length > 0) await db.insertInto('rate_card_roles').values(values).execute();
}
