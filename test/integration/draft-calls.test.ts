import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProposalDetail } from '@shared/contract';
import { FUZZ_EXAMPLES } from './support/fuzz-examples';
import { openProposalWorld, type ProposalWorld } from './support/proposal-world';

/**
 * The editors' autosave calls (quotes.draft*, proposals.draft*), which share one implementation
 * (electron/core/handlers/draft-calls.ts): each kind keeps its drafts per user and editor session,
 * and each keeps its own owner checks. Through the handlers, on SQLite and PostgreSQL.
 */

/** The quote editor's working state as typed (EditorQuote): the fuzz example's, for this client and title. */
function editorState(clientId: number, title: string) {
  return { ...FUZZ_EXAMPLES['quotes.draftSave'].state, clientId, title };
}

/** The proposal editor's working copy: the content fields of proposals.save. */
function workingCopy(p: ProposalDetail, title: string) {
  return {
    title,
    quoteId: p.quote?.id ?? null,
    sections: p.sections,
    preCommunication: p.preCommunication,
    selfCheck: p.selfCheck,
  };
}

type DraftOf<S> = { draft: { sessionId: string; baseRevision: number; state: S; savedAt: string } | null };

describe('editor drafts: save, read, discard (through the handlers)', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  it("a quote's drafts are per user and session: the newest comes back, a discard takes one session or all", async () => {
    const quoteId = w.healthy.id;
    const saved = await w.as<{ savedAt: string }>(w.lead, 'quotes.draftSave', {
      quoteId,
      sessionId: 's1',
      baseRevision: 1,
      state: editorState(w.clientId, '第一稿'),
    });
    expect(saved.savedAt).toBe('2026-11-23T08:00:00.000Z');
    // The same session saving again replaces its draft rather than adding one.
    await w.as(w.lead, 'quotes.draftSave', {
      quoteId,
      sessionId: 's1',
      baseRevision: 1,
      state: editorState(w.clientId, '第二稿'),
    });
    const mine = await w.as<DraftOf<{ title: string }>>(w.lead, 'quotes.draftGet', { quoteId });
    expect(mine.draft).toMatchObject({ sessionId: 's1', baseRevision: 1, state: { title: '第二稿' } });
    const rows = await w.t.query<{ n: number }>('select count(*) as n from quote_drafts where quote_id = ?', quoteId);
    expect(Number(rows[0]!.n)).toBe(1);

    // Another user sees none of the lead's drafts, and their own discard leaves them alone.
    expect((await w.as<DraftOf<unknown>>(w.finance, 'quotes.draftGet', { quoteId })).draft).toBeNull();
    expect(await w.as(w.finance, 'quotes.draftDiscard', { quoteId })).toEqual({ discarded: 0 });

    await w.as(w.lead, 'quotes.draftSave', {
      quoteId,
      sessionId: 's2',
      baseRevision: 1,
      state: editorState(w.clientId, '另一个窗口'),
    });
    expect(await w.as(w.lead, 'quotes.draftDiscard', { quoteId, sessionId: 's1' })).toEqual({ discarded: 1 });
    const left = await w.as<DraftOf<{ title: string }>>(w.lead, 'quotes.draftGet', { quoteId });
    expect(left.draft?.sessionId).toBe('s2');
    expect(await w.as(w.lead, 'quotes.draftDiscard', { quoteId })).toEqual({ discarded: 1 });
    expect((await w.as<DraftOf<unknown>>(w.lead, 'quotes.draftGet', { quoteId })).draft).toBeNull();
  });

  it('a draft of a missing quote is refused and nothing is written; reading one finds none', async () => {
    const r = await w.raw(w.lead, 'quotes.draftSave', {
      quoteId: 9999,
      sessionId: 's1',
      baseRevision: 1,
      state: editorState(w.clientId, '无主'),
    });
    expect(r.ok ? null : r.error.code).toBe('not_found');
    expect(await w.t.query('select * from quote_drafts')).toEqual([]);
    expect((await w.as<DraftOf<unknown>>(w.lead, 'quotes.draftGet', { quoteId: 9999 })).draft).toBeNull();
  });

  it("a proposal's drafts are per user and session; a closed or missing proposal takes none", async () => {
    const p = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '品牌焕新提案',
      quoteId: w.healthy.id,
    });
    await w.as(w.lead, 'proposals.draftSave', {
      proposalId: p.id,
      sessionId: 'p1',
      baseRevision: p.revision,
      state: workingCopy(p, '提案草稿'),
    });
    const mine = await w.as<DraftOf<{ title: string; quoteId: number | null }>>(w.lead, 'proposals.draftGet', {
      proposalId: p.id,
    });
    expect(mine.draft).toMatchObject({ sessionId: 'p1', state: { title: '提案草稿', quoteId: w.healthy.id } });
    expect((await w.as<DraftOf<unknown>>(w.finance, 'proposals.draftGet', { proposalId: p.id })).draft).toBeNull();

    // Archived is closed: no draft is taken (reopen first), and the one there stays as it was.
    await w.as(w.lead, 'proposals.transition', { id: p.id, to: 'archived' });
    const closed = await w.raw(w.lead, 'proposals.draftSave', {
      proposalId: p.id,
      sessionId: 'p2',
      baseRevision: p.revision,
      state: workingCopy(p, '归档后'),
    });
    expect(closed.ok ? null : closed.error.code).toBe('conflict');
    expect(closed.ok ? null : closed.error.messages.en).toMatch(/cannot be edited; reopen it first/);
    const still = await w.as<DraftOf<{ title: string }>>(w.lead, 'proposals.draftGet', { proposalId: p.id });
    expect(still.draft?.state.title).toBe('提案草稿');
    expect(await w.as(w.lead, 'proposals.draftDiscard', { proposalId: p.id, sessionId: 'p1' })).toEqual({
      discarded: 1,
    });

    // Unlike a quote's, reading the drafts of a proposal that does not exist is refused.
    const missing = await w.raw(w.lead, 'proposals.draftGet', { proposalId: 9999 });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    const missingSave = await w.raw(w.lead, 'proposals.draftSave', {
      proposalId: 9999,
      sessionId: 'p3',
      baseRevision: 1,
      state: workingCopy(p, '无主'),
    });
    expect(missingSave.ok ? null : missingSave.error.code).toBe('not_found');
    expect(await w.t.query('select * from proposal_drafts')).toEqual([]);
  });
});
