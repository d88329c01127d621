import type { Insertable, Kysely } from 'kysely';
import type { ClientDetail, ClientInput, ClientSummary } from '@shared/contract';
import { clientTypeOf } from '@shared/analytics/client-type';
import type { ClientsTable, ContactsTable, Database } from '../db/schema';

const parseTags = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
};

const openKeyAccount = (db: Kysely<Database>) =>
  db.selectFrom('key_accounts').select('client_id').where('retired_at', 'is', null);

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
      'clients.character_level',
      'clients.professionalism_level',
      'clients.tags',
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
      eb('clients.id', 'in', openKeyAccount(db)).as('keyAccount'),
    ])
    .orderBy('clients.name')
    .execute();
  return rows.map(({ character_level, professionalism_level, tags, keyAccount, ...r }) => ({
    ...r,
    ownerName: r.ownerName ?? null,
    contactCount: Number(r.contactCount ?? 0),
    quoteCount: Number(r.quoteCount ?? 0),
    clientType: clientTypeOf(character_level, professionalism_level),
    tags: parseTags(tags),
    keyAccount: Boolean(keyAccount),
  }));
}

/** The client's name as stored (undefined: no such client). */
export async function findClientName(db: Kysely<Database>, id: number): Promise<string | undefined> {
  const row = await db.selectFrom('clients').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}

export async function findClientDetail(db: Kysely<Database>, id: number): Promise<ClientDetail | undefined> {
  const row = await db
    .selectFrom('clients')
    .leftJoin('users', 'users.id', 'clients.owner_id')
    .selectAll('clients')
    .select('users.name as ownerName')
    .where('clients.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [contacts, dates, work, key] = await Promise.all([
    db.selectFrom('contacts').selectAll().where('client_id', '=', id).orderBy('id').execute(),
    db.selectFrom('client_dates').select(['label', 'date']).where('client_id', '=', id).orderBy('id').execute(),
    countClientWork(db, id),
    db
      .selectFrom('key_accounts')
      .select('id')
      .where('client_id', '=', id)
      .where('retired_at', 'is', null)
      .executeTakeFirst(),
  ]);
  return {
    id: row.id,
    name: row.name,
    industry: row.industry,
    status: row.status,
    priceSensitivity: row.price_sensitivity,
    ownerId: row.owner_id,
    ownerName: row.ownerName ?? null,
    decisionProcess: row.decision_process,
    character: row.character_level,
    professionalism: row.professionalism_level,
    clientType: clientTypeOf(row.character_level, row.professionalism_level),
    tags: parseTags(row.tags),
    relatedSales: row.related_sales,
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      role: c.role,
      phone: c.phone ?? '',
      email: c.email ?? '',
      wechat: c.wechat ?? '',
      birthday: c.birthday ?? '',
      decisionMaker: c.decision_maker === 1,
      topManagement: c.top_management === 1,
    })),
    dates,
    keyAccount: key !== undefined,
    quoteCount: work.quotes,
    proposalCount: work.proposals,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function countClientWork(
  db: Kysely<Database>,
  id: number,
): Promise<{ quotes: number; proposals: number }> {
  const count = async (table: 'quotes' | 'proposals') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('client_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { quotes: await count('quotes'), proposals: await count('proposals') };
}

function clientColumns(c: ClientInput) {
  return {
    name: c.name,
    industry: c.industry,
    status: c.status,
    price_sensitivity: c.priceSensitivity,
    owner_id: c.ownerId,
    decision_process: c.decisionProcess,
    character_level: c.character,
    professionalism_level: c.professionalism,
    tags: JSON.stringify(c.tags),
    related_sales: c.relatedSales,
  };
}

function contactColumns(clientId: number, p: ClientInput['contacts'][number]) {
  const orNull = (s: string) => (s === '' ? null : s);
  return {
    client_id: clientId,
    name: p.name,
    role: p.role,
    phone: orNull(p.phone),
    email: orNull(p.email),
    wechat: orNull(p.wechat),
    birthday: orNull(p.birthday),
    decision_maker: p.decisionMaker ? 1 : 0,
    top_management: p.topManagement ? 1 : 0,
  };
}

/**
 * Create or update a client with its contacts and dates. Contacts keep their ids (visits point at
 * them): listed ones are updated, new ones inserted, and those left out deleted. A contact id that
 * belongs to another client is ignored and treated as new. Returns false for an unknown client id.
 */
export async function saveClient(
  db: Kysely<Database>,
  c: ClientInput & { id?: number },
  at: string,
): Promise<number | undefined> {
  let id = c.id;
  if (id === undefined) {
    id = await insertClient(db, { ...clientColumns(c), created_at: at, updated_at: at });
  } else {
    const updated = await db
      .updateTable('clients')
      .set({ ...clientColumns(c), updated_at: at })
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return undefined;
  }
  const clientId = id;
  const existing = new Set(
    (await db.selectFrom('contacts').select('id').where('client_id', '=', clientId).execute()).map((r) => r.id),
  );
  const kept = c.contacts.filter((p) => p.id !== undefined && existing.has(p.id)).map((p) => p.id!);
  const removed = [...existing].filter((cid) => !kept.includes(cid));
  if (removed.length > 0) await db.deleteFrom('contacts').where('id', 'in', removed).execute();
  for (const p of c.contacts) {
    if (p.id !== undefined && existing.has(p.id)) {
      await db.updateTable('contacts').set(contactColumns(clientId, p)).where('id', '=', p.id).execute();
    } else {
      await db.insertInto('contacts').values(contactColumns(clientId, p)).execute();
    }
  }
  await db.deleteFrom('client_dates').where('client_id', '=', clientId).execute();
  if (c.dates.length > 0)
    await db
      .insertInto('client_dates')
      .values(c.dates.map((d) => ({ client_id: clientId, label: d.label, date: d.date })))
      .execute();
  return clientId;
}

export async function deleteClient(db: Kysely<Database>, id: number): Promise<boolean> {
  const r = await db.deleteFrom('clients').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function setClientStatus(
  db: Kysely<Database>,
  id: number,
  status: ClientsTable['status'],
  at: string,
): Promise<boolean> {
  const r = await db.updateTable('clients').set({ status, updated_at: at }).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function insertClient(db: Kysely<Database>, values: Insertable<ClientsTable>): Promise<number> {
  const row = await db.insertInto('clients').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function insertContacts(db: Kysely<Database>, values: Insertable<ContactsTable>[]): Promise<void> {
  if (values.length > 0) await db.insertInto('contacts').values(values).execute();
}
