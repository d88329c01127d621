import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The rows a document is made from: a quote with its client and owner, a proposal likewise. */
export interface QuoteSource {
  id: number;
  document: string;
  revision: number;
  clientName: string;
  clientIndustry: string;
  ownerName: string | null;
}

export async function readQuoteSource(db: Kysely<Database>, quoteId: number): Promise<QuoteSource | undefined> {
  const row = await db
    .selectFrom('quotes')
    .innerJoin('clients', 'clients.id', 'quotes.client_id')
    .leftJoin('users', 'users.id', 'quotes.owner_id')
    .select([
      'quotes.id',
      'quotes.document',
      'quotes.revision',
      'clients.name as clientName',
      'clients.industry as clientIndustry',
      'users.name as ownerName',
    ])
    .where('quotes.id', '=', quoteId)
    .executeTakeFirst();
  return row ? { ...row, ownerName: row.ownerName ?? null } : undefined;
}

export interface ProposalSource {
  id: number;
  title: string;
  sections: string;
  quoteId: number | null;
  ownerName: string | null;
}

export async function readProposalSource(
  db: Kysely<Database>,
  proposalId: number,
): Promise<ProposalSource | undefined> {
  const row = await db
    .selectFrom('proposals')
    .leftJoin('users', 'users.id', 'proposals.owner_id')
    .select([
      'proposals.id',
      'proposals.title',
      'proposals.sections',
      'proposals.quote_id as quoteId',
      'users.name as ownerName',
    ])
    .where('proposals.id', '=', proposalId)
    .executeTakeFirst();
  return row ? { ...row, ownerName: row.ownerName ?? null } : undefined;
}
