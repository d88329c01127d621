import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { MarketReferenceInput, MarketReferenceRecord } from '@shared/contract';
import { staleCutoff } from '@shared/quote';
import type { Database } from '../db/schema';
import type { MarketReferencesTable } from '../db/schema-quotes';

function toRecord(r: Selectable<MarketReferencesTable>, cutoff: string): MarketReferenceRecord {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    currency: r.currency as MarketReferenceRecord['currency'],
    unitPrice: r.unit_price,
    unit: r.unit,
    source: r.source,
    date: r.date,
    // The same rule as the calculator's stale_market_reference flag.
    stale: r.date < cutoff,
    updatedAt: r.updated_at,
  };
}

/** Substring search: Chinese has no spaces between words, and the library is small. */
export async function listMarketReferences(
  db: Kysely<Database>,
  filter: { search?: string; currency?: string },
  today: string,
): Promise<MarketReferenceRecord[]> {
  let query = db.selectFrom('market_references').selectAll();
  if (filter.currency) query = query.where('currency', '=', filter.currency);
  for (const term of (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
    // LIKE with the wildcards escaped: the same substring test in SQLite and PostgreSQL.
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(({ or }) =>
      or(
        (['name', 'unit', 'source'] as const).map(
          (column) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`,
        ),
      ),
    );
  }
  const rows = await query.orderBy('date', 'desc').orderBy('id', 'desc').execute();
  const cutoff = staleCutoff(today);
  return rows.map((r) => toRecord(r, cutoff));
}

export async function findMarketReference(
  db: Kysely<Database>,
  id: number,
  today: string,
): Promise<MarketReferenceRecord | undefined> {
  const row = await db.selectFrom('market_references').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRecord(row, staleCutoff(today)) : undefined;
}

export async function saveMarketReference(
  db: Kysely<Database>,
  input: MarketReferenceInput,
  at: string,
): Promise<number> {
  const values = {
    kind: input.kind,
    name: input.name,
    currency: input.currency,
    unit_price: input.unitPrice,
    unit: input.unit,
    source: input.source,
    date: input.date,
    updated_at: at,
  };
  if (input.id !== undefined) {
    await db.updateTable('market_references').set(values).where('id', '=', input.id).execute();
    return input.id;
  }
  const row = await db
    .insertInto('market_references')
    .values({ ...values, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertMarketReferences(
  db: Kysely<Database>,
  values: Insertable<MarketReferencesTable>[],
): Promise<void> {
  if (values.length > 0) await db.insertInto('market_references').values(values).execute();
}

export async function deleteMarketReference(db: Kysely<Database>, id: number): Promise<number> {
  const result = await db.deleteFrom('market_references').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows);
}
