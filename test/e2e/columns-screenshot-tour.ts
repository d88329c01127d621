import { LANGS } from '@shared/i18n/lang';
import { screenshotSaver } from './screenshot-saver';
import { startWorkbench, type Workbench } from './harness';
import { QuoteEditorPage } from './pages/QuoteEditorPage';
import { ShellPage } from './pages/ShellPage';
import { text } from './pages/text';

/**
 * Issue 15's grid columns at 1366×768 in both languages: the column chooser open, and the grid
 * with two optional columns hidden and the name column widened by keyboard (its separator focused).
 */
export async function takeColumnScreenshots(): Promise<string[]> {
  const { shoot, saved } = screenshotSaver();
  const wb: Workbench = await startWorkbench({
    setup: { mode: 'demo', adminName: '王芳', companyName: '星河整合传播', language: 'zh-CN' },
  });
  try {
    const { page } = wb;
    await page.setViewportSize({ width: 1366, height: 768 });
    const quotes = (await wb.call('quotes.list', {})).items;
    const biggest = [...quotes].sort((a, b) => b.lineCount - a.lineCount)[0]!;
    const shell = new ShellPage(page);
    await shell.waitForReady();
    for (const lang of LANGS) {
      await shell.switchLanguage(lang);
      const t = (key: string, vars?: Record<string, string | number>) => text(lang, key, vars);
      const editor = new QuoteEditorPage(page, lang);
      await editor.open(wb.server.url, biggest.id);
      await page.getByRole('button', { name: t('quoteEditor.columns.open') }).click();
      const dialog = page.getByRole('dialog', { name: t('quoteEditor.columns.title') });
      await dialog.getByRole('checkbox', { name: t('quoteEditor.col.costShort') }).uncheck();
      await dialog.getByRole('checkbox', { name: t('quoteEditor.col.marketSource') }).uncheck();
      await shoot(page, `${lang}-quote-columns-chooser`);
      await page.keyboard.press('Escape');
      const separator = page.getByRole('separator', {
        name: t('quoteEditor.columns.resize', { column: t('quoteEditor.col.roleOrItem') }),
      });
      await separator.focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
      await shoot(page, `${lang}-quote-columns-custom`);
      // The next language starts from the shipped layout.
      await page.getByRole('button', { name: t('quoteEditor.columns.open') }).click();
      await page.getByRole('button', { name: t('quoteEditor.columns.reset') }).click();
      await page.keyboard.press('Escape');
    }
  } finally {
    await wb.close();
  }
  return saved;
}
