import type { Kysely } from 'kysely';
import type { ProposalDraft, ProposalWorkingCopy } from '@shared/contract';
import type { Database } from '../db/schema';

export interface ProposalDraftWrite {
  proposalId: number;
  sessionId: string;
  userId: number | null;
  baseRevision: number;
  state: ProposalWorkingCopy;
  at: string;
}

/** One draft per proposal and editor session: each autosave replaces that session's last one. */
export async function upsertProposalDraft(db: Kysely<Database>, d: ProposalDraftWrite): Promise<void> {
  const values = {
    user_id: d.userId,
    base_revision: d.baseRevision,
    state: JSON.stringify(d.state),
    saved_at: d.at,
  };
  await db
    .insertInto('proposal_drafts')
    .values({ proposal_id: d.proposalId, session_id: d.sessionId, ...values })
    .onConflict((oc) => oc.columns(['proposal_id', 'session_id']).doUpdateSet(values))
    .execute();
}

/** The newest draft of the proposal by this user (or by anyone, in a workspace without users). */
export async function latestProposalDraft(
  db: Kysely<Database>,
  proposalId: number,
  userId: number | null,
): Promise<ProposalDraft | null> {
  let query = db.selectFrom('proposal_drafts').selectAll().where('proposal_id', '=', proposalId);
  if (userId !== null) query = query.where('user_id', '=', userId);
  const row = await query.orderBy('saved_at', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  return {
    sessionId: row.session_id,
    baseRevision: row.base_revision,
    state: JSON.parse(row.state) as ProposalWorkingCopy,
    savedAt: row.saved_at,
  };
}

/** A session's draft (after its save), or all of this user's drafts of the proposal (a discard). */
export async function discardProposalDrafts(
  db: Kysely<Database>,
  proposalId: number,
  userId: number | null,
  sessionId?: string,
): Promise<number> {
  let query = db.deleteFrom('proposal_drafts').where('proposal_id', '=', proposalId);
  if (sessionId !== undefined) query = query.where('session_id', '=', sessionId);
  else if (userId !== null) query = query.where('user_id', '=', userId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
