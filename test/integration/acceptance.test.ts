import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Acceptance, ExportedFile, PaymentPlan, ProposalDetail, QuoteRecord } from '@shared/contract';
import { formatMoney } from '@shared/money';
import { snapshotTables } from './support/core';
import { readDocx } from './support/docx-reader';
import {
  openProposalWorld,
  PRE_COMM,
  saveArgs,
  SELF_CHECK,
  withText,
  type ProposalWorld,
} from './support/proposal-world';

/** The confirmation letter (报价确认函) and recording the client's acceptance (DOMAIN.md §7). */
describe('acceptance: confirmation letter and the signed scan', () => {
  let w: ProposalWorld;
  let sent: ProposalDetail;
  let versionTotal: number;
  beforeEach(async () => {
    w = await openProposalWorld();
    const p = await w.as<ProposalDetail>(w.lead, 'proposals.create', {
      clientId: w.clientId,
      title: '品牌焕新提案',
      quoteId: w.healthy.id,
    });
    const saved = await w.as<ProposalDetail>(
      w.lead,
      'proposals.save',
      saveArgs(p, {
        sections: withText(p.sections, 'situation', '认知度处于第二梯队'),
        preCommunication: PRE_COMM,
        selfCheck: SELF_CHECK,
      }),
    );
    const pre = await w.as<ProposalDetail>(w.lead, 'proposals.transition', { id: saved.id, to: 'pre_communicated' });
    sent = (
      await w.as<{ proposal: ProposalDetail }>(w.lead, 'proposals.send', {
        id: pre.id,
        revision: pre.revision,
        acknowledgeWarnings: true,
      })
    ).proposal;
    versionTotal = (
      await w.t.query<{ total: number }>('select total from proposal_versions where proposal_id = ?', sent.id)
    )[0]!.total;
  });
  afterEach(() => w.t.dispose());

  it('the letter, read back independently: the total, 50/50 amounts summing to it, both signature and seal blocks', async () => {
    const file = await w.as<ExportedFile>(w.lead, 'export.confirmationLetter', { proposalId: sent.id, number: 1 });
    expect(file.fileName).toMatch(/^报价确认函-星河乳业-品牌焕新提案-V1-.*\.docx$/);
    const doc = readDocx(Buffer.from(file.bytesBase64, 'base64'));
    const body = doc.body;
    const money = (n: number) => formatMoney(n, 'CNY', 'zh-CN');
    expect(body).toContain('报价确认函');
    expect(body).toContain('致 星河乳业：');
    // The total as sent, and in capitals.
    const totalAt = body.indexOf('总价（含税）');
    expect(body[totalAt + 1]).toBe(money(versionTotal));
    expect(body.some((t) => t.startsWith('人民币') || t.includes('元'))).toBe(true);
    // 50/50 of the total: the first rounded, the second the remainder; the plan's total row is the total.
    const first = Math.round(versionTotal / 2);
    const planStart = body.indexOf('付款节点');
    const plan = body.slice(planStart, planStart + 16);
    expect(plan).toEqual(
      expect.arrayContaining(['预付款', '50%', '签约后 7 天内', money(first), '尾款', money(versionTotal - first)]),
    );
    expect(plan[plan.indexOf('合计') + 3]).toBe(money(versionTotal));
    expect(first + (versionTotal - first)).toBe(versionTotal);
    // Signature and seal blocks for both sides.
    for (const text of ['甲方（客户）', '乙方（代理公司）', '（盖章）']) expect(body).toContain(text);
    expect(body.filter((t) => t.startsWith('授权代表签字：'))).toHaveLength(2);
    expect(body.filter((t) => t === '（盖章）')).toHaveLength(2);
    // In English too.
    const en = await w.as<ExportedFile>(w.lead, 'export.confirmationLetter', { proposalId: sent.id, number: 1 });
    expect(en.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('recording the acceptance moves the proposal to won and starts the payment plan on the version total', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').toString('base64');
    const acceptance = await w.as<Acceptance>(w.lead, 'acceptance.record', {
      proposalId: sent.id,
      versionNumber: 1,
      acceptedOn: '2026-11-25',
      signedBy: '张伟',
      contractNumber: 'HT-2026-118',
      scan: { fileName: '确认函-盖章.png', mimeType: 'image/png', bytesBase64: png },
    });
    expect(acceptance).toMatchObject({
      contractNumber: 'HT-2026-118',
      signedBy: '张伟',
      scanFileName: '确认函-盖章.png',
    });
    const detail = await w.as<ProposalDetail>(w.lead, 'proposals.get', { id: sent.id });
    expect(detail.status).toBe('won');
    const { plan } = await w.as<{ plan: PaymentPlan }>(w.lead, 'payments.plan', { proposalId: sent.id });
    expect(plan.total).toBe(versionTotal);
    expect(plan.milestones.reduce((s, m) => s + m.amount, 0)).toBe(versionTotal);
    // Signing is the acceptance date: the deposit is due 7 days later; completion has not happened.
    expect(plan.milestones.map((m) => m.effectiveDueOn)).toEqual(['2026-12-02', null]);
    // After acceptance the letter prints the plan itself.
    const letter = readDocx(
      Buffer.from(
        (await w.as<ExportedFile>(w.lead, 'export.confirmationLetter', { proposalId: sent.id, number: 1 })).bytesBase64,
        'base64',
      ),
    );
    expect(letter.body).toContain(formatMoney(plan.milestones[0]!.amount, 'CNY', 'zh-CN'));
    // A working-copy export of the won proposal (here in English: the sent version was Chinese, and
    // a sent version itself always re-exports exactly as sent) prints the plan in its cost section.
    const doc = readDocx(
      Buffer.from(
        (await w.as<ExportedFile>(w.lead, 'export.proposalDocx', { proposalId: sent.id, language: 'en' })).bytesBase64,
        'base64',
      ),
    ).body;
    const at = doc.lastIndexOf('Payment terms');
    expect(at).toBeGreaterThan(doc.findIndex((t) => t.endsWith('Budget')));
    const terms = doc.slice(at, at + 17);
    for (const m of plan.milestones) expect(terms).toContain(formatMoney(m.amount, 'CNY', 'en'));
    expect(terms).toContain('7 days after signing');
    expect(terms[terms.indexOf('Total') + 3]).toBe(formatMoney(versionTotal, 'CNY', 'en'));
  });

  it('refuses a scan that is not a PDF or an image, a second acceptance, and a version that does not exist; nothing changes', async () => {
    const before = await snapshotTables(w.t.core);
    const bad = await w.raw(w.lead, 'acceptance.record', {
      proposalId: sent.id,
      versionNumber: 1,
      acceptedOn: '2026-11-25',
      signedBy: '张伟',
      contractNumber: 'HT-1',
      scan: {
        fileName: 'x.pdf',
        mimeType: 'application/pdf',
        bytesBase64: Buffer.from('not a pdf').toString('base64'),
      },
    });
    expect(bad.ok).toBe(false);
    const missing = await w.raw(w.lead, 'acceptance.record', {
      proposalId: sent.id,
      versionNumber: 9,
      acceptedOn: '2026-11-25',
      signedBy: '张伟',
      contractNumber: 'HT-1',
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.messages.en).toContain('sent version does not exist');
    expect(await snapshotTables(w.t.core)).toBe(before);
    await w.as(w.lead, 'acceptance.record', {
      proposalId: sent.id,
      versionNumber: 1,
      acceptedOn: '2026-11-25',
      signedBy: '张伟',
      contractNumber: 'HT-1',
    });
    const twice = await w.raw(w.lead, 'acceptance.record', {
      proposalId: sent.id,
      versionNumber: 1,
      acceptedOn: '2026-11-26',
      signedBy: '张伟',
      contractNumber: 'HT-2',
    });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.code).toBe('conflict');
  });
});

describe('agency fee in the documents', () => {
  let w: ProposalWorld;
  beforeEach(async () => {
    w = await openProposalWorld();
  });
  afterEach(() => w.t.dispose());

  it('prints "代理服务费 8%" as its own row of the section, inside the subtotal', async () => {
    const q = await w.as<QuoteRecord>(w.lead, 'quotes.create', {
      clientId: w.clientId,
      title: '媒介投放',
      document: {
        format: 'workbench.quote/1',
        title: '媒介投放',
        currency: 'CNY',
        difficulty: { level: 2 },
        agencyFeePercent: '8',
        sections: [
          {
            title: '媒介',
            lines: [
              { kind: 'item', description: '媒介投放', quantity: '1', unitPrice: 10000000, unitCost: 9500000 },
              { kind: 'item', description: '制作', quantity: '1', unitPrice: 3333333, unitCost: 3000000 },
            ],
          },
        ],
      },
    });
    expect(q.computed.sections[0]!.agencyFee).toBe(1066667);
    const file = await w.as<ExportedFile>(w.lead, 'export.quoteDocx', { quoteId: q.id });
    const body = readDocx(Buffer.from(file.bytesBase64, 'base64')).body;
    const at = body.indexOf('代理服务费 8%');
    expect(at).toBeGreaterThan(0);
    expect(body.slice(at, at + 8)).toContain('¥10,666.67');
    expect(body).toContain('¥144,000.00'); // 133,333.33 + 10,666.67
  });
});
