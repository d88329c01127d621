import { blocksFromPlainText } from '@shared/export/rich-text';
import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench, type Workbench } from './harness';
import { ProposalEditorPage } from './pages/ProposalEditorPage';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

/**
 * The screens of issue 15 in both languages: the quote editor at 1366 and 1920 px, the proposal
 * editor's draft offer, leave guard and conflict view, the one "as sent" version screen, the
 * client logs with their row actions, the library in edit mode, the branding form.
 */
export async function takeLeadDayScreenshots(): Promise<string[]> {
  const { shoot, saved } = screenshotSaver();
  const wb: Workbench = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  try {
    const { page } = wb;
    const origin = new URL(wb.server.url).origin;
    const quotes = (await wb.call('quotes.list', {})).items;
    const biggest = [...quotes].sort((a, b) => b.lineCount - a.lineCount)[0]!;
    const proposals = (await wb.call('proposals.list', {})).items;
    const draft = proposals.find((p) => p.status === 'draft')!;
    const sent = proposals.find((p) => p.status === 'sent' || p.status === 'negotiating')!;
    const clientId = (await wb.call('clients.list', {})).items[0]!.id;
    const shell = new ShellPage(page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
      for (const width of [1920, 1366]) {
        await page.setViewportSize({ width, height: 768 });
        await new QuoteEditorPage(page, lang).open(wb.server.url, biggest.id);
        await shoot(page, `${lang}-quote-editor-${width}`);
      }
      await page.locator('.qe-grid').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await shoot(page, `${lang}-quote-editor-1366-scrolled`);
      await page.setViewportSize({ width: 1366, height: 768 });

      const editor = new ProposalEditorPage(page, lang);
      await page.goto(`${origin}/proposals/${draft.id}`);
      await editor.heading(draft.title).waitFor();
      await editor.typeInSection(
        'effect',
        lang === 'en' ? 'Share of voice first within three months.' : '三个月内声量第一。',
      );
      await page.getByTestId('draft-saved').waitFor();
      await page.getByRole('link', { name: `← ${t('proposalEditor.back')}` }).click();
      await page.getByRole('dialog', { name: t('leaveGuard.title') }).waitFor();
      await shoot(page, `${lang}-proposal-leave-guard`);
      await page.getByRole('button', { name: t('leaveGuard.leave') }).click();
      await page.goto(`${origin}/proposals/${draft.id}`);
      await page.getByTestId('draft-offer').waitFor();
      await shoot(page, `${lang}-proposal-draft-offer`);
      await page.getByRole('button', { name: t('proposalEditor.draftRestore') }).click();
      const stored = await wb.call('proposals.get', { id: draft.id });
      // Another window saves a different situation meanwhile: this editor's save meets the conflict.
      await wb.call('proposals.save', {
        id: draft.id,
        revision: stored.revision,
        title: stored.title,
        quoteId: stored.quote?.id ?? null,
        sections: stored.sections.map((x) =>
          x.key === 'situation'
            ? { ...x, blocks: blocksFromPlainText(lang === 'en' ? 'Written elsewhere.' : '另一个窗口写的现状。') }
            : x,
        ),
        preCommunication: stored.preCommunication,
        selfCheck: stored.selfCheck,
      });
      await page.keyboard.press('Control+s');
      await page.getByTestId('conflict').waitFor();
      await shoot(page, `${lang}-proposal-conflict`);
      await page.getByRole('button', { name: t('live.conflict.keepMine') }).click();
      await page.getByTestId('conflict').waitFor({ state: 'hidden' });

      await page.goto(`${origin}/archive/proposals/${sent.id}/versions/1`);
      await page.getByTestId('as-sent-quote').waitFor();
      await shoot(page, `${lang}-version-as-sent`);
      await page.getByTestId('as-sent-quote').scrollIntoViewIfNeeded();
      await shoot(page, `${lang}-version-as-sent-quote`);

      await page.goto(`${origin}/clients/${clientId}`);
      await page.getByRole('heading', { name: t('accounts.complaints.title') }).waitFor();
      await page.getByRole('heading', { name: t('accounts.complaints.title') }).scrollIntoViewIfNeeded();
      await shoot(page, `${lang}-client-logs`);

      await page.goto(`${origin}/quotes/library`);
      await page.getByRole('table').first().waitFor();
      await page
        .getByRole('button', { name: new RegExp(`^${t('library.edit')}`) })
        .first()
        .click();
      await shoot(page, `${lang}-quote-library-edit`);

      await shell.open('settings');
      await page.locator('#branding-heading').scrollIntoViewIfNeeded();
      await shoot(page, `${lang}-settings-branding`);
    }
  } finally {
    await wb.close();
  }
  return saved;
}
