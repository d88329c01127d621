import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

type Counted = 'users' | 'clients' | 'quotes' | 'proposals';

export async function countRows(db: Kysely<Database>): Promise<Record<Counted, number>> {
  const count = async (table: Counted) => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    users: await count('users'),
    clients: await count('clients'),
    quotes: await count('quotes'),
    proposals: await count('proposals'),
  };
}
