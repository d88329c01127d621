import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'superseded';

export interface NewApproval {
  proposalId: number;
  contentHash: string;
  snapshot: string;
  reasons: string[];
  requestedBy: number | null;
  at: string;
  note: string;
}

export async function insertApproval(db: Kysely<Database>, a: NewApproval): Promise<number> {
  const row = await db
    .insertInto('proposal_approvals')
    .values({
      proposal_id: a.proposalId,
      content_hash: a.contentHash,
      snapshot: a.snapshot,
      reasons: JSON.stringify(a.reasons),
      requested_by: a.requestedBy,
      requested_at: a.at,
      request_note: a.note,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

function approvalQuery(db: Kysely<Database>) {
  return db
    .selectFrom('proposal_approvals as a')
    .innerJoin('proposals as p', 'p.id', 'a.proposal_id')
    .innerJoin('clients as c', 'c.id', 'p.client_id')
    .leftJoin('users as owner', 'owner.id', 'p.owner_id')
    .leftJoin('quotes as q', 'q.id', 'p.quote_id')
    .leftJoin('users as requester', 'requester.id', 'a.requested_by')
    .leftJoin('users as decider', 'decider.id', 'a.decided_by')
    .selectAll('a')
    .select([
      'p.title as proposal_title',
      'c.name as client_name',
      'owner.name as owner_name',
      // The four-eyes rule's parties besides the requester (shared/proposal/four-eyes.ts).
      'p.owner_id as proposal_owner_id',
      'q.owner_id as quote_owner_id',
      'q.updated_by as quote_author_id',
      'requester.name as requested_by_name',
      'decider.name as decided_by_name',
      // What the queue compares with the request's snapshot to tell a live request cheaply
      // (handlers/approvals.ts stillAsRequested).
      'p.quote_id as proposal_quote_id',
      'p.language as proposal_language',
      'q.revision as quote_revision',
      'c.industry as client_industry',
    ]);
}
export type ApprovalRow = NonNullable<Awaited<ReturnType<ReturnType<typeof approvalQuery>['executeTakeFirst']>>>;

export async function findApproval(db: Kysely<Database>, id: number): Promise<ApprovalRow | undefined> {
  return approvalQuery(db).where('a.id', '=', id).executeTakeFirst();
}

/** The newest request of a proposal, for any content. */
export async function latestApproval(db: Kysely<Database>, proposalId: number): Promise<ApprovalRow | undefined> {
  return approvalQuery(db).where('a.proposal_id', '=', proposalId).orderBy('a.id', 'desc').executeTakeFirst();
}

/**
 * The newest live decision on exactly this content of this proposal. Keyed by both: the same words
 * in a duplicated proposal (or with a duplicated quote, whose id is in the hash) find nothing.
 */
export async function decisionFor(
  db: Kysely<Database>,
  proposalId: number,
  contentHash: string,
): Promise<ApprovalRow | undefined> {
  return approvalQuery(db)
    .where('a.proposal_id', '=', proposalId)
    .where('a.content_hash', '=', contentHash)
    .where('a.status', '<>', 'superseded')
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
}

export async function listApprovals(db: Kysely<Database>, state: 'pending' | 'decided'): Promise<ApprovalRow[]> {
  const q = approvalQuery(db);
  return state === 'pending'
    ? q.where('a.status', '=', 'pending').orderBy('a.requested_at').orderBy('a.id').execute()
    : q
        .where('a.status', 'in', ['approved', 'rejected'])
        .orderBy('a.decided_at', 'desc')
        .orderBy('a.id', 'desc')
        .limit(200)
        .execute();
}

/** Decide a pending request; false when it was no longer pending (someone decided it first). */
export async function decideApproval(
  db: Kysely<Database>,
  id: number,
  d: { status: 'approved' | 'rejected'; by: number; at: string; comment: string | null },
): Promise<boolean> {
  const r = await db
    .updateTable('proposal_approvals')
    .set({ status: d.status, decided_by: d.by, decided_at: d.at, comment: d.comment })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Pending requests for content the proposal no longer holds: out of finance's queue. */
export async function supersedeStale(db: Kysely<Database>, proposalId: number, currentHash: string | null, at: string) {
  let q = db
    .updateTable('proposal_approvals')
    .set({ status: 'superseded', decided_at: at })
    .where('proposal_id', '=', proposalId)
    .where('status', '=', 'pending');
  if (currentHash !== null) q = q.where('content_hash', '<>', currentHash);
  await q.execute();
}
