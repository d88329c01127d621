import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApprovalItem, ProposalDetail, QuoteRecord, User } from '@shared/contract';
import type { QuoteInterchange } from '@shared/quote';
import {
  openProposalWorld,
  PRE_COMM,
  saveArgs,
  SELF_CHECK,
  withText,
  type ProposalWorld,
} from './support/proposal-world';

/**
 * approvals.queue is a plain read of the pending requests (issue 17: it re-hashed every pending
 * proposal on every call). What keeps it true: every write that changes a proposal's approval
 * content supersedes the requests it moved, in its own transaction — checked here path by path —
 * and, behind those writes, the queue shows no request whose quote revision, client, owner, title or
 * language differ from what the request froze, whoever changed them (a raw statement below).
 */
describe('finance’s queue holds only requests for the content as it stands (real database)', () => {
  let w: ProposalWorld;
  let p: ProposalDetail;
  let item: ApprovalItem;

  const get = (id: number) => w.as<ProposalDetail>(w.lead, 'proposals.get', { id });
  const pending = async () =>
    (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
  const statusOf = async (id: number) =>
    (await w.t.query<{ status: string }>('select status from proposal_approvals where id = ?', id))[0]!.status;

  beforeEach(async () => {
    w = await openProposalWorld();
    const created = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '年度提案',
      quoteId: w.thin.id,
    });
    p = await w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(created, {
        sections: withText(created.sections, 'situation', '认知度处于第二梯队'),
        preCommunication: PRE_COMM,
        selfCheck: SELF_CHECK,
      }),
    );
    p = await w.as<ProposalDetail>(w.lead, 'proposals.requestApproval', {
      id: p.id,
      revision: p.revision,
      note: '请审批',
    });
    const items = await pending();
    expect(items.map((i) => [i.proposalId, i.current])).toEqual([[p.id, true]]);
    item = items[0]!;
    expect(item.contentHash).toBe(p.contentHash);
  });
  afterEach(() => w.t.dispose());

  /** The write moved the content: the request is superseded in the database and gone from the queue. */
  async function expectSuperseded() {
    expect((await get(p.id)).contentHash).not.toBe(item.contentHash);
    expect(await statusOf(item.id)).toBe('superseded');
    expect(await pending()).toEqual([]);
  }

  async function saveClient(change: Record<string, unknown>) {
    const c = await w.as<Record<string, unknown>>(w.admin, 'clients.get', { id: w.clientId });
    await w.as(w.admin, 'clients.save', {
      id: w.clientId,
      name: c.name,
      industry: c.industry,
      status: c.status,
      priceSensitivity: c.priceSensitivity,
      ownerId: c.ownerId,
      decisionProcess: c.decisionProcess,
      character: c.character,
      professionalism: c.professionalism,
      tags: c.tags,
      relatedSales: c.relatedSales,
      contacts: [],
      dates: [],
      ...change,
    });
  }

  async function saveSettings(change: Record<string, unknown>) {
    const s = await w.as<Record<string, unknown>>(w.admin, 'settings.get', {});
    await w.as(w.admin, 'settings.update', {
      companyName: s.companyName,
      currency: s.currency,
      documentLanguage: s.documentLanguage,
      difficultyMultipliers: s.difficultyMultipliers,
      hoursPerDay: s.hoursPerDay,
      taxPercent: s.taxPercent,
      marginFloorPercent: s.marginFloorPercent,
      ...change,
    });
  }

  it('a quote save', async () => {
    const record = await w.as<QuoteRecord>(w.lead, 'quotes.get', { id: w.thin.id });
    const document = structuredClone(record.document) as QuoteInterchange;
    const line = document.sections[0]!.lines[0]!;
    if (line.kind === 'labor') line.days = '5';
    await w.as(w.lead, 'quotes.save', {
      id: w.thin.id,
      revision: record.revision,
      clientId: record.clientId,
      ownerId: record.ownerId,
      document,
      lineMeta: record.lineMeta,
    });
    await expectSuperseded();
  });

  it('a proposal save', async () => {
    const now = await get(p.id);
    await w.as(
      w.lead,
      'proposals.save',
      saveArgs(now, { sections: withText(now.sections, 'situation', '认知度第一') }),
    );
    await expectSuperseded();
  });

  it('a client renamed', async () => {
    await saveClient({ name: '星河乳业集团' });
    await expectSuperseded();
  });

  it('a client’s industry changed', async () => {
    await saveClient({ industry: '乳制品' });
    await expectSuperseded();
  });

  it('the proposal’s owner renamed', async () => {
    expect(p.ownerId).toBe(w.lead.id);
    await w.as<User>(w.admin, 'users.update', { id: w.lead.id, name: '陈磊磊' });
    await expectSuperseded();
  });

  it('a workspace default the quote inherits changed', async () => {
    const s = await w.as<{ difficultyMultipliers: Record<string, string> }>(w.admin, 'settings.get', {});
    await saveSettings({ difficultyMultipliers: { ...s.difficultyMultipliers, '2': '1.10' } });
    await expectSuperseded();
  });

  it('the agency renamed: not part of what finance approves, so the request stays current', async () => {
    // approvalContent (shared/proposal/snapshot.ts) binds the client's, the proposal's and the
    // quote's words and figures; the agency's name is how the document is signed, and a send
    // after the rename prints the new one. Asserted so that a change to that rule is seen here.
    await saveSettings({ companyName: '星火传播集团' });
    expect((await get(p.id)).contentHash).toBe(item.contentHash);
    expect(await statusOf(item.id)).toBe('pending');
    expect((await pending()).map((i) => [i.id, i.current])).toEqual([[item.id, true]]);
  });

  it('a change no handler made (a raw statement) still takes the request out of the queue', async () => {
    await w.t.query('update clients set name = ? where id = ?', '星河乳业（改）', w.clientId);
    // Nothing superseded it: the queue's own comparison with the frozen request hides it…
    expect(await statusOf(item.id)).toBe('pending');
    expect(await pending()).toEqual([]);
    // …and deciding it is refused, the content being re-hashed first.
    const r = await w.raw(w.finance, 'approvals.decide', { id: item.id, decision: 'approved', comment: '' }, 'en');
    expect(r.ok ? null : r.error.code).toBe('conflict');
    expect(await statusOf(item.id)).toBe('pending');
  });
});
