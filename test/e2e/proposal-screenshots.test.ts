import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { User } from '@shared/contract';
import { LANGS } from '@shared/i18n/lang';
import { startWorkbench, VIEWPORT, type Workbench } from './harness';
import { FinanceQueuePage } from './pages/FinanceQueuePage';
import { ProposalEditorPage } from './pages/ProposalEditorPage';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { text } from './pages/text';

const OUT = join(resolve(fileURLToPath(new URL('.', import.meta.url)), '../..'), 'docs/screenshots');

async function shoot(page: Page, name: string): Promise<void> {
  await page.locator('.loading-state').waitFor({ state: 'detached' });
  await page.evaluate('document.fonts.ready');
  await page.mouse.move(VIEWPORT.width - 2, VIEWPORT.height - 2);
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

/** The proposal editor, the send dialog and the finance queue, in both languages, with the demo agency. */
// Writes into docs/: only when asked (npm run screenshots), never as a side effect of npm test.
describe.runIf(process.env.WORKBENCH_SCREENSHOTS === '1')('proposal screenshots', () => {
  let wb: Workbench | undefined;
  afterEach(async () => {
    await wb?.close();
    wb = undefined;
  });

  for (const lang of LANGS) {
    it(`shoots the editor, the send dialog and the finance queue in ${lang}`, async () => {
      mkdirSync(OUT, { recursive: true });
      wb = await startWorkbench({
        setup: {
          mode: 'demo',
          adminName: lang === 'en' ? 'Fang Wang' : '王芳',
          companyName: lang === 'en' ? 'Galaxy PR' : '星河整合传播',
          language: lang,
        },
        lang,
      });
      const { page } = wb;
      const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
      const shell = new ShellPage(page, lang);
      await shell.waitForReady();
      const proposals = (await wb.call('proposals.list', {})).items;
      const queue = (await wb.call('approvals.queue', { state: 'pending' })).items;
      const sent = proposals.find(
        (p) =>
          p.status === 'sent' &&
          !queue.some((q) => q.proposalId === p.id) &&
          p.title.includes(lang === 'en' ? 'Brand Renewal' : '品牌焕新'),
      )!;
      const pending = proposals.find((p) => p.id === queue[0]!.proposalId)!;

      // The token is kept for the tab after the first load, so a plain path opens the screen.
      const origin = new URL(page.url()).origin;
      await page.goto(`${origin}/proposals/${sent.id}`);
      const editor = new ProposalEditorPage(page, lang);
      await editor.heading(sent.title).waitFor();
      await shoot(page, `${lang}-proposal-editor`);
      await page.getByRole('heading', { level: 2, name: t('proposalEditor.sections.plan') }).scrollIntoViewIfNeeded();
      await shoot(page, `${lang}-proposal-editor-plan`);

      await page.goto(`${origin}/proposals/${pending.id}`);
      await editor.heading(pending.title).waitFor();
      const dialog = await editor.openSend();
      await dialog.locator('li[data-code="approval_missing"]').waitFor();
      await shoot(page, `${lang}-proposal-send`);
      await dialog.getByRole('button', { name: t('common.cancel') }).click();

      // Finance's queue, as finance sees it: sign out, sign in as finance.
      const finance = (await wb.call('users.list', {})).items.find((u: User) => u.role === 'finance')!;
      await wb.call('users.setPassword', { id: finance.id, password: 'finance password' });
      await shell.signOut();
      await new SignInPage(page, lang).signIn(finance.name, 'finance password');
      await shell.open('finance');
      const fq = new FinanceQueuePage(page, lang);
      await fq.select(pending.title);
      await shoot(page, `${lang}-finance-queue`);
      expect(wb.pageErrors).toEqual([]);
    });
  }
});
