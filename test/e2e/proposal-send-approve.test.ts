import { localToday } from '@shared/dates/local';
import { afterEach, describe, expect, it } from 'vitest';
import type { User } from '@shared/contract';
import { healthyQuote, thinQuote } from '../../electron/core/seed/proposal-demo';
import { eventually, startWorkbench, type Workbench } from './harness';
import { FinanceQueuePage } from './pages/FinanceQueuePage';
import { ProposalEditorPage } from './pages/ProposalEditorPage';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { text } from './pages/text';

const t = (key: string, vars?: Record<string, string | number>) => text('zh-CN', key, vars);

describe('a proposal from template to won, through sending, a frozen v1 and a finance approval', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  it('writes, sends v1, edits to a below-floor v2 that finance must approve, loses, reopens and wins', async () => {
    wb = await startWorkbench({
      setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
      lang: 'zh-CN',
    });
    const { page } = wb;
    const users = (await wb.call('users.list', {})).items;
    const lead = users.find((u: User) => u.role === 'account_lead')!;
    const finance = users.find((u: User) => u.role === 'finance')!;
    const client = (await wb.call('clients.list', {})).items[0]!;
    const today = localToday();
    // Two quotes of the client to choose between: one healthy, one under the floor with a 12% discount.
    await wb.call('quotes.create', {
      clientId: client.id,
      title: '春季发布报价',
      document: healthyQuote('zh-CN', '春季发布报价', client.name, today),
    });
    await wb.call('quotes.create', {
      clientId: client.id,
      title: '春季发布报价（让利版）',
      document: thinQuote('zh-CN', '春季发布报价（让利版）', client.name),
    });

    const shell = new ShellPage(page);
    await shell.waitForReady();
    // Switching user = signing out and in: the admin gives each a password first.
    for (const u of [lead, finance]) await wb.call('users.setPassword', { id: u.id, password: `${u.role} password` });
    const signIn = new SignInPage(page);
    const switchTo = async (u: User) => {
      await shell.signOut();
      await signIn.signIn(u.name, `${u.role} password`);
      await eventually(async () => expect(await shell.currentUser()).toContain(u.name));
    };
    await switchTo(lead);

    // Write it from the template, linking the healthy quote.
    await shell.open('proposals');
    const editor = new ProposalEditorPage(page);
    const title = '春季新品发布提案';
    await editor.create({ client: client.name, title, template: '整合传播提案（标准模板）', quote: '春季发布报价' });
    await expect(editor.sectionEditor('situation').textContent()).resolves.toContain('第二梯队');
    await editor.typeInSection('situation', '新品定位为年轻家庭。');
    await editor.recordPreCommunication({
      withWhom: '市场总监张伟',
      cost: '总价在预算内，5% 折扣换本月签约',
      disputed: '场地待定',
    });
    await editor.scoreSelfCheck(4);
    await editor.save();
    await editor.action('pre_communicated');
    await editor.statusIs('pre_communicated');

    // Send: v1 frozen.
    await editor.send(1);
    await editor.statusIs('sent');
    await expect(editor.versionLabel().textContent()).resolves.toBe(t('proposalEditor.versionSent', { n: 1 }));
    const [proposal] = (await wb.call('proposals.list', {})).items.filter((p) => p.title === title);
    const v1 = await wb.call('proposals.version', { id: proposal!.id, number: 1 });
    const v1Text = JSON.stringify(v1.snapshot.document.proposal);
    expect(v1Text).toContain('新品定位为年轻家庭。');

    // Edit → the v2 draft; link the below-floor quote: blocked until finance approves.
    await editor.typeInSection('problem', '竞品已提前两周发布。');
    await editor.linkQuote('春季发布报价（让利版）');
    await editor.save();
    await expect(editor.versionLabel().textContent()).resolves.toBe(t('proposalEditor.versionDraft', { n: 2 }));
    await editor.blocker('approval_missing').waitFor();
    const dialog = await editor.openSend();
    await dialog.locator('li[data-code="approval_missing"]').waitFor();
    expect(await editor.sendButton(2).isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: t('common.cancel') }).click();
    await editor.requestApproval('战略客户：年度合同补足毛利');

    // Finance approves it in the queue.
    await switchTo(finance);
    await shell.open('finance');
    const queue = new FinanceQueuePage(page);
    const detail = await queue.select(title);
    await expect(detail.textContent()).resolves.toContain('同时签订 12 个月年度服务合同');
    await queue.decide('approve', '同意：以年度合同为条件');
    await queue.row(title).waitFor({ state: 'detached' });

    // The account lead sees the outcome; v2 can go out now.
    await switchTo(lead);
    await shell.open('proposals');
    await page.getByRole('link', { name: title, exact: true }).click();
    await editor.heading(title).waitFor();
    await page.locator('[data-testid="approval-state"][data-state="approved"]').waitFor();
    await expect(page.getByTestId('approval-decision').textContent()).resolves.toContain('同意：以年度合同为条件');
    await editor.openSend();
    expect(await editor.sendButton(2).isEnabled()).toBe(true);
    await editor
      .sendDialog()
      .getByRole('button', { name: t('common.cancel') })
      .click();

    // Editing after the approval blocks it again.
    await editor.typeInSection('effect', '另加一场线上直播。');
    await editor.save();
    await page.locator('[data-testid="approval-state"][data-state="needed"]').waitFor();
    await editor.blocker('approval_missing').waitFor();

    // Lost with a reason, reopened, won.
    await editor.markLost('price', '对手报价低 15%');
    await editor.statusIs('lost');
    await page
      .getByText(t('proposalEditor.lostShown', { reason: `${t('lossReasons.price')}：对手报价低 15%` }))
      .waitFor();
    await editor.action('reopen');
    await editor.statusIs('negotiating');
    await editor.action('won');
    await editor.statusIs('won');

    // The store agrees: one frozen version, unchanged; the whole history.
    const versions = await wb.call('proposals.versions', { id: proposal!.id });
    expect(versions.items.map((v) => v.number)).toEqual([1]);
    const v1Again = await wb.call('proposals.version', { id: proposal!.id, number: 1 });
    expect(JSON.stringify(v1Again.snapshot.document.proposal)).toBe(v1Text);
    const history = await wb.call('proposals.history', { id: proposal!.id });
    expect(history.items.map((h) => h.to)).toEqual(['draft', 'pre_communicated', 'sent', 'lost', 'negotiating', 'won']);
    expect(history.items.every((h) => h.userName === lead.name)).toBe(true);
    expect(wb.pageErrors).toEqual([]);
  });
});
