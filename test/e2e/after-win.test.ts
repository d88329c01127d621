import { localToday } from '@shared/dates/local';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProposalDetail } from '@shared/contract';
import { formatMoney } from '@shared/money';
import { healthyQuote } from '../../electron/core/seed/proposal-demo';
import { readDocx } from '../integration/support/docx-reader';
import { eventually, startWorkbench, type Workbench } from './harness';
import { AfterWinPage } from './pages/AfterWinPage';
import { ShellPage } from './pages/ShellPage';

const SETUP = { mode: 'empty', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' } as const;
const PRE_COMM = {
  date: '2026-11-20',
  channel: 'meeting',
  withWhom: '市场总监张伟',
  costAgreed: '总价在预算内',
  disputedPoints: '场地待定',
} as const;
const SELF_CHECK = { practicality: 4, dataSupport: 4, strategy: 4, creativity: 4, feasibility: 4, costEconomy: 4 };
const money = (n: number) => formatMoney(n, 'CNY', 'zh-CN');

/** A client with a rate card and a sent proposal (through the API: this test is about after the send). */
async function sentProposal(wb: Workbench, title: string, clientId?: number) {
  const today = localToday();
  const id =
    clientId ??
    (
      await wb.call('clients.save', {
        name: '青禾茶饮',
        industry: '餐饮',
        status: 'active',
        priceSensitivity: 'sensitive',
        ownerId: null,
        decisionProcess: '',
        character: null,
        professionalism: null,
        tags: [],
        relatedSales: 0,
        contacts: [],
        dates: [],
      })
    ).id;
  const quote = await wb.call('quotes.create', {
    clientId: id,
    title,
    document: healthyQuote('zh-CN', title, '青禾茶饮', today),
  });
  const draft = await wb.call('proposals.create', { clientId: id, title, quoteId: quote.id });
  const saved = await wb.call('proposals.save', {
    id: draft.id,
    revision: draft.revision,
    title,
    quoteId: quote.id,
    sections: draft.sections,
    preCommunication: PRE_COMM,
    selfCheck: SELF_CHECK,
  } as never);
  const pre = await wb.call('proposals.transition', { id: saved.id, to: 'pre_communicated' });
  const sent = await wb.call('proposals.send', { id: pre.id, revision: pre.revision, acknowledgeWarnings: true });
  return {
    clientId: id,
    proposal: sent.proposal as ProposalDetail,
    net: quote.computed.net,
    total: quote.computed.total,
  };
}

describe('after the win, in Chromium', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('wins a proposal, sets a 50/50 plan, records an invoice and a part payment; receivables and the client figures follow', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    const { clientId, proposal, total } = await sentProposal(wb, '春季新品发布');
    await wb.call('proposals.transition', { id: proposal.id, to: 'won' });

    const ui = new AfterWinPage(wb.page);
    await ui.openProposal(proposal.id);
    await ui.applyTemplate('50/50');
    const deposit = Math.round(total / 2); // 50% rounded half away from zero; the rest is the final payment
    await eventually(async () =>
      expect(await ui.plan().getByRole('table').textContent()).toMatch(
        new RegExp(
          `预付款50%.*${money(deposit).replace(/[.]/g, '\\.')}.*尾款50%.*${money(total - deposit).replace(/[.]/g, '\\.')}`,
        ),
      ),
    );
    await ui.recordInvoice('预付款', 'INV-2026-001');
    await ui.recordPayment('预付款', '10,000.00');
    await eventually(async () => expect(await ui.figure('plan-received').textContent()).toBe(money(1000000)));

    // A payment over what is still due is refused with the reason, and nothing is recorded.
    await ui.recordPayment('预付款', String(total));
    await expect(wb.page.getByRole('alert').filter({ hasText: '超过该节点未收金额' }).first().waitFor()).resolves.toBe(
      undefined,
    );
    expect(await ui.figure('plan-received').textContent()).toBe(money(1000000));

    await ui.openReceivables();
    await eventually(async () =>
      expect(await ui.figure('rc-outstanding').textContent()).toBe(money(deposit - 1000000)),
    );
    expect(await ui.figure('rc-collected').textContent()).toBe(money(1000000));
    expect(await wb.page.getByRole('cell', { name: '青禾茶饮' }).count()).toBe(1);

    await ui.openClient(clientId);
    await eventually(async () => expect(await ui.figure('collected').textContent()).toBe(money(1000000)));
    expect(await ui.figure('outstanding').textContent()).toBe(money(deposit - 1000000));
    expect(wb.pageErrors).toEqual([]);
  });

  it('logs pitch time on a lost proposal and the client’s profit after cost to serve drops by its cost', async () => {
    wb = await startWorkbench({ setup: SETUP });
    const shell = new ShellPage(wb.page);
    await shell.waitForReady();
    await wb.call('rateCard.save', {
      role: '高级策划',
      currency: 'CNY',
      rate: 280000,
      costRate: 150000,
      effectiveFrom: '2020-01-01',
    });
    const won = await sentProposal(wb, '年度传播');
    await wb.call('proposals.transition', { id: won.proposal.id, to: 'won' });
    const lost = await sentProposal(wb, '秋季比稿', won.clientId);
    await wb.call('proposals.transition', { id: lost.proposal.id, to: 'lost', reasonCode: 'price' });

    const ui = new AfterWinPage(wb.page);
    await ui.openClient(won.clientId);
    const before = (await wb.call('accounts.analytics', {})).clients.find((c) => c.clientId === won.clientId)!;
    await eventually(async () =>
      expect(await ui.figure('profit-after').textContent()).toBe(money(before.profit12mAfterCostToServe)),
    );

    await ui.openProposal(lost.proposal.id);
    await ui.logPitchTime('高级策划', '6');

    await ui.openClient(won.clientId);
    // 6 person-days × ¥1,500.00 = ¥9,000.00 less profit.
    await eventually(async () =>
      expect(await ui.figure('profit-after').textContent()).toBe(money(before.profit12mAfterCostToServe - 900000)),
    );
    await wb.page.getByRole('cell', { name: '丢单提案' }).waitFor();
    expect(wb.pageErrors).toEqual([]);
  });

  it('exports the confirmation letter of a sent version; read back: total, plan amounts summing to it, signature blocks', async () => {
    wb = await startWorkbench({ setup: SETUP });
    await new ShellPage(wb.page).waitForReady();
    const { proposal } = await sentProposal(wb, '品牌焕新');
    const version = await wb.call('proposals.version', { id: proposal.id, number: 1 });
    const total = version.snapshot.document.computed.total;
    const ui = new AfterWinPage(wb.page);
    await ui.openProposal(proposal.id);
    const download = await ui.exportLetter();
    expect(download.suggestedFilename()).toMatch(/^报价确认函-青禾茶饮-品牌焕新-V1-.*\.docx$/);
    const body = readDocx(readFileSync((await download.path())!)).body;
    expect(body[body.indexOf('总价（含税）') + 1]).toBe(money(total));
    const start = body.indexOf('付款节点');
    const plan = body.slice(start, start + 16);
    const amounts = [plan[plan.indexOf('预付款') + 3], plan[plan.indexOf('尾款') + 3]].map((s) =>
      Math.round(Number(s!.replace(/[¥,]/g, '')) * 100),
    );
    expect(amounts[0]! + amounts[1]!).toBe(total);
    expect(plan[plan.indexOf('合计') + 3]).toBe(money(total));
    for (const block of ['甲方（客户）', '乙方（代理公司）']) expect(body).toContain(block);
    expect(body.filter((t) => t.startsWith('授权代表签字'))).toHaveLength(2);
    expect(body.filter((t) => t === '（盖章）')).toHaveLength(2);
    expect(wb.pageErrors).toEqual([]);
  });
});
