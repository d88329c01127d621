import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  ApprovalItem,
  ProposalDetail,
  ProposalVersion,
  QuoteRecord,
  StatusChange,
  VersionSummary,
} from '@shared/contract';
import { snapshotTables } from './support/core';
import {
  openProposalWorld,
  PRE_COMM,
  saveArgs,
  SELF_CHECK,
  withText,
  type ProposalWorld,
} from './support/proposal-world';

describe('proposals: send, versions, finance approval (through the handlers, real SQLite)', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  async function draftWith(quoteId: number): Promise<ProposalDetail> {
    const p = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '品牌焕新提案',
      quoteId,
    });
    return w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(p, {
        sections: withText(p.sections, 'situation', '认知度处于第二梯队'),
        preCommunication: PRE_COMM,
        selfCheck: SELF_CHECK,
      }),
    );
  }

  it('sends v1 frozen; an edit makes the v2 draft; v1 stays exactly as sent', async () => {
    const p = await draftWith(w.healthy.id);
    expect(p.check.blockers).toEqual([]);
    expect(p.canSend).toBe(true);
    const pre = await w.as<ProposalDetail>(w.lead, 'proposals.transition', { id: p.id, to: 'pre_communicated' });
    const sent = await w.as<{ version: number; proposal: ProposalDetail }>(w.lead, 'proposals.send', {
      id: p.id,
      revision: pre.revision,
      acknowledgeWarnings: true,
    });
    expect(sent.version).toBe(1);
    expect(sent.proposal).toMatchObject({ status: 'sent', versionCount: 1, hasUnsentChanges: false, canSend: false });

    const edited = await w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(sent.proposal, { sections: withText(sent.proposal.sections, 'situation', '改过的现状') }),
    );
    expect(edited).toMatchObject({ status: 'sent', versionCount: 1, hasUnsentChanges: true, canSend: true });
    const v1 = await w.as<ProposalVersion>(w.lead, 'proposals.version', { id: p.id, number: 1 });
    const situation = v1.snapshot.document.proposal!.sections.find((s) => s.key === 'situation')!;
    expect(situation.blocks).toEqual([{ type: 'paragraph', runs: [{ text: '认知度处于第二梯队' }] }]);
    expect(v1.snapshot.document.computed.total).toBe(w.healthy.computed.total);
    expect(v1.snapshot.preCommunication).toEqual(PRE_COMM);

    const v2 = await w.as<{ version: number }>(w.lead, 'proposals.send', {
      id: p.id,
      revision: edited.revision,
      acknowledgeWarnings: true,
    });
    expect(v2.version).toBe(2);
    const versions = await w.as<{ items: VersionSummary[] }>(w.lead, 'proposals.versions', { id: p.id });
    expect(versions.items.map((v) => v.number)).toEqual([1, 2]);
    expect(versions.items[0]!.contentHash).not.toBe(versions.items[1]!.contentHash);
  });

  it('blocks a below-floor version until finance approves exactly that content; an edit blocks it again', async () => {
    const p = await draftWith(w.thin.id);
    expect(p.check.approvalReasons).toEqual(['margin_below_floor', 'discount_over_limit']);
    expect(p.check.approval).toBe('needed');
    const blocked = await w.raw(w.lead, 'proposals.send', {
      id: p.id,
      revision: p.revision,
      acknowledgeWarnings: true,
    });
    expect(blocked.ok).toBe(false);
    if (!blocked.ok) expect(blocked.error.code).toBe('conflict');

    const requested = await w.as<ProposalDetail>(w.lead, 'proposals.requestApproval', {
      id: p.id,
      revision: p.revision,
      note: '战略客户',
    });
    expect(requested.check.approval).toBe('pending');
    const queue = await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' });
    expect(queue.items).toHaveLength(1);
    const item = queue.items[0]!;
    expect(item).toMatchObject({
      proposalId: p.id,
      current: true,
      marginPercent: w.thin.computed.marginPercent,
      discountPercent: '12.0',
      limitPercent: '10',
    });
    expect(item.drivers.length).toBeGreaterThan(0);
    expect(item.discountCondition).toBeTruthy();

    // An account lead cannot approve: forbidden, worded in both languages, nothing written.
    const before = await snapshotTables(w.t.core);
    const byLead = await w.raw(w.lead, 'approvals.decide', { id: item.id, decision: 'approved', comment: '' });
    expect(byLead.ok).toBe(false);
    if (!byLead.ok) {
      expect(byLead.error.code).toBe('forbidden');
      expect(byLead.error.messages['zh-CN']).toContain('此操作需要财务或管理员角色');
      expect(byLead.error.messages.en).toContain('needs the finance or admin role');
    }
    expect(await snapshotTables(w.t.core)).toBe(before);

    const approved = await w.as<ApprovalItem>(w.finance, 'approvals.decide', {
      id: item.id,
      decision: 'approved',
      comment: '同意，年度合同补足毛利',
    });
    expect(approved).toMatchObject({ status: 'approved', decidedBy: '周敏' });
    const ready = await w.as<ProposalDetail>(w.lead, 'proposals.get', { id: p.id });
    expect(ready.check.approval).toBe('approved');
    expect(ready.approval).toMatchObject({ status: 'approved', current: true, comment: '同意，年度合同补足毛利' });
    expect(ready.canSend).toBe(true);

    // Any edit after the approval needs a new one.
    const edited = await w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(ready, { title: '品牌焕新提案（修订）' }),
    );
    expect(edited.check.approval).toBe('needed');
    expect(edited.approval).toMatchObject({ status: 'approved', current: false });
    expect(edited.check.blockers.map((b) => b.code)).toContain('approval_missing');
    const again = await w.raw(w.lead, 'proposals.send', {
      id: p.id,
      revision: edited.revision,
      acknowledgeWarnings: true,
    });
    expect(again.ok).toBe(false);

    // Back to the approved content: the approval holds again (it is bound to content, not to time).
    const restored = await w.as<ProposalDetail>(w.lead, 'proposals.save', saveArgs(edited, { title: '品牌焕新提案' }));
    expect(restored.check.approval).toBe('approved');
    const sent = await w.as<{ version: number }>(w.lead, 'proposals.send', {
      id: p.id,
      revision: restored.revision,
      acknowledgeWarnings: true,
    });
    expect(sent.version).toBe(1);
    const versions = await w.as<{ items: VersionSummary[] }>(w.lead, 'proposals.versions', { id: p.id });
    expect(versions.items[0]!.approvedBy).toBe('周敏');
  });

  it('an approval does not carry over to a changed quote, a duplicated quote or a duplicated proposal', async () => {
    const p = await draftWith(w.thin.id);
    const requested = await w.as<ProposalDetail>(w.lead, 'proposals.requestApproval', {
      id: p.id,
      revision: p.revision,
      note: '',
    });
    const [item] = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
    await w.as(w.finance, 'approvals.decide', { id: item!.id, decision: 'approved', comment: '' });
    expect((await w.as<ProposalDetail>(w.lead, 'proposals.get', { id: p.id })).check.approval).toBe('approved');

    // The quote changes under the proposal: a line's cost goes up.
    const q = await w.as<QuoteRecord>(w.lead, 'quotes.get', { id: w.thin.id });
    const document = structuredClone(q.document);
    const line = document.sections[0]!.lines[1]!;
    if (line.kind === 'item') line.unitCost = 1750000;
    await w.as(w.lead, 'quotes.save', {
      id: q.id,
      revision: q.revision,
      clientId: q.clientId,
      ownerId: q.ownerId,
      document,
      lineMeta: q.lineMeta,
    });
    const changed = await w.as<ProposalDetail>(w.lead, 'proposals.get', { id: p.id });
    expect(changed.check.approval).toBe('needed');
    expect(changed.contentHash).not.toBe(requested.contentHash);

    // Approve the changed content, then link a duplicate of the quote: same words, another quote.
    const changedReq = await w.as<ProposalDetail>(w.lead, 'proposals.requestApproval', {
      id: p.id,
      revision: changed.revision,
      note: '',
    });
    const pending = (await w.as<{ items: ApprovalItem[] }>(w.finance, 'approvals.queue', { state: 'pending' })).items;
    expect(pending.map((i) => i.contentHash)).toEqual([changedReq.contentHash]);
    await w.as(w.finance, 'approvals.decide', { id: pending[0]!.id, decision: 'approved', comment: '' });
    const copy = await w.as<QuoteRecord>(w.lead, 'quotes.duplicate', { id: w.thin.id });
    const approvedNow = await w.as<ProposalDetail>(w.lead, 'proposals.get', { id: p.id });
    const relinked = await w.as<ProposalDetail>(w.lead, 'proposals.save', saveArgs(approvedNow, { quoteId: copy.id }));
    expect(relinked.check.approval).toBe('needed');

    // A duplicated proposal (same content, same quote) starts without approval.
    const twin = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: approvedNow.title,
      quoteId: w.thin.id,
    });
    const twinSaved = await w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(twin, { sections: approvedNow.sections, preCommunication: PRE_COMM, selfCheck: SELF_CHECK }),
    );
    expect(twinSaved.check.approval).toBe('needed');
    expect(twinSaved.contentHash).not.toBe(approvedNow.contentHash);
  });

  it('never sends a quote below cost, approval or not', async () => {
    const q = await w.as<QuoteRecord>(w.lead, 'quotes.get', { id: w.thin.id });
    const document = structuredClone(q.document);
    document.discount = { percent: '40', reason: '清仓', condition: '无' };
    await w.as(w.lead, 'quotes.save', {
      id: q.id,
      revision: q.revision,
      clientId: q.clientId,
      ownerId: q.ownerId,
      document,
      lineMeta: q.lineMeta,
    });
    const p = await draftWith(w.thin.id);
    expect(p.check.blockers.map((b) => b.code)).toEqual(expect.arrayContaining(['below_cost']));
    const r = await w.raw(
      w.lead,
      'proposals.send',
      { id: p.id, revision: p.revision, acknowledgeWarnings: true },
      'en',
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('can never be sent');
  });

  it('asks for a reason to send without a pre-communication record, and an acknowledgement of warnings', async () => {
    const created = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '无沟通提案',
      quoteId: w.healthy.id,
    });
    expect(created.check.warnings.map((x) => x.code)).toEqual(
      expect.arrayContaining(['no_pre_communication', 'self_check_missing']),
    );
    const before = await snapshotTables(w.t.core);
    const noReason = await w.raw(w.lead, 'proposals.send', {
      id: created.id,
      revision: created.revision,
      acknowledgeWarnings: true,
    });
    expect(noReason.ok).toBe(false);
    if (!noReason.ok) expect(noReason.error.issues?.[0]?.path).toEqual(['noPreCommunicationReason']);
    const noAck = await w.raw(w.lead, 'proposals.send', {
      id: created.id,
      revision: created.revision,
      acknowledgeWarnings: false,
      noPreCommunicationReason: '客户要求',
    });
    expect(noAck.ok).toBe(false);
    if (!noAck.ok) expect(noAck.error.issues?.[0]?.path).toEqual(['acknowledgeWarnings']);
    expect(await snapshotTables(w.t.core)).toBe(before);
    await w.as(w.lead, 'proposals.send', {
      id: created.id,
      revision: created.revision,
      acknowledgeWarnings: true,
      noPreCommunicationReason: '客户要求先看书面方案',
    });
    const [v] = (await w.as<{ items: VersionSummary[] }>(w.lead, 'proposals.versions', { id: created.id })).items;
    expect(v!.noPreCommunicationReason).toBe('客户要求先看书面方案');
  });

  it('keeps the whole status history: who, when, from, to, reason, version', async () => {
    const p = await draftWith(w.healthy.id);
    await w.as(w.lead, 'proposals.transition', { id: p.id, to: 'pre_communicated' });
    const cur = await w.as<ProposalDetail>(w.lead, 'proposals.get', { id: p.id });
    await w.as(w.lead, 'proposals.send', { id: p.id, revision: cur.revision, acknowledgeWarnings: true });
    await w.as(w.lead, 'proposals.transition', { id: p.id, to: 'negotiating' });
    const lost = await w.as<ProposalDetail>(w.lead, 'proposals.transition', {
      id: p.id,
      to: 'lost',
      reasonCode: 'price',
      note: '对手报价低 20%',
    });
    expect(lost).toMatchObject({ status: 'lost', lostReason: 'price', lostNote: '对手报价低 20%' });
    const reopened = await w.as<ProposalDetail>(w.admin, 'proposals.transition', { id: p.id, to: 'negotiating' });
    expect(reopened).toMatchObject({ status: 'negotiating', lostReason: null, lostNote: null });
    await w.as(w.lead, 'proposals.transition', { id: p.id, to: 'won' });
    await w.as(w.lead, 'proposals.transition', { id: p.id, to: 'archived' });
    const history = await w.as<{ items: StatusChange[] }>(w.lead, 'proposals.history', { id: p.id });
    expect(history.items.map((h) => [h.from, h.to])).toEqual([
      [null, 'draft'],
      ['draft', 'pre_communicated'],
      ['pre_communicated', 'sent'],
      ['sent', 'negotiating'],
      ['negotiating', 'lost'],
      ['lost', 'negotiating'],
      ['negotiating', 'won'],
      ['won', 'archived'],
    ]);
    expect(history.items[2]).toMatchObject({ version: 1, userName: '陈磊' });
    expect(history.items[4]).toMatchObject({ reasonCode: 'price', note: '对手报价低 20%' });
    expect(history.items[5]!.userName).toBe('王经理');
    expect(history.items.every((h) => h.at.endsWith('Z'))).toBe(true);
  });

  it('templates carry sections; blocks and rules are kept; only an admin changes the rules', async () => {
    const p = await draftWith(w.healthy.id);
    const template = await w.as<{ id: number; sections: { key: string; blocks: unknown[] }[] }>(
      w.lead,
      'proposalTemplates.create',
      { name: '标准模板', fromProposalId: p.id },
    );
    const fromTemplate = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '来自模板',
      templateId: template.id,
    });
    expect(fromTemplate.sections.find((s) => s.key === 'situation')!.blocks).toEqual([
      { type: 'paragraph', runs: [{ text: '认知度处于第二梯队' }] },
    ]);
    expect(fromTemplate.preCommunication).toBeNull();
    const refused = await w.raw(w.lead, 'proposalSettings.update', {
      discountLimitPercent: '20',
      selfCheckThreshold: 3,
      freeLineCostPercent: '5',
    });
    expect(!refused.ok && refused.error.code).toBe('forbidden');
    // The discount limit governs money: an admin's decision, not finance's alone.
    const byFinance = await w.raw(w.finance, 'proposalSettings.update', {
      discountLimitPercent: '20',
      selfCheckThreshold: 3,
      freeLineCostPercent: '5',
    });
    expect(!byFinance.ok && byFinance.error.code).toBe('forbidden');
    await w.as(w.admin, 'proposalSettings.update', {
      discountLimitPercent: '15',
      selfCheckThreshold: 4,
      freeLineCostPercent: '5',
    });
    const thin = await draftWith(w.thin.id);
    expect(thin.check.approvalReasons).toEqual(['margin_below_floor']);
  });
});
