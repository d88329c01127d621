import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApprovalItem, ProposalDetail } from '@shared/contract';
import { snapshotTables } from './support/core';
import { openProposalWorld, saveArgs, type ProposalWorld } from './support/proposal-world';

/** Bad input gets a clear refusal in both languages and leaves every table as it was. */
describe('proposal refusals', () => {
  let w: ProposalWorld;
  let draft: ProposalDetail;
  beforeEach(async () => {
    w = await openProposalWorld();
    draft = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '提案',
      quoteId: w.thin.id,
    });
  });
  afterEach(() => w.t.dispose());

  async function refused(user: 'lead' | 'finance', name: string, args: unknown) {
    const before = await snapshotTables(w.t.core);
    const zh = await w.raw(w[user], name, args, 'zh-CN');
    const en = await w.raw(w[user], name, args, 'en');
    expect(await snapshotTables(w.t.core)).toBe(before);
    if (zh.ok || en.ok) throw new Error(`${name} was accepted`);
    expect(zh.error.code).toBe(en.error.code);
    expect(zh.error.message).toBe(zh.error.messages['zh-CN']);
    expect(en.error.message).toBe(en.error.messages.en);
    return { code: zh.error.code, zh: zh.error, en: en.error };
  }

  it('a transition the workflow does not allow', async () => {
    const r = await refused('lead', 'proposals.transition', { id: draft.id, to: 'won' });
    expect(r.code).toBe('conflict');
    expect(r.zh.message).toBe('提案不能从“草稿”改为“已中标”，未做任何更改');
    expect(r.en.message).toBe('A proposal cannot go from “draft” to “won”; nothing was changed');
    const negotiate = await refused('lead', 'proposals.transition', { id: draft.id, to: 'negotiating' });
    expect(negotiate.code).toBe('conflict');
  });

  it('marking pre-communicated without a record', async () => {
    const r = await refused('lead', 'proposals.transition', { id: draft.id, to: 'pre_communicated' });
    expect(r.code).toBe('validation');
    expect(r.zh.issues?.[0]?.path).toEqual(['preCommunication']);
    expect(r.en.issues?.[0]?.message).toContain('Record the pre-communication first');
  });

  it('a loss without a reason, or “other” without words', async () => {
    await w
      .as(w.lead, 'proposals.send', {
        id: draft.id,
        revision: draft.revision,
        acknowledgeWarnings: true,
        noPreCommunicationReason: '—',
      })
      .catch(() => {});
    const r = await refused('lead', 'proposals.transition', { id: draft.id, to: 'lost' });
    expect(r.code).toBe('validation');
    expect(r.zh.issues?.[0]).toMatchObject({ path: ['reasonCode'], message: '标记为未中标时必须选择原因' });
    expect(r.en.issues?.[0]).toMatchObject({
      path: ['reasonCode'],
      message: 'Choose a reason when marking the proposal lost',
    });
    const other = await refused('lead', 'proposals.transition', { id: draft.id, to: 'lost', reasonCode: 'other' });
    expect(other.zh.issues?.[0]?.path).toEqual(['note']);
  });

  it('an account lead deciding an approval, and finance deciding their own request', async () => {
    await w.as(w.lead, 'proposals.requestApproval', { id: draft.id, revision: draft.revision, note: '' });
    const [item] = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
    const r = await refused('lead', 'approvals.decide', { id: item!.id, decision: 'approved', comment: '' });
    expect(r.code).toBe('forbidden');
    // The contract's declaration, enforced by the dispatcher before the handler runs.
    expect(r.zh.message).toBe('此操作需要财务或管理员角色；陈磊是客户经理');
    expect(r.en.message).toBe('This needs the finance or admin role; 陈磊 is account lead');
    const reject = await refused('finance', 'approvals.decide', { id: item!.id, decision: 'rejected', comment: '' });
    expect(reject.zh.issues?.[0]?.path).toEqual(['comment']);
  });

  it('nobody approves their own request', async () => {
    const own = await w.as<ProposalDetail>(w.finance, 'proposals.create', {
      clientId: w.clientId,
      title: '财务自己的',
      quoteId: w.thin.id,
    });
    await w.as(w.finance, 'proposals.requestApproval', { id: own.id, revision: own.revision, note: '' });
    const item = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items.find(
      (i) => i.proposalId === own.id,
    )!;
    const r = await refused('finance', 'approvals.decide', { id: item.id, decision: 'approved', comment: '' });
    expect(r.code).toBe('forbidden');
    expect(r.en.message).toContain('their own request');
  });

  it('a request for content that changed since is stale; a save with an old revision is a conflict', async () => {
    await w.as(w.lead, 'proposals.requestApproval', { id: draft.id, revision: draft.revision, note: '' });
    const current = await w.as<ProposalDetail>(w.lead, 'proposals.get', { id: draft.id });
    const stale = await refused(
      'lead',
      'proposals.save',
      saveArgs(current, { revision: current.revision + 1, title: 'x' }),
    );
    expect(stale.code).toBe('conflict');
    // The edit supersedes the pending request: it leaves the queue and cannot be decided.
    const [item] = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
    await w.as(w.lead, 'proposals.save', saveArgs(current, { title: '改过的' }));
    expect((await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items).toEqual(
      [],
    );
    const late = await refused('finance', 'approvals.decide', { id: item!.id, decision: 'approved', comment: '' });
    expect(late.code).toBe('conflict');
    expect(late.en.message).toContain('changed after this request');
  });

  it('editing a closed proposal, and sending the same content twice', async () => {
    const healthy = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '健康',
      quoteId: w.healthy.id,
    });
    const sent = await w.as<{ proposal: ProposalDetail }>(w.lead, 'proposals.send', {
      id: healthy.id,
      revision: healthy.revision,
      acknowledgeWarnings: true,
      noPreCommunicationReason: '紧急',
    });
    const twice = await refused('lead', 'proposals.send', {
      id: healthy.id,
      revision: sent.proposal.revision,
      acknowledgeWarnings: true,
      noPreCommunicationReason: '紧急',
    });
    expect(twice.en.message).toBe('The content is the same as version 1, already sent');
    const won = await w.as<ProposalDetail>(w.lead, 'proposals.transition', { id: healthy.id, to: 'won' });
    const locked = await refused('lead', 'proposals.save', saveArgs(won, { title: '改' }));
    expect(locked.zh.message).toBe('“已中标”状态的提案不能编辑；请先重新打开');
  });
});
