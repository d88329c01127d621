import type { Insertable, Kysely } from 'kysely';
import type { ProposalStatus, ProposalSummary } from '@shared/contract';
import type { Database, ProposalsTable } from '../db/schema';

export async function insertProposal(db: Kysely<Database>, values: Insertable<ProposalsTable>): Promise<number> {
  const row = await db.insertInto('proposals').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function listProposalSummaries(db: Kysely<Database>): Promise<ProposalSummary[]> {
  const rows = await db
    .selectFrom('proposals')
    .innerJoin('clients', 'clients.id', 'proposals.client_id')
    .leftJoin('quotes', 'quotes.id', 'proposals.quote_id')
    .leftJoin('users', 'users.id', 'proposals.owner_id')
    .select([
      'proposals.id',
      'proposals.title',
      'clients.name as clientName',
      'proposals.status',
      'quotes.title as quoteTitle',
      'users.name as ownerName',
      'proposals.updated_at as updatedAt',
    ])
    .orderBy('proposals.updated_at', 'desc')
    .execute();
  return rows.map((r) => ({
    ...r,
    status: r.status as ProposalStatus,
    quoteTitle: r.quoteTitle ?? null,
    ownerName: r.ownerName ?? null,
  }));
}
