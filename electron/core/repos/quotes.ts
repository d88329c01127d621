import type { Kysely } from 'kysely';
import type { LineMetaMap, QuoteSummary } from '@shared/contract';
import type { ComputedQuote, QuoteInterchange } from '@shared/quote';
import type { Database } from '../db/schema';

export interface NewQuote {
  clientId: number;
  ownerId: number | null;
  document: QuoteInterchange;
  computed: ComputedQuote;
  at: string;
  by?: number | null;
}

function lineCountOf(document: QuoteInterchange): number {
  return document.sections.reduce((n, s) => n + s.lines.length, 0);
}

/** The engine's figures as columns, so lists and analytics need no recompute. */
function computedColumns(document: QuoteInterchange, computed: ComputedQuote) {
  return {
    title: document.title,
    currency: document.currency,
    document: JSON.stringify(document),
    line_count: lineCountOf(document),
    subtotal: computed.subtotal,
    discount: computed.discount,
    net: computed.net,
    tax: computed.tax,
    total: computed.total,
    cost: computed.cost,
    margin_percent: computed.marginPercent,
    deviation_percent: computed.deviationPercent,
  };
}

/** Stores the document with the engine's figures beside it. */
export async function insertQuote(db: Kysely<Database>, q: NewQuote): Promise<number> {
  const row = await db
    .insertInto('quotes')
    .values({
      client_id: q.clientId,
      ...computedColumns(q.document, q.computed),
      owner_id: q.ownerId,
      updated_by: q.by ?? q.ownerId,
      created_at: q.at,
      updated_at: q.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface QuoteUpdate extends NewQuote {
  id: number;
  /** The revision the caller edited; the row is written only if it is still the stored one. */
  expectedRevision: number;
}

/** Write a new revision; false (and nothing written) when the stored revision moved on. */
export async function updateQuote(db: Kysely<Database>, q: QuoteUpdate): Promise<boolean> {
  const result = await db
    .updateTable('quotes')
    .set((eb) => ({
      client_id: q.clientId,
      ...computedColumns(q.document, q.computed),
      owner_id: q.ownerId,
      updated_by: q.by ?? null,
      updated_at: q.at,
      revision: eb('revision', '+', 1),
    }))
    .where('id', '=', q.id)
    .where('revision', '=', q.expectedRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findQuoteRow(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('quotes')
    .innerJoin('clients', 'clients.id', 'quotes.client_id')
    .leftJoin('users as owner', 'owner.id', 'quotes.owner_id')
    .leftJoin('users as editor', 'editor.id', 'quotes.updated_by')
    .select([
      'quotes.id',
      'quotes.client_id as clientId',
      'clients.name as clientName',
      'clients.price_sensitivity as priceSensitivity',
      'quotes.owner_id as ownerId',
      'owner.name as ownerName',
      'quotes.revision',
      'quotes.document',
      'quotes.created_at as createdAt',
      'quotes.updated_at as updatedAt',
      'editor.name as updatedBy',
    ])
    .where('quotes.id', '=', id)
    .executeTakeFirst();
}

export async function deleteQuote(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('quotes').where('id', '=', id).execute();
}

/** The first proposal that links to the quote, if any: such a quote stays. */
export async function proposalUsingQuote(db: Kysely<Database>, id: number): Promise<string | null> {
  const row = await db.selectFrom('proposals').select('title').where('quote_id', '=', id).executeTakeFirst();
  return row?.title ?? null;
}

export async function readLineMeta(db: Kysely<Database>, quoteId: number): Promise<LineMetaMap> {
  const rows = await db.selectFrom('quote_line_meta').selectAll().where('quote_id', '=', quoteId).execute();
  const map: LineMetaMap = {};
  for (const r of rows) {
    map[r.line_id] = {
      rateCardRoleId: r.rate_card_role_id,
      cardRate: r.card_rate,
      cardCostRate: r.card_cost_rate,
      rateReason: r.rate_reason,
      marketReferenceId: r.market_reference_id,
    };
  }
  return map;
}

/** The quote's line metadata becomes exactly `meta` (lines that left the quote lose theirs). */
export async function replaceLineMeta(db: Kysely<Database>, quoteId: number, meta: LineMetaMap): Promise<void> {
  await db.deleteFrom('quote_line_meta').where('quote_id', '=', quoteId).execute();
  const rows = Object.entries(meta).map(([lineId, m]) => ({
    quote_id: quoteId,
    line_id: lineId,
    rate_card_role_id: m.rateCardRoleId,
    card_rate: m.cardRate,
    card_cost_rate: m.cardCostRate,
    rate_reason: m.rateReason,
    market_reference_id: m.marketReferenceId,
  }));
  // SQLite caps bound parameters per statement; 7 columns × 100 rows stays well under it.
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto('quote_line_meta')
      .values(rows.slice(i, i + 100))
      .execute();
  }
}

export async function clientExists(db: Kysely<Database>, id: number): Promise<{ name: string } | undefined> {
  return db.selectFrom('clients').select('name').where('id', '=', id).executeTakeFirst();
}

export async function listQuoteSummaries(db: Kysely<Database>): Promise<QuoteSummary[]> {
  const rows = await db
    .selectFrom('quotes')
    .innerJoin('clients', 'clients.id', 'quotes.client_id')
    .leftJoin('users', 'users.id', 'quotes.owner_id')
    .select([
      'quotes.id',
      'quotes.title',
      'quotes.client_id as clientId',
      'clients.name as clientName',
      'quotes.currency',
      'quotes.total',
      'quotes.net',
      'quotes.margin_percent as marginPercent',
      'quotes.line_count as lineCount',
      'quotes.revision',
      'users.name as ownerName',
      'quotes.updated_at as updatedAt',
    ])
    .orderBy('quotes.updated_at', 'desc')
    .orderBy('quotes.id', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, currency: r.currency as QuoteSummary['currency'], ownerName: r.ownerName ?? null }));
}
