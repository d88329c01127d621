import type { Kysely } from 'kysely';
import type { CostEntry } from '@shared/contract';
import { formatQuantity, type CurrencyCode } from '@shared/money';
import type { Database } from '../db/schema';
import type { CostToServeTable } from '../db/schema-collection';
import type { Insertable } from 'kysely';

/** Cost-to-serve entries (服务成本, DOMAIN.md §7). */

export async function insertCostEntry(db: Kysely<Database>, values: Insertable<CostToServeTable>): Promise<number> {
  const row = await db.insertInto('cost_to_serve').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function deleteCostEntry(db: Kysely<Database>, id: number): Promise<boolean> {
  const r = await db.deleteFrom('cost_to_serve').where('id', '=', id).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

function query(db: Kysely<Database>) {
  return db
    .selectFrom('cost_to_serve as e')
    .leftJoin('proposals as p', 'p.id', 'e.proposal_id')
    .leftJoin('users as u', 'u.id', 'e.created_by')
    .selectAll('e')
    .select(['p.title as proposal_title', 'u.name as created_by_name']);
}

type Row = Awaited<ReturnType<ReturnType<typeof query>['executeTakeFirstOrThrow']>>;

function toEntry(r: Row): CostEntry {
  return {
    id: r.id,
    clientId: r.client_id,
    proposalId: r.proposal_id,
    proposalTitle: r.proposal_title ?? null,
    onDate: r.on_date,
    kind: r.kind,
    role: r.role,
    unit: r.unit,
    quantity: formatQuantity(r.quantity),
    currency: r.currency as CurrencyCode,
    costRate: r.cost_rate,
    cost: r.cost,
    note: r.note,
    createdBy: r.created_by_name ?? null,
  };
}

export async function listCostEntries(db: Kysely<Database>, clientId: number): Promise<CostEntry[]> {
  const rows = await query(db)
    .where('e.client_id', '=', clientId)
    .orderBy('e.on_date', 'desc')
    .orderBy('e.id', 'desc')
    .execute();
  return rows.map(toEntry);
}

export async function findCostEntry(db: Kysely<Database>, id: number): Promise<CostEntry | undefined> {
  const row = await query(db).where('e.id', '=', id).executeTakeFirst();
  return row ? toEntry(row) : undefined;
}

/**
 * Per client, in `currency`: the cost to serve all-time, and per day on or after `since` (the
 * analytics sum the 12-month window of any later day from it: analytics/base.ts); of the clients
 * in `clientIds` only, when given.
 */
export async function costToServeByClient(
  db: Kysely<Database>,
  currency: string,
  since: string,
  clientIds?: readonly number[],
): Promise<Map<number, { total: number; recent: { on: string; cost: number }[] }>> {
  const rows = await db
    .selectFrom('cost_to_serve')
    .select((e) => ['client_id', 'on_date', e.fn.sum<number>('cost').as('cost')])
    .where('currency', '=', currency)
    .$if(clientIds !== undefined, (q) => q.where('client_id', 'in', clientIds!.length > 0 ? [...clientIds!] : [-1]))
    .groupBy(['client_id', 'on_date'])
    .orderBy('client_id')
    .orderBy('on_date')
    .execute();
  const out = new Map<number, { total: number; recent: { on: string; cost: number }[] }>();
  for (const r of rows) {
    const id = Number(r.client_id);
    let c = out.get(id);
    if (!c) out.set(id, (c = { total: 0, recent: [] }));
    const cost = Number(r.cost);
    c.total += cost;
    if (r.on_date >= since) c.recent.push({ on: r.on_date, cost });
  }
  return out;
}
