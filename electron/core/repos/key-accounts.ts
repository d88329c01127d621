import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The key-account list's history: each period from adding to retiring, with who and why. */
export async function listKeyAccountPeriods(db: Kysely<Database>) {
  return db
    .selectFrom('key_accounts')
    .innerJoin('clients', 'clients.id', 'key_accounts.client_id')
    .leftJoin('users as adder', 'adder.id', 'key_accounts.added_by')
    .leftJoin('users as retirer', 'retirer.id', 'key_accounts.retired_by')
    .select([
      'key_accounts.client_id as clientId',
      'clients.name',
      'key_accounts.added_at as addedAt',
      'adder.name as addedBy',
      'key_accounts.add_reason as addReason',
      'key_accounts.retired_at as retiredAt',
      'retirer.name as retiredBy',
      'key_accounts.retire_reason as retireReason',
    ])
    .orderBy('key_accounts.added_at', 'desc')
    .orderBy('key_accounts.id', 'desc')
    .execute();
}

export async function isKeyAccount(db: Kysely<Database>, clientId: number): Promise<boolean> {
  const row = await db
    .selectFrom('key_accounts')
    .select('id')
    .where('client_id', '=', clientId)
    .where('retired_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addKeyAccount(
  db: Kysely<Database>,
  v: { clientId: number; reason: string; by: number | null; at: string },
): Promise<void> {
  await db
    .insertInto('key_accounts')
    .values({ client_id: v.clientId, added_at: v.at, added_by: v.by, add_reason: v.reason })
    .execute();
}

export async function retireKeyAccount(
  db: Kysely<Database>,
  v: { clientId: number; reason: string; by: number | null; at: string },
): Promise<void> {
  await db
    .updateTable('key_accounts')
    .set({ retired_at: v.at, retired_by: v.by, retire_reason: v.reason })
    .where('client_id', '=', v.clientId)
    .where('retired_at', 'is', null)
    .execute();
}
