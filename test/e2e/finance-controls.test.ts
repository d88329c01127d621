import { localToday } from '@shared/dates/local';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProposalDetail, QuoteRecord, User } from '@shared/contract';
import { LANGS, type Lang } from '@shared/i18n/lang';
import { healthyQuote, thinQuote } from '../../electron/core/seed/proposal-demo';
import { DEMO_PASSWORD, eventually, startWorkbench, VIEWPORT, type Workbench } from './harness';
import { FinanceQueuePage } from './pages/FinanceQueuePage';
import { ProposalEditorPage } from './pages/ProposalEditorPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

const OUT = join(resolve(fileURLToPath(new URL('.', import.meta.url)), '../..'), 'docs/screenshots');
const SHOOT = process.env.WORKBENCH_SCREENSHOTS === '1';
const WIDE = { width: 1920, height: 1080 };

/** At 1366×768 and wide, into docs/screenshots — only when asked (npm run screenshots). */
async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOOT) return;
  mkdirSync(OUT, { recursive: true });
  await page.evaluate('document.fonts.ready');
  for (const [suffix, size] of [
    ['', { width: 1366, height: 768 }],
    ['-wide', WIDE],
  ] as const) {
    await page.setViewportSize(size);
    await page.mouse.move(size.width - 2, size.height - 2);
    await page.waitForTimeout(250);
    await page.screenshot({ path: join(OUT, `${name}${suffix}.png`) });
  }
  await page.setViewportSize(VIEWPORT);
}

/**
 * What the user sees of the finance controls the core enforces: the four-eyes rule in finance's
 * queue (the owner of a proposal gets a reason, not the buttons), and the whole-offer checks in the
 * proposal editor (an option below cost, a free line over finance's limit, an expired validity).
 */
