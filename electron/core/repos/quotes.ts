import type { Kysely } from 'kysely';
import type { QuoteSummary } from '@shared/contract';
import type { ComputedQuote, QuoteInterchange } from '@shared/quote';
import type { Database } from '../db/schema';

export interface NewQuote {
  clientId: number;
  ownerId: number | null;
  document: QuoteInterchange;
  computed: ComputedQuote;
  at: string;
}

/** Stores the document with the engine's figures beside it, so lists and analytics need no recompute. */
export async function insertQuote(db: Kysely<Database>, q: NewQuote): Promise<number> {
  const lineCount = q.document.sections.reduce((n, s) => n + s.lines.length, 0);
  const row = await db
    .insertInto('quotes')
    .values({
      client_id: q.clientId,
      title: q.document.title,
      currency: q.document.currency,
      document: JSON.stringify(q.document),
      line_count: lineCount,
      subtotal: q.computed.subtotal,
      net: q.computed.net,
      tax: q.computed.tax,
      total: q.computed.total,
      cost: q.computed.cost,
      margin_percent: q.computed.marginPercent,
      owner_id: q.ownerId,
      created_at: q.at,
      updated_at: q.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listQuoteSummaries(db: Kysely<Database>): Promise<QuoteSummary[]> {
  const rows = await db
    .selectFrom('quotes')
    .innerJoin('clients', 'clients.id', 'quotes.client_id')
    .leftJoin('users', 'users.id', 'quotes.owner_id')
    .select([
      'quotes.id',
      'quotes.title',
      'clients.name as clientName',
      'quotes.currency',
      'quotes.total',
      'quotes.net',
      'quotes.margin_percent as marginPercent',
      'quotes.line_count as lineCount',
      'users.name as ownerName',
      'quotes.updated_at as updatedAt',
    ])
    .orderBy('quotes.updated_at', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, currency: r.currency as QuoteSummary['currency'], ownerName: r.ownerName ?? null }));
}
