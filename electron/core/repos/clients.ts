import type { Insertable, Kysely } from 'kysely';
import type { ClientSummary } from '@shared/contract';
import type { ClientsTable, ContactsTable, Database } from '../db/schema';

export async function listClientSummaries(db: Kysely<Database>): Promise<ClientSummary[]> {
  const rows = await db
    .selectFrom('clients')
    .leftJoin('users', 'users.id', 'clients.owner_id')
    .select((eb) => [
      'clients.id',
      'clients.name',
      'clients.industry',
      'clients.status',
      'clients.price_sensitivity as priceSensitivity',
      'users.name as ownerName',
      'clients.updated_at as updatedAt',
      eb
        .selectFrom('contacts')
        .whereRef('contacts.client_id', '=', 'clients.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('contactCount'),
      eb
        .selectFrom('quotes')
        .whereRef('quotes.client_id', '=', 'clients.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('quoteCount'),
    ])
    .orderBy('clients.name')
    .execute();
  return rows.map((r) => ({
    ...r,
    ownerName: r.ownerName ?? null,
    contactCount: Number(r.contactCount ?? 0),
    quoteCount: Number(r.quoteCount ?? 0),
  }));
}

export async function insertClient(db: Kysely<Database>, values: Insertable<ClientsTable>): Promise<number> {
  const row = await db.insertInto('clients').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertContacts(db: Kysely<Database>, values: Insertable<ContactsTable>[]): Promise<void> {
  if (values.length > 0) await db.insertInto('contacts').values(values).execute();
}
