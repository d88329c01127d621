import type { Kysely } from 'kysely';
import type { EditorQuote, ProposalWorkingCopy } from '@shared/contract';
import type { Database } from '../db/schema';

/**
 * The editors' autosaved drafts. The quote and proposal editors keep them in tables of the same
 * columns but the owner's key, so one store serves both: `draftStore('quote')` and
 * `draftStore('proposal')`.
 */
const TABLES = {
  quote: { table: 'quote_drafts', owner: 'quote_id' },
  proposal: { table: 'proposal_drafts', owner: 'proposal_id' },
} as const;
type DraftKind = keyof typeof TABLES;
interface DraftStates {
  quote: EditorQuote;
  proposal: ProposalWorkingCopy;
}

/**
 * Kysely types a table chosen at run time as the union of both, which it cannot write to: the store
 * is written against this one shape, with the kind's real table and owner column passed as values.
 */
interface DraftTable {
  owner_id: number;
  session_id: string;
  user_id: number | null;
  base_revision: number;
  state: string;
  saved_at: string;
}
type DraftDb = Kysely<{ drafts: DraftTable }>;

export interface DraftWrite<S> {
  ownerId: number;
  sessionId: string;
  userId: number | null;
  baseRevision: number;
  state: S;
  at: string;
}

export interface Draft<S> {
  sessionId: string;
  baseRevision: number;
  state: S;
  savedAt: string;
}

export function draftStore<K extends DraftKind>(kind: K) {
  type S = DraftStates[K];
  const table = TABLES[kind].table as unknown as 'drafts';
  const owner = TABLES[kind].owner as unknown as 'owner_id';
  const of = (db: Kysely<Database>) => db as unknown as DraftDb;
  return {
    /** One draft per owner and editor session: each autosave replaces that session's last one. */
    async upsert(db: Kysely<Database>, d: DraftWrite<S>): Promise<void> {
      const values = {
        user_id: d.userId,
        base_revision: d.baseRevision,
        state: JSON.stringify(d.state),
        saved_at: d.at,
      };
      await of(db)
        .insertInto(table)
        .values({ [owner]: d.ownerId, session_id: d.sessionId, ...values } as DraftTable)
        .onConflict((oc) => oc.columns([owner, 'session_id']).doUpdateSet(values))
        .execute();
    },

    /** The newest draft by this user (or by anyone, in a workspace without users). */
    async latest(db: Kysely<Database>, ownerId: number, userId: number | null): Promise<Draft<S> | null> {
      let query = of(db).selectFrom(table).selectAll().where(owner, '=', ownerId);
      if (userId !== null) query = query.where('user_id', '=', userId);
      const row = await query.orderBy('saved_at', 'desc').limit(1).executeTakeFirst();
      if (!row) return null;
      return {
        sessionId: row.session_id,
        baseRevision: row.base_revision,
        state: JSON.parse(row.state) as S,
        savedAt: row.saved_at,
      };
    },

    /** A session's draft (after its save), or all of this user's drafts of the owner (a discard). */
    async discard(db: Kysely<Database>, ownerId: number, userId: number | null, sessionId?: string): Promise<number> {
      let query = of(db).deleteFrom(table).where(owner, '=', ownerId);
      if (sessionId !== undefined) query = query.where('session_id', '=', sessionId);
      else if (userId !== null) query = query.where('user_id', '=', userId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export const quoteDrafts = draftStore('quote');
export const proposalDrafts = draftStore('proposal');
