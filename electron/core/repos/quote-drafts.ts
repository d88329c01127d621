import type { Kysely } from 'kysely';
import type { EditorQuote, QuoteDraft } from '@shared/contract';
import type { Database } from '../db/schema';

export interface DraftWrite {
  quoteId: number;
  sessionId: string;
  userId: number | null;
  baseRevision: number;
  state: EditorQuote;
  at: string;
}

/** One draft per quote and editor session: each autosave replaces that session's last one. */
export async function upsertDraft(db: Kysely<Database>, d: DraftWrite): Promise<void> {
  const values = {
    user_id: d.userId,
    base_revision: d.baseRevision,
    state: JSON.stringify(d.state),
    saved_at: d.at,
  };
  await db
    .insertInto('quote_drafts')
    .values({ quote_id: d.quoteId, session_id: d.sessionId, ...values })
    .onConflict((oc) => oc.columns(['quote_id', 'session_id']).doUpdateSet(values))
    .execute();
}

/** The newest draft of the quote by this user (or by anyone, in a workspace without users). */
export async function latestDraft(
  db: Kysely<Database>,
  quoteId: number,
  userId: number | null,
): Promise<QuoteDraft | null> {
  let query = db.selectFrom('quote_drafts').selectAll().where('quote_id', '=', quoteId);
  if (userId !== null) query = query.where('user_id', '=', userId);
  const row = await query.orderBy('saved_at', 'desc').limit(1).executeTakeFirst();
  if (!row) return null;
  return {
    sessionId: row.session_id,
    baseRevision: row.base_revision,
    state: JSON.parse(row.state) as EditorQuote,
    savedAt: row.saved_at,
  };
}

export async function discardDrafts(
  db: Kysely<Database>,
  quoteId: number,
  userId: number | null,
  sessionId?: string,
): Promise<number> {
  let query = db.deleteFrom('quote_drafts').where('quote_id', '=', quoteId);
  if (sessionId !== undefined) query = query.where('session_id', '=', sessionId);
  else if (userId !== null) query = query.where('user_id', '=', userId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
