import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench, type Workbench } from './harness';
import { ListPage } from './pages/ListPage';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

/**
 * Issue 15's grid and lists in both languages at 1366×768 and 1920×1080: the quote editor with
 * lines' 说明 under their names and the revision line, its leave guard, the quote and proposal lists
 * with search, filters and sort, and the no-match state.
 */
export async function takeGridScreenshots(): Promise<string[]> {
  const { shoot, saved } = screenshotSaver();
  const wb: Workbench = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  try {
    const { page } = wb;
    const quotes = (await wb.call('quotes.list', {})).items;
    const biggest = [...quotes].sort((a, b) => b.lineCount - a.lineCount)[0]!;
    // Two lines with a 说明, stored as a user would type them.
    const record = await wb.call('quotes.get', { id: biggest.id });
    const deliverables = ['两份策略方案，含一轮修改', '主视觉 1 套 + 延展 12 张，含源文件'];
    let n = 0;
    await wb.call('quotes.save', {
      id: record.id,
      revision: record.revision,
      clientId: record.clientId,
      ownerId: record.ownerId,
      document: {
        ...record.document,
        sections: record.document.sections.map((s) => ({
          ...s,
          lines: s.lines.map((l) => (n < deliverables.length ? { ...l, deliverable: deliverables[n++] } : l)),
        })),
      },
      lineMeta: record.lineMeta,
    });
    const shell = new ShellPage(page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
      for (const [width, height] of [
        [1920, 1080],
        [1366, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        const editor = new QuoteEditorPage(page, lang);
        await editor.open(wb.server.url, biggest.id);
        await shoot(page, `${lang}-quote-editor-${width}`);

        await shell.open('quotes');
        const list = new ListPage(page, 'quotes', lang);
        await list.waitForRows();
        await list.sortButton(t('quotes.total')).click();
        await list.filter('minAmount').fill('100000');
        await shoot(page, `${lang}-quotes-filtered-${width}`);
        await list.filter('minAmount').fill('');
        await list.search.fill('zzz');
        await page.getByRole('heading', { name: t('lists.noMatchTitle') }).waitFor();
        if (width === 1366) await shoot(page, `${lang}-quotes-no-match`);
        await list.search.fill('');
        await list.waitForRows();
        await list.sortButton(t('quotes.updatedAt')).click();
        if (width === 1366) await shoot(page, `${lang}-quotes`);

        await shell.open('proposals');
        const plist = new ListPage(page, 'proposals', lang);
        await plist.waitForRows();
        await plist.filter('status').selectOption('won');
        await shoot(page, `${lang}-proposals-filtered-${width}`);
        await plist.filter('status').selectOption('');
        if (width === 1366) await shoot(page, `${lang}-proposals`);
      }
      // The leave guard over an unsaved quote.
      const editor = new QuoteEditorPage(page, lang);
      await editor.open(wb.server.url, biggest.id);
      if (await editor.draftOffer().isVisible()) await editor.restoreDraft();
      await editor.header('title').click();
      await editor.type(' *');
      await page.getByRole('link', { name: `← ${t('quotes.title')}` }).click();
      await page.getByRole('dialog', { name: t('leaveGuard.title') }).waitFor();
      await shoot(page, `${lang}-quote-leave-guard`);
      await page.getByRole('button', { name: t('leaveGuard.leave') }).click();
      await page.getByRole('heading', { level: 1, name: t('quotes.title'), exact: true }).waitFor();
      await wb.call('quotes.draftDiscard', { quoteId: biggest.id });
      // Both languages start from the same filters: this tab's session keeps them otherwise.
      await page.evaluate('window.sessionStorage.clear()');
    }
  } finally {
    await wb.close();
  }
  return saved;
}
