import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Draft, DraftWrite } from '../repos/drafts';
import { isoNow } from '../time';
import type { HandlerContext } from './types';

/** What the calls need of a kind's draft store (`quoteDrafts`, `proposalDrafts`). */
interface DraftStoreOf<S> {
  upsert(db: Kysely<Database>, d: DraftWrite<S>): Promise<void>;
  latest(db: Kysely<Database>, ownerId: number, userId: number | null): Promise<Draft<S> | null>;
  discard(db: Kysely<Database>, ownerId: number, userId: number | null, sessionId?: string): Promise<number>;
}

/** What must hold of the owner (the quote, the proposal) before its drafts are touched. */
interface DraftGuards {
  /** Before a draft is written: the owner exists (a proposal must also still be open). */
  save(db: Kysely<Database>, ownerId: number): Promise<void>;
  /** Before a draft is read, if anything. */
  get?(db: Kysely<Database>, ownerId: number): Promise<void>;
}

type Ctx = Pick<HandlerContext, 'db' | 'now' | 'actor'>;

/**
 * The autosave calls every editor has — draftSave, draftGet, draftDiscard — over its kind's draft
 * store. The quote and proposal handlers differed only in the key their arguments name and in the
 * owner checks, so those are what they pass; the writing, the reading and the caller's user (a
 * draft is the calling user's, or anyone's in a workspace without users) live here once.
 */
export function draftCalls<S>(store: DraftStoreOf<S>, guards: DraftGuards) {
  const userOf = (ctx: Ctx) => ctx.actor?.id ?? null;
  return {
    async save(
      ownerId: number,
      args: { sessionId: string; baseRevision: number; state: S },
      ctx: Ctx,
    ): Promise<{ savedAt: string }> {
      await guards.save(ctx.db, ownerId);
      const at = isoNow(ctx.now);
      await store.upsert(ctx.db, {
        ownerId,
        sessionId: args.sessionId,
        userId: userOf(ctx),
        baseRevision: args.baseRevision,
        state: args.state,
        at,
      });
      return { savedAt: at };
    },

    async get(ownerId: number, ctx: Ctx): Promise<{ draft: Draft<S> | null }> {
      await guards.get?.(ctx.db, ownerId);
      return { draft: await store.latest(ctx.db, ownerId, userOf(ctx)) };
    },

    async discard(ownerId: number, sessionId: string | undefined, ctx: Ctx): Promise<{ discarded: number }> {
      return { discarded: await store.discard(ctx.db, ownerId, userOf(ctx), sessionId) };
    },
  };
}