describe('finance controls in the UI', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  for (const lang of LANGS) {
    it(`shows why a request cannot be decided, and the whole offer's blockers (${lang})`, async () => {
      const en = lang === 'en';
      const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
      wb = await startWorkbench({
        setup: {
          mode: 'demo',
          adminName: en ? 'Fang Wang' : '王芳',
          companyName: en ? 'Galaxy PR' : '星河整合传播',
          language: lang as Lang,
        },
        lang,
      });
      const { page } = wb;
      const users = (await wb.call('users.list', {})).items;
      const admin = users.find((u: User) => u.role === 'admin')!;
      const lead = users.find((u: User) => u.role === 'account_lead')!;
      const client = (await wb.call('clients.list', {})).items[0]!;
      const as = async <T>(user: User, name: string, args: unknown): Promise<T> => {
        const r = await wb!.core.call(name, args, { userId: user.id });
        if (!r.ok) throw new Error(`${name}: ${r.error.messages.en}`);
        return r.result as T;
      };

      // The admin writes a below-floor proposal; the lead clicks "request".
      const thinTitle = en ? 'Retainer pitch (admin’s own)' : '年度服务提案（管理员撰写）';
      const thin = await as<QuoteRecord>(admin, 'quotes.create', {
        clientId: client.id,
        title: thinTitle,
        document: thinQuote(lang, thinTitle, client.name),
      });
      const own = await as<ProposalDetail>(admin, 'proposals.create', {
        clientId: client.id,
        title: thinTitle,
        quoteId: thin.id,
      });
      await as(lead, 'proposals.requestApproval', { id: own.id, revision: own.revision, note: '' });
      const queueLength = (await wb.call('approvals.queue', { state: 'pending' })).items.length;

      // A quote that gives too much away: an option at ¥12 costing ¥360,000, a free strategist, an expired validity.
      const today = localToday();
      const offerTitle = en ? 'Launch with a star option' : '发布会（明星可选项）';
      const document = healthyQuote(lang, offerTitle, client.name, today);
      document.validUntil = '2026-01-31';
      document.sections[0]!.lines.push({
        kind: 'labor',
        role: en ? 'Strategy director' : '策略总监',
        headcount: '1',
        days: '7',
        rate: 0,
        costRate: 200000,
      });
      document.sections[1]!.lines.push({
        kind: 'item',
        description: en ? 'Celebrity appearance' : '明星到场',
        quantity: '1',
        unit: en ? 'event' : '次',
        unitPrice: 1200,
        unitCost: 36000000,
        optional: true,
      });
      const offer = await as<QuoteRecord>(lead, 'quotes.create', { clientId: client.id, title: offerTitle, document });
      const proposal = await as<ProposalDetail>(lead, 'proposals.create', {
        clientId: client.id,
        title: offerTitle,
        quoteId: offer.id,
      });

      const shell = new ShellPage(page, lang);
      await shell.waitForReady();
      // Switching user is signing in as them: a session of that user, then the page again.
      await wb.call('users.setPassword', { id: lead.id, password: 'lead password 1' });
      const passwords = new Map([
        [admin.id, DEMO_PASSWORD],
        [lead.id, 'lead password 1'],
      ]);
      const switchTo = async (u: User) => {
        await wb!.signInAs(u.id, passwords.get(u.id)!);
        await page.reload();
        await eventually(async () => expect(await shell.currentUser()).toContain(u.name));
      };

      // The proposal editor names each blocker and approval reason.
      await switchTo(lead);
      const origin = new URL(page.url()).origin;
      await page.goto(`${origin}/proposals/${proposal.id}`);
      const editor = new ProposalEditorPage(page, lang);
      await editor.heading(offerTitle).waitFor();
      for (const code of ['below_cost_with_options', 'validity_expired', 'approval_missing'])
        await editor.blocker(code).waitFor();
      const checks = page.getByTestId('proposal-checks');
      await checks.getByText(t('proposalEditor.blockers.below_cost_with_options')).waitFor();
      await expect(checks.textContent()).resolves.toContain(
        t('proposalEditor.approvalReasons.free_line_over_limit', { freeLine: '5%' }).split('5%')[0],
      );
      await checks.scrollIntoViewIfNeeded();
      await shoot(page, `${lang}-proposal-checks-whole-offer`);

      // Exported from the list, the unsent quote downloads as a draft, and the row says why.
      await shell.open('quotes');
      const row = page.locator('tr', { hasText: offerTitle });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('button', { name: t('exportDoc.word'), exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(en ? /^DRAFT-Quotation-/ : /^草稿-报价单-/);
      await row.getByRole('status').getByText(t('exportDoc.draftNotice')).waitFor();
      await row.scrollIntoViewIfNeeded();
      await shoot(page, `${lang}-export-draft-notice`);

      // The admin who wrote the proposal opens finance's queue: a reason instead of the buttons.
      await switchTo(admin);
      await shell.open('finance');
      const queue = new FinanceQueuePage(page, lang);
      const detail = await queue.select(thinTitle);
      await detail.getByTestId('own-conflict').waitFor();
      // "Awaiting my approval" counts only what this user may decide: not the admin's own proposal.
      const decidable = (await wb.call('approvals.queue', { state: 'pending' })).items.filter(
        (i) => i.ownConflict === null,
      ).length;
      expect(decidable).toBe(queueLength - 1);
      await eventually(async () => expect(await shell.awaitingCount()).toBe(decidable === 0 ? null : decidable));
      await expect(detail.getByTestId('own-conflict').textContent()).resolves.toBe(
        t('financeQueue.ownConflict.own_proposal'),
      );
      expect(await detail.getByRole('button', { name: t('financeQueue.approve'), exact: true }).count()).toBe(0);
      await page.getByLabel(t('financeQueue.freeLineLimit')).waitFor();
      await detail.getByTestId('own-conflict').scrollIntoViewIfNeeded();
      await shoot(page, `${lang}-finance-own-conflict`);
      expect(wb.pageErrors).toEqual([]);
    }, 120_000);
  }
});
