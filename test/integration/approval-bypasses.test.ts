import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApprovalItem, ProposalDetail, QuoteRecord, User } from '@shared/contract';
import type { QuoteInterchange } from '@shared/quote';
import { localIsoDate } from '@shared/dates/local';
import { healthyQuote } from '../../electron/core/seed/proposal-demo';
import { snapshotTables } from './support/core';
import {
  openProposalWorld,
  PRE_COMM,
  saveArgs,
  SELF_CHECK,
  withText,
  type ProposalWorld,
} from './support/proposal-world';

/**
 * The walks around finance from issue 13, each as its repro: the action is refused with a 4xx and
 * the database is unchanged (every table compared), and the same goal reached the right way works.
 */
describe('approvals that cannot be walked around (real SQLite, through the dispatcher)', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  async function refused(user: User, name: string, args: unknown) {
    const before = await snapshotTables(w.t.core);
    const zh = await w.raw(user, name, args, 'zh-CN');
    const en = await w.raw(user, name, args, 'en');
    expect(await snapshotTables(w.t.core)).toBe(before);
    if (zh.ok || en.ok) throw new Error(`${name} was accepted`);
    expect(zh.error.code).toBe(en.error.code);
    return { code: zh.error.code, zh: zh.error.message, en: en.error.message };
  }

  async function quote(by: User, title: string, document: QuoteInterchange): Promise<QuoteRecord> {
    return w.as<QuoteRecord>(by, 'quotes.create', { clientId: w.clientId, title, document });
  }

  async function saveQuote(by: User, id: number, change: (d: QuoteInterchange) => QuoteInterchange) {
    const record = await w.as<QuoteRecord>(by, 'quotes.get', { id });
    return w.as<QuoteRecord>(by, 'quotes.save', {
      id,
      revision: record.revision,
      clientId: record.clientId,
      ownerId: record.ownerId,
      document: change(structuredClone(record.document)),
      lineMeta: record.lineMeta,
    });
  }

  async function proposal(by: User, quoteId: number): Promise<ProposalDetail> {
    const p = await w.as<ProposalDetail>(by, 'proposals.create', { clientId: w.clientId, title: '年度提案', quoteId });
    return w.as<ProposalDetail>(
      by,
      'proposals.save',
      saveArgs(p, {
        sections: withText(p.sections, 'situation', '认知度处于第二梯队'),
        preCommunication: PRE_COMM,
        selfCheck: SELF_CHECK,
      }),
    );
  }

  const get = (id: number) => w.as<ProposalDetail>(w.lead, 'proposals.get', { id });
  const request = async (by: User, id: number) => {
    const p = await get(id);
    return w.as<ProposalDetail>(by, 'proposals.requestApproval', { id, revision: p.revision, note: '请审批' });
  };
  const pending = async (as: User) =>
    (await w.as<{ items: ApprovalItem[] }>(as, 'approvals.queue', { state: 'pending' })).items;
  const sendArgs = async (id: number) => ({ id, revision: (await get(id)).revision, acknowledgeWarnings: true });

  it('an admin who wrote the proposal cannot approve it when someone else clicked request', async () => {
    const p = await proposal(w.admin, w.thin.id);
    expect(p.ownerId).toBe(w.admin.id);
    await request(w.lead, p.id);
    const [item] = await pending(w.admin);
    expect(item!.ownConflict).toBe('own_proposal');
    const r = await refused(w.admin, 'approvals.decide', { id: item!.id, decision: 'approved', comment: '' });
    expect(r.code).toBe('forbidden');
    expect(r.zh).toBe('不能审批自己负责的提案，请由另一位财务或管理员审批');
    expect(r.en).toBe('Nobody decides on a proposal they own; another finance user or admin must');
    // Finance, who neither asked nor owns anything here, may.
    expect((await pending(w.finance))[0]!.ownConflict).toBeNull();
    const decided = await w.as<ApprovalItem>(w.finance, 'approvals.decide', {
      id: item!.id,
      decision: 'approved',
      comment: '',
    });
    expect(decided.status).toBe('approved');
  });

  it('finance who wrote the quote’s figures cannot approve them', async () => {
    await saveQuote(w.finance, w.thin.id, (d) => ({ ...d, title: '社交媒体报价（财务改）' }));
    const p = await proposal(w.lead, w.thin.id);
    await request(w.lead, p.id);
    const [item] = await pending(w.finance);
    expect(item!.ownConflict).toBe('own_quote');
    const r = await refused(w.finance, 'approvals.decide', { id: item!.id, decision: 'approved', comment: '' });
    expect(r.code).toBe('forbidden');
    expect(r.en).toBe('Nobody decides on a quote they own or wrote; another finance user or admin must');
    await w.as(w.admin, 'approvals.decide', { id: item!.id, decision: 'approved', comment: '' });
    expect((await get(p.id)).check.approval).toBe('approved');
  });

  it('an optional line at ¥12 costing ¥360,000: never sent below cost with options, and needs approval under the floor', async () => {
    const tempting = healthyQuote('zh-CN', '发布会报价', '星河乳业', '2026-11-23');
    tempting.sections[1]!.lines.push({
      kind: 'item',
      description: '明星到场',
      quantity: '1',
      unit: '次',
      unitPrice: 1200,
      unitCost: 36000000,
      optional: true,
    });
    const q = await quote(w.lead, '发布会报价', tempting);
    expect(q.computed.optionalTotals.netWithOptions).toBeLessThan(q.computed.optionalTotals.costWithOptions);
    const p = await proposal(w.lead, q.id);
    expect(p.check.approvalReasons).toEqual(['margin_below_floor_with_options']);
    expect(p.check.blockers.map((b) => b.code)).toEqual(['below_cost_with_options', 'approval_missing']);
    const r = await refused(w.lead, 'proposals.send', await sendArgs(p.id));
    expect(r.code).toBe('conflict');
    expect(r.zh).toBe('客户选用全部可选项时报价低于成本，任何情况下都不能发送；请调整可选项的价格');
    // Approval does not lift it: below cost never goes.
    await request(w.lead, p.id);
    await w.as(w.finance, 'approvals.decide', {
      id: (await pending(w.finance))[0]!.id,
      decision: 'approved',
      comment: '',
    });
    expect((await refused(w.lead, 'proposals.send', await sendArgs(p.id))).en).toBe(
      'With all its options the quote is below cost, so it can never be sent; reprice the options',
    );

    // Repriced above its cost but under the floor: the old request is superseded at once, a new
    // one is needed, and once finance approves this content it sends.
    await saveQuote(w.lead, q.id, (d) => {
      const option = d.sections[1]!.lines.at(-1)!;
      if (option.kind === 'item') option.unitPrice = 38000000;
      return d;
    });
    expect(await pending(w.finance)).toEqual([]);
    const repriced = await get(p.id);
    expect(repriced.check.blockers.map((b) => b.code)).toEqual(['approval_missing']);
    expect((await refused(w.lead, 'proposals.send', await sendArgs(p.id))).code).toBe('conflict');
    await request(w.lead, p.id);
    await w.as(w.finance, 'approvals.decide', {
      id: (await pending(w.finance))[0]!.id,
      decision: 'approved',
      comment: '',
    });
    const sent = await w.as<{ version: number }>(w.lead, 'proposals.send', await sendArgs(p.id));
    expect(sent.version).toBe(1);
  });

  it('a zero-priced labour line worth 20% of the subtotal is an approval reason, not a dismissible warning', async () => {
    const doc = healthyQuote('zh-CN', '发布会报价', '星河乳业', '2026-11-23');
    // Subtotal: planners 2×5 × ¥2,800 × 1.15 = 3,220,000 fen, designer 4 × ¥1,600 × 1.15 = 736,000,
    // venue 3,000,000 → 6,956,000. A strategist for nothing, 7 days at cost ¥2,000: 1,400,000 (20.1%).
    doc.sections[0]!.lines.push({
      kind: 'labor',
      role: '策略总监',
      headcount: '1',
      days: '7',
      rate: 0,
      costRate: 200000,
    });
    const q = await quote(w.lead, '发布会报价', doc);
    expect(q.computed.subtotal).toBe(6956000);
    const p = await proposal(w.lead, q.id);
    expect(p.check.approvalReasons).toContain('free_line_over_limit');
    expect(p.check.warnings.map((x) => x.code)).toContain('free_line_with_cost');
    // Acknowledging the warnings does not send it.
    const r = await refused(w.lead, 'proposals.send', await sendArgs(p.id));
    expect(r.en).toContain('finance must approve this exact content');
    await request(w.lead, p.id);
    const [item] = await pending(w.finance);
    expect(item!.reasons).toContain('free_line_over_limit');
    await w.as(w.finance, 'approvals.decide', { id: item!.id, decision: 'approved', comment: '作为年度客户的赠送' });
    expect((await w.as<{ version: number }>(w.lead, 'proposals.send', await sendArgs(p.id))).version).toBe(1);
  });

  it('the free-line limit governs money: neither a lead nor finance alone may raise it, an admin may', async () => {
    const raise = { discountLimitPercent: '10', selfCheckThreshold: 3, freeLineCostPercent: '100' };
    expect((await refused(w.lead, 'proposalSettings.update', raise)).code).toBe('forbidden');
    expect((await refused(w.finance, 'proposalSettings.update', raise)).code).toBe('forbidden');
    const saved = await w.as<{ freeLineCostPercent: string }>(w.admin, 'proposalSettings.update', {
      ...raise,
      freeLineCostPercent: '25',
    });
    expect(saved.freeLineCostPercent).toBe('25');
    const bad = await refused(w.admin, 'proposalSettings.update', { ...raise, freeLineCostPercent: '101' });
    expect(bad.code).toBe('validation');
  });

  it('an expired validity date blocks sending until renewed', async () => {
    const q = await quote(w.lead, '发布会报价', {
      ...healthyQuote('zh-CN', '发布会报价', '星河乳业', '2026-11-23'),
      validUntil: '2026-11-22',
    });
    const p = await proposal(w.lead, q.id);
    expect(p.check.blockers.map((b) => b.code)).toEqual(['validity_expired']);
    const r = await refused(w.lead, 'proposals.send', await sendArgs(p.id));
    expect(r.code).toBe('conflict');
    expect(r.zh).toBe('报价有效期（2026-11-22）已过，不能发送；请在报价中更新有效期后再发送');
    expect(r.en).toBe(
      'The quote’s validity date (2026-11-22) has passed, so it cannot be sent; renew it in the quote, then send',
    );
    // Renewed to a year from today: a fixed date would expire under the test one day.
    const renewed = new Date();
    renewed.setFullYear(renewed.getFullYear() + 1);
    await saveQuote(w.lead, q.id, (d) => ({ ...d, validUntil: localIsoDate(renewed) }));
    expect((await w.as<{ version: number }>(w.lead, 'proposals.send', await sendArgs(p.id))).version).toBe(1);
  });

  it('a request whose quote changes is superseded at once: finance’s queue shows only live requests', async () => {
    const p = await proposal(w.lead, w.thin.id);
    await request(w.lead, p.id);
    const [item] = await pending(w.finance);
    expect(item!.current).toBe(true);
    await saveQuote(w.lead, w.thin.id, (d) => {
      const line = d.sections[0]!.lines[0]!;
      if (line.kind === 'labor') line.days = '5';
      return d;
    });
    const [row] = await w.t.query('select status from proposal_approvals where id = ?', item!.id);
    expect(row).toEqual({ status: 'superseded' });
    expect(await pending(w.finance)).toEqual([]);
    const r = await refused(w.finance, 'approvals.decide', { id: item!.id, decision: 'approved', comment: '' });
    expect(r.code).toBe('conflict');
    expect((await get(p.id)).check.approval).toBe('needed');
  });
});
