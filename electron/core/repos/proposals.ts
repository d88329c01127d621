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
      'proposals.client_id as clientId',
      'clients.name as clientName',
      'proposals.status',
      'quotes.title as quoteTitle',
      'quotes.total as total',
      'quotes.currency as currency',
      'users.name as ownerName',
      'proposals.updated_at as updatedAt',
    ])
    .orderBy('proposals.updated_at', 'desc')
    .orderBy('proposals.id', 'desc')
    .execute();
  return rows.map((r) => ({
    ...r,
    status: r.status as ProposalStatus,
    quoteTitle: r.quoteTitle ?? null,
    total: r.total ?? null,
    currency: (r.currency ?? null) as ProposalSummary['currency'],
    ownerName: r.ownerName ?? null,
  }));
}

/** The proposal row with its client and owner names. */
export async function findProposalRow(db: Kysely<Database>, id: number) {
  return db
    .selectFrom('proposals')
    .innerJoin('clients', 'clients.id', 'proposals.client_id')
    .leftJoin('users as owner', 'owner.id', 'proposals.owner_id')
    .selectAll('proposals')
    .select(['clients.name as client_name', 'clients.industry as client_industry', 'owner.name as owner_name'])
    .where('proposals.id', '=', id)
    .executeTakeFirst();
}
export type ProposalRow = NonNullable<Awaited<ReturnType<typeof findProposalRow>>>;

export interface ProposalContent {
  title: string;
  quoteId: number | null;
  sections: string;
  preCommunication: string | null;
  selfCheck: string | null;
}

/** Write the working copy; false (nothing written) when the stored revision moved on. */
export async function updateProposalContent(
  db: Kysely<Database>,
  id: number,
  expectedRevision: number,
  content: ProposalContent,
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('proposals')
    .set((eb) => ({
      title: content.title,
      quote_id: content.quoteId,
      sections: content.sections,
      pre_communication: content.preCommunication,
      self_check: content.selfCheck,
      updated_at: at,
      revision: eb('revision', '+', 1),
    }))
    .where('id', '=', id)
    .where('revision', '=', expectedRevision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface StatusUpdate {
  status: ProposalStatus;
  at: string;
  /** won / lost: when it was decided; null when reopened. undefined leaves it. */
  decidedAt?: string | null;
  lostReasonCode?: string | null;
  lostReason?: string | null;
}

export async function updateProposalStatus(db: Kysely<Database>, id: number, u: StatusUpdate): Promise<void> {
  await db
    .updateTable('proposals')
    .set({
      status: u.status,
      updated_at: u.at,
      ...(u.decidedAt !== undefined ? { decided_at: u.decidedAt } : {}),
      ...(u.lostReasonCode !== undefined ? { lost_reason_code: u.lostReasonCode } : {}),
      ...(u.lostReason !== undefined ? { lost_reason: u.lostReason } : {}),
    })
    .where('id', '=', id)
    .execute();
}
