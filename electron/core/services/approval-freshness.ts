import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { supersedeStale } from '../repos/approvals';
import { isoNow } from '../time';
import { proposalState } from './proposal-detail';

/**
 * A request is for one exact content. When a write changes a proposal's content — its own text, or
 * the quote it links — the pending requests for the old content are superseded in the same
 * transaction, so finance's queue never holds a request that no longer describes the offer.
 */
export async function supersedeMovedRequests(db: Kysely<Database>, proposalId: number, now: Date): Promise<void> {
  const state = await proposalState(db, proposalId, now);
  await supersedeStale(db, proposalId, state.hash, isoNow(now));
}

/** The proposals with a pending request that link this quote: a quote save moves each of them. */
export async function supersedeForQuote(db: Kysely<Database>, quoteId: number, now: Date): Promise<void> {
  const rows = await db
    .selectFrom('proposal_approvals as a')
    .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
    .select('p.id')
    .distinct()
    .where('p.quote_id', '=', quoteId)
    .where('a.status', '=', 'pending')
    .execute();
  for (const { id } of rows) await supersedeMovedRequests(db, id, now);
}
