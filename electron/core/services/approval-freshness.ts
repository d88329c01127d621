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

/**
 * What a write changed that the approval content (shared/proposal/snapshot.ts approvalContent) is
 * made from besides the proposal itself: a quote's document, a client's name or industry, an
 * owner's name, or the workspace defaults every inheriting quote is computed with ('all').
 */
export type ContentSource = { quoteId: number } | { clientId: number } | { ownerId: number } | 'all';

/**
 * The proposals with a pending request that this write may have moved are re-hashed, and their
 * stale requests superseded. The cost is the pending requests the write touches, not the queue:
 * this is what lets approvals.queue be a plain read (handlers/approvals.ts).
 */
export async function supersedeMovedBy(db: Kysely<Database>, source: ContentSource, now: Date): Promise<void> {
  let q = db
    .selectFrom('proposal_approvals as a')
    .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
    .select('p.id')
    .distinct()
    .where('a.status', '=', 'pending');
  if (source !== 'all') {
    if ('quoteId' in source) q = q.where('p.quote_id', '=', source.quoteId);
    else if ('clientId' in source) q = q.where('p.client_id', '=', source.clientId);
    else q = q.where('p.owner_id', '=', source.ownerId);
  }
  for (const { id } of await q.execute()) await supersedeMovedRequests(db, id, now);
}
